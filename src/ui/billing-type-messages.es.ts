import type { BillingTypeId } from '../core/billing-types.js';

/** Spanish names of the billing types, loaded only when Spanish is used. */
const es: Record<BillingTypeId, string> = {
  reservation: 'Reserva',
  'payg-internal': 'Pago por uso interno',
  'payg-external': 'Pago por uso externo',
  'pay-in-full': 'Pago completo',
  'g-suite': 'G Suite',
  'non-refund': 'Sin reembolso',
  'csp-monthly': 'CSP mensual',
  'csp-annual': 'CSP anual',
  'eset-isp-monthly': 'Soluciones ESET para ISP (mensual)',
  'non-recurring': 'Suscripción no recurrente',
  'license-based-monthly': 'Por licencia (mensual)',
  'monthly-commitment': 'Compromiso mensual',
  'monthly-commitment-monthly-interval': 'Compromiso mensual (intervalo mensual)',
};

export default es;
