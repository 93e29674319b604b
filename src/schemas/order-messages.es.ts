/** Spanish messages of the order rules (src/schemas/order.ts), loaded on demand. */
const es = {
  unknownPlan: 'Elige un plan.',
  notSoldIn: 'Este plan no se vende en {currency}.',
  unknownDataCenter: 'Elige una ubicación de los datos.',
};

export default es;
