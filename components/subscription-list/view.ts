import type { SubscriptionListMessage } from './messages.js';

/** What the views read from <subscription-list>; the element implements it. */
export interface SubscriptionListView {
  m(key: SubscriptionListMessage, params?: Record<string, string | number>): string;
  date(date: string, style?: 'long' | 'medium' | 'short'): string;
}
