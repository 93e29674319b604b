import { defineElement } from '../../src/ui/define-element.js';
import { SubscriptionChange } from './subscription-change.js';
// The tags its views render, for type checks of the templates (types only: defineElement registers SubscriptionChange.dependencies).
import type {} from '../../src/ui/define/ck-alert.js';
import type {} from '../../src/ui/define/ck-number-field.js';
import type {} from '../../src/ui/define/ck-radio-group.js';
import type {} from '../../src/ui/define/ck-select-field.js';
import type {} from '../../src/ui/define/ck-summary-list.js';
export type { SubscriptionChangedDetail, PendingChangeCancelledDetail } from './events.js';

defineElement('subscription-change', SubscriptionChange);

declare global {
  interface HTMLElementTagNameMap {
    'subscription-change': SubscriptionChange;
  }
}
