/** Reading an answer's body as text: within a byte limit, and stopped by the call's abort signal. */
import { AdapterError } from './errors.js';
import { DEFAULT_MESSAGES } from './rest-errors.js';

/** `work`, or a rejection with the signal's reason as soon as it aborts (for steps that ignore signals). */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    signal.addEventListener('abort', stop, { once: true });
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** The body as text, read chunk by chunk and refused once it passes `max` bytes. */
export async function readText(response: Response, max: number, signal: AbortSignal): Promise<string> {
  const tooLarge = () => new AdapterError('bad-response', `${DEFAULT_MESSAGES['bad-response']} (the answer is larger than ${max} bytes)`, { status: response.status });
  if (Number(response.headers.get('Content-Length')) > max) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  let done = false;
  try {
    for (;;) {
      const chunk = await untilAborted(reader.read(), signal);
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > max) throw tooLarge();
      text += decoder.decode(chunk.value, { stream: true });
    }
    done = true;
    return text + decoder.decode();
  } finally {
    if (!done) void reader.cancel().catch(() => {});
  }
}
