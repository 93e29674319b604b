/** channelkit/sales-list: the <sales-list> class, its model and event types (import ./define.js to register the tag). */
export { SalesList } from './sales-list.js';
export * from './events.js';
export * from './model.js';
