import type { EconomicsKey } from './economics-messages.js';

/** Portuguese words of the seller's cost and margin, loaded only when Portuguese is used. */
const pt: Record<EconomicsKey, string> = {
  heading: 'Seu custo e sua margem',
  cost: 'Seu custo {amount}',
  price: 'Preço {amount}',
  margin: 'Sua margem {amount}',
  withPercent: '{amount} ({percent})',
  total: 'Total',
  belowCost: 'Abaixo do seu custo',
};

export default pt;
