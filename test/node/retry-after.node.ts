// The widgets' shared retry (Submission) and error sentence (adapterErrorMessage) respect the time
// a server gave in Retry-After. Plain logic, so it runs in Node with a stub host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdapterError } from '../../src/adapter/errors.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { adapterErrorMessage } from '../../src/ui/adapter-error-message.js';
import { MAX_RETRY_WAIT_MS, Submission } from '../../src/ui/submission.js';

function host() {
  const h = { updates: 0, addController() {}, removeController() {}, requestUpdate: () => void h.updates++, updateComplete: Promise.resolve(true) };
  return h;
}

const rateLimited = (inMs: number) => new AdapterError('rate-limited', 'Slow down.', { status: 429, retryAt: Date.now() + inMs });

/** Lets pending promise callbacks run (the mocked timers do not advance). */
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => Promise.resolve());

/** A Submission whose first send failed with `error`. */
async function failedWith(error: AdapterError) {
  const h = host();
  const s = new Submission<string>(h);
  assert.equal(await s.run({ a: 1 }, () => Promise.reject(error)), null);
  assert.equal(s.state, 'failed');
  return { s, h };
}

test('a retry before Retry-After waits for it, busy, then sends with the same key', async (t) => {
  // The machine's time and timers are the test's: the wait is exact, whatever the load.
  t.mock.timers.enable({ apis: ['Date', 'setTimeout'], now: Date.UTC(2027, 3, 30, 12) });
  const { s } = await failedWith(rateLimited(300));
  const keys: string[] = [];
  let sentAt: number | null = null;
  const started = Date.now();
  const p = s.run({ a: 1 }, async (key) => {
    sentAt = Date.now();
    keys.push(key);
    return 'ok';
  });
  assert.equal(s.busy, true);
  assert.equal(await s.run({ a: 1 }, async () => 'second'), null, 'a double submit while waiting is ignored');
  await flush();
  t.mock.timers.tick(299);
  await flush();
  assert.equal(sentAt, null, 'not sent before the time the server gave');
  t.mock.timers.tick(1);
  assert.equal(await p, 'ok');
  assert.equal(sentAt! - started, 300);
  assert.equal(keys.length, 1);
});

test('a retry long before Retry-After sends nothing and keeps the error that says when', async () => {
  const error = rateLimited(MAX_RETRY_WAIT_MS + 60_000);
  const { s, h } = await failedWith(error);
  const before = h.updates;
  let sent = 0;
  assert.equal(await s.run({ a: 1 }, async () => String(++sent)), null);
  assert.deepEqual([sent, s.state, s.error], [0, 'failed', error]);
  assert.ok(h.updates > before);
});

test('removing the widget while a retry waits cancels it', async () => {
  const { s } = await failedWith(rateLimited(5000));
  let sent = 0;
  const p = s.run({ a: 1 }, async () => String(++sent));
  s.hostDisconnected();
  assert.equal(await p, null);
  assert.deepEqual([sent, s.state], [0, 'idle']);
});

test('once Retry-After has passed, a retry sends at once', { timeout: 5000 }, async (t) => {
  t.mock.timers.enable({ apis: ['Date', 'setTimeout'], now: Date.UTC(2027, 3, 30, 12) });
  const { s } = await failedWith(rateLimited(-1000));
  // No timer is advanced: a send that waited for one would not resolve, and the test times out.
  assert.equal(await s.run({ a: 1 }, async () => 'ok'), 'ok');
});

test('the error sentence says when to retry, in English and Spanish', async () => {
  await loadLanguage('es');
  const soon = rateLimited(90_000);
  const time = (locale: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(soon.retryAt);
  assert.equal(adapterErrorMessage(soon, 'en'), `The server is receiving too many requests. Wait a moment and try again. You can try again after ${time('en')}.`);
  assert.equal(
    adapterErrorMessage(soon, 'es'),
    `El servidor está recibiendo demasiadas peticiones. Espera un momento y vuelve a intentarlo. Podrás volver a intentarlo a partir de las ${time('es')}.`,
  );
  const later = new AdapterError('server', 'Maintenance.', { status: 503, retryAt: Date.now() + 2 * 24 * 3600 * 1000 });
  const date = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' }).format(later.retryAt);
  assert.match(adapterErrorMessage(later, 'es'), new RegExp(`a partir del ${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`));
  assert.equal(adapterErrorMessage(rateLimited(-1), 'en'), 'The server is receiving too many requests. Wait a moment and try again.');
  assert.match(adapterErrorMessage(soon, 'not a locale!'), /You can try again after .+\.$/);
  assert.equal(adapterErrorMessage(new AdapterError('unauthorized', 'x'), 'es'), 'Ya no has iniciado sesión. Vuelve a iniciar sesión e inténtalo otra vez.');
});
