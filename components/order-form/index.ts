/** channelkit/order-form: the <order-form> class, its model and event types (import ./define.js to register the tag). */
export { OrderForm } from './order-form.js';
export * from './events.js';
export * from './model.js';
