import type { EconomicsKey } from './economics-messages.js';

/** French words of the seller's cost and margin, loaded only when French is used. */
const fr: Record<EconomicsKey, string> = {
  heading: 'Votre coût et votre marge',
  cost: 'Votre coût {amount}',
  price: 'Prix {amount}',
  margin: 'Votre marge {amount}',
  withPercent: '{amount} ({percent})',
  total: 'Total',
  belowCost: 'En dessous de votre coût',
};

export default fr;
