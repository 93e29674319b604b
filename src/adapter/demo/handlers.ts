/**
 * msw request handlers: every request under the API root goes to the demo backend (DemoStore:
 * channelkit/server's fetch handler over its in-memory repository), after the fault injection
 * of its route. The demo page and the tests use them, so both exercise RestAdapter over real
 * fetch against the server's rules, with no server.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { type DemoStore, routeOf } from './store.js';

/** One request to the demo backend (below `basePath`), after its route's fault: what the msw handler answers. */
export async function demoResponse(store: DemoStore, request: Request, basePath = '/api'): Promise<Response> {
  const path = new URL(request.url).pathname.slice(basePath.length);
  const fault = store.takeFault(routeOf(request.method, path));
  if (fault?.ms) await delay(fault.ms);
  if (fault) {
    switch (fault.kind) {
      case 'latency':
        break;
      case 'timeout':
        await delay('infinite');
        break;
      case 'network':
        if (fault.after) await store.fetch(request, basePath);
        return HttpResponse.error();
      case 'malformed':
        return new HttpResponse('{"id": "broken", "items": [1, 2,', { status: 200, headers: { 'Content-Type': 'application/json' } });
      case 'server':
        return HttpResponse.json({ error: { message: fault.message ?? 'The server had a problem. Try again in a moment.', code: fault.code ?? 'internal' } }, { status: 500 });
      case 'forbidden':
        return HttpResponse.json({ error: { message: fault.message ?? 'You are not allowed to do this.', code: fault.code ?? 'forbidden' } }, { status: 403 });
      case 'conflict':
        return HttpResponse.json({ error: { message: fault.message ?? 'It changed in the meantime.', code: fault.code ?? 'conflict' } }, { status: 409 });
      case 'validation':
        return HttpResponse.json({ error: { message: fault.message ?? 'Some values were not accepted.', code: fault.code ?? 'invalid', fields: fault.fields ?? {} } }, { status: 422 });
    }
  }
  return store.fetch(request, basePath);
}

/** One handler for everything under `baseUrl` ("/api", "/demo/api" or an absolute URL). */
export function demoHandlers(store: DemoStore, baseUrl = '/api'): HttpHandler[] {
  const root = baseUrl.replace(/\/$/, '');
  const basePath = new URL(root, 'http://demo.invalid').pathname;
  return [http.all(`${root}/*`, ({ request }) => demoResponse(store, request, basePath))];
}
