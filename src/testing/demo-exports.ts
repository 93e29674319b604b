/**
 * What channelkit/testing gives in every runtime: the demo backend's store (seed data, fault
 * injection, scenarios, records), its msw handlers and one request to it without msw. The
 * entries (index.ts for browsers, node.ts for Node) add the `startDemoBackend()` of their runtime.
 */
export { demoHandlers, demoResponse } from '../adapter/demo/handlers.js';
export {
  DemoStore,
  routeOf,
  type DemoRecords,
  type DemoResponse,
  type DemoScenario,
  type DemoSnapshot,
  type Fault,
  type FaultKind,
  type RouteName,
} from '../adapter/demo/store.js';
export type { DemoData } from '../adapter/demo/seed.js';
