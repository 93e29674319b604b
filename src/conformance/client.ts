/** A small HTTP client for the conformance suite: JSON in, status and JSON out, never throwing on a status. */

export interface ConformanceTarget {
  /** The API root, e.g. "http://127.0.0.1:8787/api". */
  baseUrl: string;
  /** Headers for every request (auth). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export interface Reply {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when there was none or it was not JSON. */
  body: unknown;
  text: string;
}

export interface Send {
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  /** A raw body instead of JSON (malformed or oversized bodies). */
  raw?: string;
  key?: string | null;
  headers?: Record<string, string>;
  /** Leave out the target's headers (auth). */
  anonymous?: boolean;
}

export class Client {
  constructor(readonly target: ConformanceTarget) {}

  async call(path: string, send: Send = {}): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/json', ...(send.anonymous ? {} : this.target.headers), ...send.headers };
    const body = send.raw ?? (send.body === undefined ? undefined : JSON.stringify(send.body));
    if (body !== undefined) headers['Content-Type'] ??= 'application/json';
    if (send.key) headers['Idempotency-Key'] = send.key;
    const response = await (this.target.fetch ?? fetch)(`${this.target.baseUrl.replace(/\/$/, '')}${path}`, { method: send.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, body: json, text };
  }

  get(path: string): Promise<Reply> {
    return this.call(path);
  }

  /** A create or save with a fresh Idempotency-Key unless one is given. */
  send(method: 'POST' | 'PUT', path: string, body: unknown, key: string = crypto.randomUUID()): Promise<Reply> {
    return this.call(path, { method, body, key });
  }
}
