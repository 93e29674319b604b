import { defineMessages } from '../../src/i18n/catalog.js';

/** The words of a plan's versions in <service-plan-editor> (issue 22): the version, the subscriptions on older ones, and moving them. */
const en = {
  version: 'Version {version}',
  allOnCurrent: 'Every subscription is on this version.',
  onOlder: '{count, plural, one {# subscription is} other {# subscriptions are}} on older versions and {count, plural, one {keeps its prices} other {keep their prices}} until moved.',
  onVersion: 'Version {version}: {count, plural, one {# subscription} other {# subscriptions}}',
  reviewMove: 'Review move',
  reviewHeading: 'Move version {from} to version {to}',
  reviewIntro: 'Each subscription is charged the prices of version {to} from its next charge; an increase also pays the rest of the current period today, as any plan change does.',
  pricing: 'Pricing the move…',
  subscription: 'Subscription',
  before: 'Next charge now',
  after: 'Next charge on version {to}',
  difference: 'Difference',
  dueToday: 'Due today',
  chargeOn: '{amount} on {date}',
  noCharge: 'None: it ends first',
  nothingToMove: 'No subscription of version {version} can be moved: version {to} has no price in their currency.',
  confirmMove: 'Confirm move',
  moving: 'Moving…',
  cancel: 'Cancel',
  previewFailed: 'The move could not be priced',
  moveFailed: 'The subscriptions were not moved',
  loadFailed: 'The plan’s versions could not be loaded',
  movedTitle: '{count, plural, one {# subscription} other {# subscriptions}} moved to version {version}',
  movedText: 'Their next charges are as the review showed.',
};

export type VersionKeys = keyof typeof en;

export const vm = defineMessages(en, { es: () => import('./version-messages.es.js'), de: () => import('./version-messages.de.js'), fr: () => import('./version-messages.fr.js'), pt: () => import('./version-messages.pt.js') }, 'service-plan-editor.versions');
