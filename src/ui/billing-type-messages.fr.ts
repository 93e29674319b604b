import type { BillingTypeId } from '../core/billing-types.js';

/** French names of the billing types, loaded only when French is used. */
const fr: Record<BillingTypeId, string> = {
  reservation: 'Réservation',
  'payg-internal': 'Paiement à l’usage interne',
  'payg-external': 'Paiement à l’usage externe',
  'pay-in-full': 'Paiement intégral',
  'g-suite': 'G Suite',
  'non-refund': 'Sans remboursement',
  'csp-monthly': 'CSP mensuel',
  'csp-annual': 'CSP annuel',
  'eset-isp-monthly': 'Solutions ESET pour FAI (mensuel)',
  'non-recurring': 'Abonnement non récurrent',
  'license-based-monthly': 'Basé sur les licences (mensuel)',
  'monthly-commitment': 'Engagement mensuel',
  'monthly-commitment-monthly-interval': 'Engagement mensuel (intervalle mensuel)',
};

export default fr;
