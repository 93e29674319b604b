/** channelkit/service-plan-editor: the <service-plan-editor> class, its model and event types (import ./define.js to register the tag). */
export { ServicePlanEditor } from './service-plan-editor.js';
export * from './events.js';
export * from './model.js';
export * from './conversion.js';
export * from './rules.js';
export * from './preview-model.js';
