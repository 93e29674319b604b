/** channelkit/adapter: the adapter contract, typed errors and the REST implementation. */
export * from './errors.js';
export * from './types.js';
export * from './rest-adapter.js';
