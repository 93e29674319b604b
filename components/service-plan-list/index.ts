/** channelkit/service-plan-list: the <service-plan-list> class, its model and event types (import ./define.js to register the tag). */
export { ServicePlanList } from './service-plan-list.js';
export * from './events.js';
export * from './model.js';
