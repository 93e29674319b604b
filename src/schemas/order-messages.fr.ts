/** French messages of the order rules (src/schemas/order.ts), loaded on demand. */
const fr = {
  unknownPlan: 'Choisissez un forfait.',
  notSoldIn: 'Ce forfait n’est pas vendu en {currency}.',
  unknownDataCenter: 'Choisissez un emplacement des données.',
};

export default fr;
