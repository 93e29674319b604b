/**
 * channelkit/core: money, calendar dates, proration and charge schedules.
 * Pure TypeScript with no DOM: runs in browsers and in Node.
 */
export * from './currencies.js';
export * from './money.js';
export * from './amount-text.js';
export * from './dates.js';
export * from './clock.js';
export * from './proration.js';
export * from './billing-types.js';
export * from './schedule.js';
export * from './pricing.js';
export * from './price-model.js';
export * from './economics.js';
export * from './quotes.js';
export * from './change-quote.js';
export * from './whole-number.js';
