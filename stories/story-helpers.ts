/** Small helpers for `play` functions: reach controls inside widgets' shadow roots as a user would. */
type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

export async function ready(canvas: HTMLElement, tag: string, selector = 'ck-steps, form, .cells, [part=submit-button], [part=start-button], ck-alert'): Promise<Updatable> {
  for (let i = 0; i < 100; i++) {
    const el = canvas.querySelector<Updatable>(tag);
    if (el?.shadowRoot?.querySelector(selector)) {
      await el.updateComplete;
      return el;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${tag} did not load`);
}

export function control(el: HTMLElement, path: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const f = el.shadowRoot!.querySelector(`[data-path="${path}"]`)!;
  return f.shadowRoot!.querySelector('input, select, textarea')!;
}

export async function type(el: Updatable, path: string, value: string): Promise<void> {
  const c = control(el, path);
  c.value = value;
  c.dispatchEvent(new Event(c instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: Updatable, path: string, value: string): Promise<void> {
  const f = el.shadowRoot!.querySelector(`[data-path="${path}"]`)!;
  f.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await el.updateComplete;
}

export async function press(el: Updatable, selector: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
}

export async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A list element searched for text nothing matches: its empty state, with Clear filters. */
export async function searchNothing(canvas: HTMLElement, tag: string, loaded: string): Promise<void> {
  const el = await ready(canvas, tag, loaded);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
  input.value = 'no such thing';
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  await until(() => el.shadowRoot!.querySelector('[part=empty]'));
}
