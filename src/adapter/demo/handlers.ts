/**
 * msw request handlers serving DemoStore over the REST contract (docs/openapi.yaml), with
 * per-route fault injection. The demo page and the tests use them, so both exercise
 * RestAdapter over real fetch with no server.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { DemoResponse, DemoStore, RouteName } from './store.js';

async function respond(store: DemoStore, route: RouteName, request: Request, run: () => DemoResponse | Promise<DemoResponse>): Promise<Response> {
  const fault = store.takeFault(route);
  if (fault?.ms) await delay(fault.ms);
  if (fault) {
    switch (fault.kind) {
      case 'latency':
        break;
      case 'timeout':
        await delay('infinite');
        break;
      case 'network':
        if (fault.after) await run();
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
  void request;
  const r = await run();
  if (r.body === undefined) return new HttpResponse(null, { status: r.status });
  // Exact figures (a proration factor's BigInt parts) travel as decimal strings.
  const json = JSON.stringify(r.body, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return new HttpResponse(json, { status: r.status, headers: { 'Content-Type': 'application/json' } });
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}

const key = (request: Request) => request.headers.get('Idempotency-Key');

export function demoHandlers(store: DemoStore, baseUrl = '/api'): HttpHandler[] {
  const u = (path: string) => `${baseUrl}${path}`;
  return [
    http.get(u('/products/:productId/plan-context'), ({ request, params }) => respond(store, 'plan-context', request, () => store.planContext(String(params.productId)))),
    http.get(u('/plans/:planId'), ({ request, params }) => respond(store, 'get-plan', request, () => store.getPlan(String(params.planId)))),
    http.post(u('/products/:productId/plans'), ({ request }) => respond(store, 'save-plan', request, async () => store.savePlan(null, await jsonBody(request), key(request)))),
    http.put(u('/plans/:planId'), ({ request, params }) => respond(store, 'save-plan', request, async () => store.savePlan(String(params.planId), await jsonBody(request), key(request)))),
    http.post(u('/plans/:planId/copy'), ({ request, params }) => respond(store, 'copy-plan', request, async () => store.copyPlan(String(params.planId), await jsonBody(request), key(request)))),

    http.get(u('/seller'), ({ request }) => respond(store, 'seller', request, () => store.seller())),
    http.get(u('/organizations'), ({ request }) => respond(store, 'search-organizations', request, () => store.searchOrganizations(new URL(request.url).searchParams.get('q') ?? ''))),
    http.get(u('/distributions'), ({ request }) => respond(store, 'distributions', request, () => store.distributions())),
    http.post(u('/sales'), ({ request }) => respond(store, 'create-sale', request, async () => store.createSale(await jsonBody(request), key(request)))),

    http.get(u('/contracts'), ({ request }) => respond(store, 'contracts', request, () => store.contracts())),
    http.get(u('/accounts'), ({ request }) => respond(store, 'accounts', request, () => store.accounts())),
    http.put(u('/contracts/:contractId/account'), ({ request, params }) =>
      respond(store, 'save-contract-account', request, async () => store.saveContractAccount(String(params.contractId), await jsonBody(request), key(request))),
    ),
    http.get(u('/contracts/:contractId/products'), ({ request, params }) => respond(store, 'contract-products', request, () => store.contractProducts(String(params.contractId)))),
    http.get(u('/contracts/:contractId/stock'), ({ request, params }) =>
      respond(store, 'stock', request, () => store.stock(String(params.contractId), new URL(request.url).searchParams.get('productId') ?? '')),
    ),
    http.get(u('/accounts/:accountId/licenses'), ({ request, params }) =>
      respond(store, 'active-licenses', request, () => store.activeLicenses(String(params.accountId), new URL(request.url).searchParams.get('productId') ?? '')),
    ),
    http.post(u('/license-purchases'), ({ request }) => respond(store, 'purchase', request, async () => store.purchase(await jsonBody(request), key(request)))),

    http.get(u('/order-options'), ({ request }) => respond(store, 'order-options', request, () => store.orderOptions())),
    http.post(u('/orders'), ({ request }) => respond(store, 'create-order', request, async () => store.createOrder(await jsonBody(request), key(request)))),
  ];
}
