import { defineMessages } from '../i18n/catalog.js';

/**
 * The words of the seller's cost and margin, in one catalog every widget that shows them reads
 * (the order form's summary, the license purchase's preview, the sale wizard's review).
 */
const en = {
  heading: 'Your cost and margin',
  cost: 'Your cost {amount}',
  price: 'Price {amount}',
  margin: 'Your margin {amount}',
  withPercent: '{amount} ({percent})',
  total: 'Total',
  belowCost: 'Below your cost',
};
export type EconomicsKey = keyof typeof en;

/** A message of the cost and margin in the locale: `economicsText(locale, 'cost', { amount })`. */
export const economicsText = defineMessages(
  en,
  {
    es: () => import('./economics-messages.es.js'),
    de: () => import('./economics-messages.de.js'),
    fr: () => import('./economics-messages.fr.js'),
    pt: () => import('./economics-messages.pt.js'),
  },
  'ec',
);
