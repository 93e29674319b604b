import type { BillingTypeId } from '../core/billing-types.js';
import { defineMessages } from '../i18n/catalog.js';

/**
 * The names of the kit's billing types, in one catalog every view that shows one reads (the plan
 * editor's select, the plan list's column, the demo's billing core). They were kept in each
 * widget's catalog, where the Spanish ones had stayed English. The vendor portal's explanations of
 * each type stay with the editor, the only place that shows them.
 */
const en: Record<BillingTypeId, string> = {
  reservation: 'Reservation',
  'payg-internal': 'Pay As You Go internal',
  'payg-external': 'Pay As You Go external',
  'pay-in-full': 'Pay in full',
  'g-suite': 'G Suite',
  'non-refund': 'Non-refund',
  'csp-monthly': 'CSP Monthly',
  'csp-annual': 'CSP Annual',
  'eset-isp-monthly': 'ESET solutions for ISP (Monthly)',
  'non-recurring': 'Non-Recurring Subscription',
  'license-based-monthly': 'License-based (Monthly)',
  'monthly-commitment': 'Monthly Commitment',
  'monthly-commitment-monthly-interval': 'Monthly Commitment (monthly interval)',
};

/** A billing type's name in the locale: `billingTypeName(locale, 'csp-monthly')`. */
export const billingTypeName = defineMessages(
  en,
  {
    es: () => import('./billing-type-messages.es.js'),
    de: () => import('./billing-type-messages.de.js'),
    fr: () => import('./billing-type-messages.fr.js'),
    pt: () => import('./billing-type-messages.pt.js'),
  },
  'bt',
);
