/** channelkit/subscription-list: the <subscription-list> class and its event types (import ./define.js to register the tag). */
export { SubscriptionList } from './subscription-list.js';
export * from './events.js';
