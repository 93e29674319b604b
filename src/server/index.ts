/**
 * channelkit/server: the kit's backend as a fetch handler over a repository. Browser-safe: the
 * SQL repositories (channelkit/server/sql) and the Node runner live in their own modules.
 */
export { createApp, createServer, DEFAULT_MAX_BODY_BYTES, type FetchHandler, type ServerOptions } from './app.js';
export { MemoryRepository, type MemoryState } from './memory-repository.js';
export { can, PERMISSIONS, scopeOf, type AuthHook, type Permission, type Principal } from './principal.js';
export type * from './repository.js';
export { Refusal } from './refusal.js';
export { DEMO_PRINCIPAL, DEMO_PRINCIPAL_WITHOUT_LTI, demoTenants } from './seed.js';
