/** channelkit/sale-wizard: the <sale-wizard> class, its model and event types (import ./define.js to register the tag). */
export { SaleWizard } from './sale-wizard.js';
export * from './events.js';
export * from './model.js';
