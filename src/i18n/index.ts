export * from './catalog.js';
export * from './validation-messages.js';
