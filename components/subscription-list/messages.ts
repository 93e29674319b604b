import { defineMessages } from '../../src/i18n/catalog.js';

/** Every string of <subscription-list> (the Orders screen's subscriptions). */
const en = {
  title: 'Subscriptions',
  lead: 'What the customers’ orders and license purchases left running. Open one to change its plan or quantity, or to renew it.',
  caption: 'Subscriptions',
  customer: 'Customer',
  product: 'Product',
  plan: 'Plan',
  quantity: 'Quantity',
  termEnd: 'Term ends',
  state: 'Status',
  source: 'From',
  order: 'Orders',
  license: 'Licenses',
  active: 'Active',
  ended: 'Ended',
  scheduled: 'Change on {date}',
  'count#one': '1 subscription',
  'count#other': '{count} subscriptions',
  noMatch: 'No subscriptions match',
  empty: 'No subscriptions match your search and filters.',
  emptyAll: 'No subscriptions yet. Orders and license purchases appear here.',
  changed: 'The subscription was changed.',
};

/** Message keys of <subscription-list>; the Spanish catalog must have them all. */
export type SubscriptionListKeys = keyof typeof en;

export const msg = defineMessages(en, { es: () => import('./messages.es.js'), de: () => import('./messages.de.js'), fr: () => import('./messages.fr.js'), pt: () => import('./messages.pt.js') }, 'subscription-list');

export type SubscriptionListMessage = Parameters<typeof msg>[1];
