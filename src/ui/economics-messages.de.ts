import type { EconomicsKey } from './economics-messages.js';

/** German words of the seller's cost and margin, loaded only when German is used. */
const de: Record<EconomicsKey, string> = {
  heading: 'Ihre Kosten und Ihre Marge',
  cost: 'Ihre Kosten {amount}',
  price: 'Preis {amount}',
  margin: 'Ihre Marge {amount}',
  withPercent: '{amount} ({percent})',
  total: 'Gesamt',
  belowCost: 'Unter Ihren Kosten',
};

export default de;
