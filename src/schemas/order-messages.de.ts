/** German messages of the order rules (src/schemas/order.ts), loaded on demand. */
const de = {
  unknownPlan: 'Wählen Sie einen Plan.',
  notSoldIn: 'Dieser Plan wird nicht in {currency} verkauft.',
  unknownDataCenter: 'Wählen Sie einen Datenstandort.',
};

export default de;
