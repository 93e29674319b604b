export * from './catalog.js';
export * from './validation-messages.js';
export { checkMessage, formatMessage, messageArguments } from './message-format.js';
