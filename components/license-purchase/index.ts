/** channelkit/license-purchase: the <license-purchase> class, its model and event types (import ./define.js to register the tag). */
export { LicensePurchase } from './license-purchase.js';
export * from './events.js';
export * from './model.js';
export * from './steps.js';
