import type { SubscriptionListKeys } from './messages.js';

/** Spanish messages of <subscription-list>, loaded only when Spanish is used. */
const es: Record<SubscriptionListKeys, string> = {
  title: 'Suscripciones',
  lead: 'Lo que dejaron en marcha los pedidos y las compras de licencias de los clientes. Abre una para cambiar su plan o su cantidad, o para renovarla.',
  caption: 'Suscripciones',
  customer: 'Cliente',
  product: 'Producto',
  plan: 'Plan',
  quantity: 'Cantidad',
  termEnd: 'Fin del periodo',
  state: 'Estado',
  source: 'Origen',
  order: 'Pedidos',
  license: 'Licencias',
  active: 'Activa',
  ended: 'Terminada',
  scheduled: 'Cambio el {date}',
  'count#one': '1 suscripción',
  'count#other': '{count} suscripciones',
  noMatch: 'Ninguna suscripción coincide',
  empty: 'Ninguna suscripción coincide con tu búsqueda y tus filtros.',
  emptyAll: 'Todavía no hay suscripciones. Aquí aparecen los pedidos y las compras de licencias.',
  changed: 'Se cambió la suscripción.',
};

export default es;
