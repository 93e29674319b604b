import { defineMessages } from '../../src/i18n/catalog.js';

/** Every string of <service-plan-list> (a product's Billing section). Labels are the ones of the portal's help centre. */
const en = {
  title: 'Service plans',
  lead: 'The service plans of this product. Open one to edit it, copy it, or activate and deactivate it.',
  newPlan: 'New service plan',
  caption: 'Service plans',
  name: 'Name',
  billingType: 'Billing type',
  sku: 'SKU',
  active: 'Active',
  inactive: 'Inactive',
  status: 'Status',
  periods: 'Periods',
  resources: 'Resources',
  actions: 'Actions',
  none: 'None',
  endless: 'Endless',
  trial: '{period} trial',
  'day#one': '1 day',
  'day#other': '{count} days',
  'month#one': '1 month',
  'month#other': '{count} months',
  'year#one': '1 year',
  'year#other': '{count} years',
  copy: 'Copy service plan',
  copyLabel: 'Copy service plan {name}',
  copyTitle: 'Copying service plan',
  copyName: 'Name',
  copyOf: 'Copy of {name}',
  copyConfirm: 'Copy this service plan',
  copied: 'The service plan was copied: {name}.',
  copyFailed: 'The service plan was not copied',
  activate: 'Activate',
  deactivate: 'Deactivate',
  activateLabel: 'Activate {name}',
  deactivateLabel: 'Deactivate {name}',
  activateTitle: 'Activate this service plan?',
  activateText: 'Customers can order it again, and its subscriptions can be renewed.',
  deactivateTitle: 'Deactivate this service plan?',
  deactivateText:
    'If the plan has active subscriptions, they continue to work until their expiration date and then stop. A subscription to a deactivated plan cannot be renewed.',
  activeFailed: 'The service plan was not changed',
  activated: 'The service plan {name} was activated.',
  deactivated: 'The service plan {name} was deactivated.',
  saved: 'The service plan was saved: {name}.',
  continue: 'Continue',
  dashboard: 'Go to Product Dashboard',
  'count#one': '1 service plan',
  'count#other': '{count} service plans',
  noMatch: 'No service plans match',
  empty: 'No service plans match your search and filters.',
  emptyAll: 'This product has no service plans yet. Create one with New service plan.',
};

/** Message keys of <service-plan-list>; the Spanish catalog must have them all. */
export type PlanListKeys = keyof typeof en;

export const msg = defineMessages(en, { es: () => import('./messages.es.js'), de: () => import('./messages.de.js'), fr: () => import('./messages.fr.js'), pt: () => import('./messages.pt.js') }, 'service-plan-list');

export type PlanListMessage = Parameters<typeof msg>[1];
