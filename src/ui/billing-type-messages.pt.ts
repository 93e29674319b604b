import type { BillingTypeId } from '../core/billing-types.js';

/** Portuguese (Brazil) names of the billing types, loaded only when Portuguese (Brazil) is used. */
const pt: Record<BillingTypeId, string> = {
  reservation: 'Reserva',
  'payg-internal': 'Pague pelo uso interno',
  'payg-external': 'Pague pelo uso externo',
  'pay-in-full': 'Pagamento integral',
  'g-suite': 'G Suite',
  'non-refund': 'Sem reembolso',
  'csp-monthly': 'CSP mensal',
  'csp-annual': 'CSP anual',
  'eset-isp-monthly': 'Soluções ESET para ISP (mensal)',
  'non-recurring': 'Assinatura não recorrente',
  'license-based-monthly': 'Por licença (mensal)',
  'monthly-commitment': 'Compromisso mensal',
  'monthly-commitment-monthly-interval': 'Compromisso mensal (intervalo mensal)',
};

export default pt;
