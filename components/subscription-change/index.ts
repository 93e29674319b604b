/** channelkit/subscription-change: the <subscription-change> class, its model and event types (import ./define.js to register the tag). */
export { SubscriptionChange } from './subscription-change.js';
export * from './events.js';
export * from './model.js';
