/** channelkit/license-list: the <license-list> class, its model and event types (import ./define.js to register the tag). */
export { LicenseList } from './license-list.js';
export * from './events.js';
export * from './model.js';
