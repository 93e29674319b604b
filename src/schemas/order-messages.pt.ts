/** Portuguese (Brazil) messages of the order rules (src/schemas/order.ts), loaded on demand. */
const pt = {
  unknownPlan: 'Escolha um plano.',
  notSoldIn: 'Este plano não é vendido em {currency}.',
  unknownDataCenter: 'Escolha um local para os dados.',
};

export default pt;
