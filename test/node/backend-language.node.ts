// Backend text in the page's language (#14, point 6): a RestAdapter asks with Accept-Language
// through its headers hook, and the demo backend answers contract conditions in Spanish for es.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestAdapter } from '../../src/adapter/index.js';
import { DemoStore } from '../../src/adapter/demo/store.js';

const conditionsIn = async (language: string | null) => {
  const store = new DemoStore(() => new Date('2026-06-15T10:00:00Z'), 'UTC');
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => store.fetch(new Request(new URL(String(input), 'http://demo.test'), init));
  const adapter = new RestAdapter({ baseUrl: 'http://demo.test/api', fetch, headers: (): Record<string, string> => (language ? { 'Accept-Language': language } : {}) });
  const contracts = await adapter.listContracts(new AbortController().signal);
  return contracts.find((c) => c.id === 'ctr-device-2025')!.conditions;
};

test('the demo backend answers contract conditions in the Accept-Language the adapter sends, else English', async () => {
  assert.match(await conditionsIn('es'), /^Pago a 30 días\./);
  assert.match(await conditionsIn('es-MX,es;q=0.9,en;q=0.8'), /^Pago a 30 días\./);
  // A language the backend has no text in, or none asked: its own (English).
  assert.match(await conditionsIn('de'), /^Net 30 payment terms\./);
  assert.match(await conditionsIn(null), /^Net 30 payment terms\./);
});
