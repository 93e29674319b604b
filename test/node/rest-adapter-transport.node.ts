// RestAdapter over Node's own fetch against real HTTP servers on 127.0.0.1: redirects to another
// origin, endless bodies, login pages and Retry-After, as a browser-free backend would send them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod/mini';
import { RestAdapter } from '../../src/adapter/index.js';
import { fails } from './adapter-failure.js';

/** Accepts what the third origin answers: only the transport can keep it out. */
const anyRecord = z.object({ id: z.string() });

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local server answering with `handler`, recording every request it receives. */
async function serve(handler: Handler): Promise<{ origin: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

let api: Awaited<ReturnType<typeof serve>>;
let third: Awaited<ReturnType<typeof serve>>;

before(async () => {
  third = await serve((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: 'forged-order' }));
  });
  api = await serve((req, res) => {
    const url = req.url ?? '';
    if (url.startsWith('/api/redirect/')) {
      res.writeHead(Number(url.split('/')[3]), { Location: `${third.origin}/api/orders` });
      res.end();
    } else if (url === '/api/endless') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = `[${'"x",'.repeat(16000)}`;
      const write = () => {
        while (res.write(chunk));
      };
      res.on('drain', write);
      res.on('close', () => res.off('drain', write));
      write();
    } else if (url === '/api/login-page') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Sign in</title><form method="post" action="/login"></form>');
    } else if (url === '/api/busy') {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '30' });
      res.end(JSON.stringify({ error: { message: 'Slow down.' } }));
    } else {
      res.writeHead(404).end();
    }
  });
});

after(() => {
  for (const s of [api.server, third.server]) {
    s.closeAllConnections();
    s.close();
  }
});

const signal = () => new AbortController().signal;
const adapter = () => new RestAdapter({ baseUrl: `${api.origin}/api`, headers: () => ({ 'X-Api-Key': 'host-secret', 'X-CSRF-Token': 'csrf' }), timeoutMs: 5000 });

for (const status of [301, 302, 303, 307, 308]) {
  test(`a ${status} to another origin sends nothing there and is refused`, async () => {
    third.seen.length = 0;
    const e = await fails(adapter().request('POST', `/redirect/${status}`, anyRecord, { body: { email: 'ana@contoso.com' }, idempotencyKey: 'k', signal: signal() }));
    assert.deepEqual([e.kind, e.code, e.retryable, e.status], ['unauthorized', 'redirected', false, status]);
    assert.match(e.message, new RegExp(third.origin.replace(/[.:/]/g, '\\$&')));
    assert.equal(third.seen.length, 0);
    assert.equal(api.seen.at(-1)?.headers['x-api-key'], 'host-secret');
  });
}

test('the redirect check holds for every adapter method', async () => {
  third.seen.length = 0;
  const a = new RestAdapter({ baseUrl: `${api.origin}/api/redirect/307`, timeoutMs: 5000 });
  assert.equal((await fails(a.getSellerContext(signal()))).code, 'redirected');
  assert.equal((await fails(a.listAccounts(signal()))).code, 'redirected');
  assert.equal(third.seen.length, 0);
});

test('a body that never ends stops at the size cap', async () => {
  const started = Date.now();
  const e = await fails(new RestAdapter({ baseUrl: `${api.origin}/api`, maxResponseBytes: 2_000_000, timeoutMs: 4000 }).request('GET', '/endless', anyRecord, { signal: signal() }));
  assert.equal(e.kind, 'bad-response');
  assert.match(e.message, /2000000 bytes/);
  assert.ok(Date.now() - started < 3000, 'refused long before the timeout');
});

test('a login page instead of JSON says sign in again', async () => {
  const e = await fails(adapter().request('GET', '/login-page', anyRecord, { signal: signal() }));
  assert.deepEqual([e.kind, e.code, e.retryable], ['unauthorized', 'not-json', false]);
});

test('a 429 says when to retry', async () => {
  const e = await fails(adapter().request('GET', '/busy', anyRecord, { signal: signal() }));
  assert.equal(e.kind, 'rate-limited');
  assert.ok(e.retryAfterMs !== undefined && e.retryAfterMs > 29_000 && e.retryAfterMs <= 30_000);
});
