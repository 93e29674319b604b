import type { BillingTypeId } from '../core/billing-types.js';

/** German names of the billing types, loaded only when German is used. */
const de: Record<BillingTypeId, string> = {
  reservation: 'Reservierung',
  'payg-internal': 'Pay As You Go intern',
  'payg-external': 'Pay As You Go extern',
  'pay-in-full': 'Vollständige Zahlung',
  'g-suite': 'G Suite',
  'non-refund': 'Ohne Erstattung',
  'csp-monthly': 'CSP monatlich',
  'csp-annual': 'CSP jährlich',
  'eset-isp-monthly': 'ESET-Lösungen für ISP (monatlich)',
  'non-recurring': 'Nicht wiederkehrendes Abonnement',
  'license-based-monthly': 'Lizenzbasiert (monatlich)',
  'monthly-commitment': 'Monatliche Verpflichtung',
  'monthly-commitment-monthly-interval': 'Monatliche Verpflichtung (Monatsintervall)',
};

export default de;
