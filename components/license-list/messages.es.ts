import type { LicenseListKeys } from './messages.js';

/** Spanish messages of <license-list>, loaded only when Spanish is used. */
const es: Record<LicenseListKeys, string> = {
  title: 'Licencias de dispositivos',
  lead: 'Las licencias de la cuenta por producto, con sus fechas y los días que les quedan.',
  buy: 'Comprar',
  caption: 'Licencias',
  product: 'Producto',
  quantity: 'Cantidad',
  startDate: 'Fecha de inicio',
  endDate: 'Fecha de fin',
  daysLeft: 'Días restantes',
  state: 'Estado',
  active: 'Activas',
  expiring: 'Por caducar',
  expired: 'Caducadas',
  expiresThisMonth: 'Caduca este mes',
  'count#one': '1 línea de licencias',
  'count#other': '{count} líneas de licencias',
  noMatch: 'Ninguna licencia coincide',
  empty: 'Ninguna licencia coincide con tu búsqueda y tus filtros.',
  emptyAll: 'Esta cuenta todavía no tiene licencias. Compra licencias para verlas aquí.',
  noAccount: 'No se ha elegido ninguna cuenta: indica el atributo account-id para ver sus licencias.',
  actions: 'Suscripción',
  renew: 'Renovar',
  addLicenses: 'Añadir licencias',
  renewLabel: 'Renovar {product}',
  addLabel: 'Añadir licencias de {product}',
  changed: 'Se cambiaron las licencias.',
  'bought#one': 'Se ha añadido 1 licencia a la cuenta.',
  'bought#other': 'Se han añadido {count} licencias a la cuenta.',
};

export default es;
