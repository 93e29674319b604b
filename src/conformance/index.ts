/**
 * channelkit/conformance: checks that a backend honours the REST contract the widgets rely on
 * (docs/openapi.yaml). `runConformance({ baseUrl })` from code, or the CLI:
 * `npx channelkit-conformance --base-url http://127.0.0.1:8787/api`. See docs/server.md.
 */
export { Client, type ConformanceTarget, type Reply } from './client.js';
export { CHECK_NAMES, runConformance, type CheckResult, type ConformanceOptions, type ConformanceReport } from './suite.js';
