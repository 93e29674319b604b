/**
 * Backend text in the page's language, as a real backend would store it: the demo's contracts'
 * conditions in Spanish beside the English the seed holds. The demo backend answers GET /contracts
 * in the first language of the request's Accept-Language it has, else in English (docs/adapter.md,
 * "Text the backend supplies"). The kit's own enums (billing types, statuses) are never sent as
 * text: the widgets translate them.
 */
const CONDITIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  es: {
    'ctr-device-2025':
      'Pago a 30 días. Las licencias terminan junto con las licencias activas del mismo producto de la cuenta. Los dispositivos de sustitución se envían en 2 días hábiles.',
    'ctr-emea-mobility': 'Facturación trimestral en EUR. Pedido mínimo de 5 dispositivos. Los dispositivos deben registrarse en los 30 días siguientes a la entrega.',
    'ctr-legacy-2022': 'Venció el 2024-12-31.',
    'ctr-kiosk': 'Lo gestiona la división de comercio minorista.',
    'ctr-pilot': 'Suspendido hasta su renovación.',
  },
};

/** The languages of an Accept-Language header, in order ("es-MX,es;q=0.9,en;q=0.8" → es, es, en). */
function languagesOf(header: string | null): string[] {
  return (header ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase().split('-')[0]!).filter(Boolean);
}

/** `response` with each contract's conditions in the request's language, when the demo has them. */
export async function localizeBackendText(request: Request, response: Response): Promise<Response> {
  if (request.method !== 'GET' || !response.ok || !new URL(request.url).pathname.endsWith('/contracts')) return response;
  const texts = languagesOf(request.headers.get('Accept-Language')).map((l) => CONDITIONS[l]).find(Boolean);
  if (!texts) return response;
  const contracts = (await response.json()) as { id: string; conditions: string }[];
  const body = contracts.map((c) => ({ ...c, conditions: texts[c.id] ?? c.conditions }));
  const headers = new Headers(response.headers);
  headers.set('Content-Language', Object.keys(CONDITIONS).find((l) => CONDITIONS[l] === texts)!);
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
