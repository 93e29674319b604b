import { defineMessages } from '../../src/i18n/catalog.js';

/** Every string of <license-list> (an account's Active tab). */
const en = {
  title: 'Device licenses',
  lead: 'The account’s licenses by product, with their dates and the days left.',
  buy: 'Buy',
  caption: 'Licenses',
  product: 'Product',
  quantity: 'Quantity',
  startDate: 'Start date',
  endDate: 'End date',
  daysLeft: 'Days left',
  state: 'Status',
  active: 'Active',
  expiring: 'Expiring',
  expired: 'Expired',
  expiresThisMonth: 'Expires this month',
  'count#one': '1 line of licenses',
  'count#other': '{count} lines of licenses',
  noMatch: 'No licenses match',
  empty: 'No licenses match your search and filters.',
  emptyAll: 'This account has no licenses yet. Buy licenses to see them here.',
  noAccount: 'No account chosen: set the account-id attribute to list its licenses.',
  actions: 'Subscription',
  renew: 'Renew',
  addLicenses: 'Add licenses',
  renewLabel: 'Renew {product}',
  addLabel: 'Add licenses of {product}',
  changed: 'The licenses were changed.',
  'bought#one': '1 license was added to the account.',
  'bought#other': '{count} licenses were added to the account.',
};

/** Message keys of <license-list>; the Spanish catalog must have them all. */
export type LicenseListKeys = keyof typeof en;

export const msg = defineMessages(en, { es: () => import('./messages.es.js'), de: () => import('./messages.de.js'), fr: () => import('./messages.fr.js'), pt: () => import('./messages.pt.js') }, 'license-list');

export type LicenseListMessage = Parameters<typeof msg>[1];
