/**
 * channelkit/schemas: zod/mini schemas for every entity the widgets send or receive.
 * They validate user input and every adapter response, in browsers and in Node.
 */
export * from './common.js';
export * from './validate.js';
// Messages in another language than English load on demand, in Node as in browsers: a backend
// awaits loadLanguage('es') once before validating in Spanish (validate says when it was not).
export { loadLanguage, isLanguageLoaded } from '../i18n/catalog.js';
export * from './domain.js';
export * from './sale.js';
export * from './license.js';
export * from './order.js';
export * from './plan.js';
export * from './plan-version.js';
