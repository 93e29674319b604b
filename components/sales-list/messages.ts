import { defineMessages } from '../../src/i18n/catalog.js';

/** Every string of <sales-list> (Sales management). Labels are the ones of the portal's help centre. */
const en = {
  title: 'Sales management',
  lead: 'All the sales of your own organization and of its child organizations.',
  register: 'Register new sale',
  caption: 'Sales',
  name: 'Sale name',
  organization: 'Organization',
  distributions: 'Distributions',
  users: 'Users',
  total: 'Sales price',
  status: 'Status',
  activationDate: 'Activation date',
  cancellationDate: 'Cancellation date',
  createdAt: 'Created',
  scope: 'Sales of',
  scopeOwn: 'My organization',
  scopeChildren: 'Child organizations',
  'pending-approval': 'Pending Approval',
  approved: 'Approved',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  'count#one': '1 sale',
  'count#other': '{count} sales',
  noMatch: 'No sales match',
  empty: 'No sales match your search and filters.',
  emptyAll: 'There are no sales yet. Register a new sale to see it here.',
  registered: 'The sale {name} was registered and is first in the list, Pending Approval.',
  detailFailed: 'The sale could not be loaded',
  keyLength: 'Key length',
  keyDays: '{count, plural, one {# day} other {# days}}',
  renewals: 'Keys renew on',
  noRenewal: 'Keys do not need renewing before the cancellation date.',
  unitPrice: 'Price per user',
  customerPo: 'Customer PO number',
  orderNumber: 'Order number',
  billingMethod: 'Billing method',
  comment: 'Comment',
  none: 'None',
  userList: 'Users',
  history: 'Status history',
  approve: 'Approve',
  reject: 'Reject',
  deciding: 'Sending…',
  decideFailed: 'The sale was not approved or rejected',
  approvedNote: 'The sale was approved.',
  rejectedNote: 'The sale was rejected.',
};

/** Message keys of <sales-list>; the Spanish catalog must have them all. */
export type SalesListKeys = keyof typeof en;

export const msg = defineMessages(en, { es: () => import('./messages.es.js'), de: () => import('./messages.de.js'), fr: () => import('./messages.fr.js'), pt: () => import('./messages.pt.js') }, 'sales-list');

export type SalesListMessage = Parameters<typeof msg>[1];
