export * from './catalog.js';
export * from './validation-messages.js';
export { checkMessage, formatMessage } from './message-format.js';
