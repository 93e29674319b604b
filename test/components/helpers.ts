import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/context/define-provider.js';
import { RestAdapter } from '../../src/adapter/index.js';
import { startDemoBackend } from '../../src/adapter/demo/browser.js';
import type { DemoScenario, DemoStore } from '../../src/adapter/demo/store.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { testClock } from '../support/clock.js';

/** The demo backend (msw in the page), on the tests' clock; reset before each mount. */
export async function backend(): Promise<DemoStore> {
  const { store } = await startDemoBackend();
  store.clock = testClock;
  return store;
}

/** Mounts `content` inside a provider wired to RestAdapter over the demo backend (in a scenario of the demo's, e.g. the customer's view). */
export async function mount<T extends HTMLElement>(content: TemplateResult, selector: string, locale = 'en', scenario: DemoScenario = {}): Promise<{ el: T; store: DemoStore; provider: ChannelkitProvider }> {
  const store = await backend();
  store.reset();
  store.scenario = scenario;
  const provider = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${new RestAdapter({ timeoutMs: 3000 })} .clock=${testClock} locale=${locale}>${content}</channelkit-provider>`);
  const el = provider.querySelector<T>(selector)!;
  return { el, store, provider };
}

export const root = (el: Element) => el.shadowRoot!;

/** What the widget's polite status region says now (completion, step changes, settled prices). */
export const said = (el: Element) => withoutIsolates(root(el).querySelector('[data-announce=polite]')!.textContent ?? '');

/** The form-kit control bound to a draft path (`data-path`). */
export function field<T extends HTMLElement = HTMLElement & { value: unknown; error: string; updateComplete: Promise<unknown> }>(el: Element, path: string): T {
  const f = root(el).querySelector<T>(`[data-path="${path}"]`);
  if (!f) throw new Error(`no field ${path}`);
  return f;
}

/** Types into a text-like control as the browser would report it (an input event). */
export async function fill(el: Element, path: string, value: string): Promise<void> {
  const f = field(el, path);
  const input = f.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Picks an option of a ck-select-field. */
export async function pick(el: Element, path: string, value: string): Promise<void> {
  const select = field(el, path).shadowRoot!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Clicks the radio with `value` in a ck-radio-group. */
export async function radio(el: Element, path: string, value: string): Promise<void> {
  const input = [...field(el, path).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((i) => i.value === value)!;
  input.click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Toggles a ck-checkbox. */
export async function check(el: Element, path: string): Promise<void> {
  field(el, path).shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** The error message a control currently shows ('' when none). */
export async function shownError(el: Element, path: string): Promise<string> {
  const f = field(el, path) as HTMLElement & { updateComplete: Promise<unknown> };
  await f.updateComplete;
  return withoutIsolates(f.shadowRoot!.querySelector('#error')?.textContent ?? '').trim();
}

/** Text without the bidi isolates (U+2068 FSI … U+2069 PDI) the kit puts around data in sentences. */
export function withoutIsolates(s: string): string {
  return s.replace(/[\u2068\u2069]/g, '');
}

/**
 * The text of a node as a user reads it (bidi isolates, which have no glyph, left out), whitespace collapsed, through shadow roots and slots.
 * Element boundaries separate words; text split only by Lit's markers stays joined.
 */
export function text(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) return void parts.push(n.textContent ?? '');
    if (!(n instanceof Element) && !(n instanceof DocumentFragment)) return;
    if (n instanceof HTMLElement && n.hidden) return;
    if (n instanceof Element) parts.push(' ');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    else if (n instanceof HTMLSlotElement && n.assignedNodes().length) n.assignedNodes().forEach(walk);
    else n.childNodes.forEach(walk);
    if (n instanceof Element) parts.push(' ');
  };
  walk(node);
  return withoutIsolates(parts.join('')).replace(/\s+/g, ' ').trim();
}

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Presses Tab (or Shift+Tab) until `target` holds focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(target: () => Element | null | undefined, max = 30): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  for (let i = 0; i < max; i++) {
    const t = target();
    if (t && deepActive() === t) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('could not reach the element with Tab');
}

/** The inner focusable control of a kit field. */
export function control(el: Element, path: string): Element | null {
  return field(el, path).shadowRoot!.querySelector('input, select, textarea, button');
}

/**
 * Clicks `target` with the real mouse, as a person does: moves to its centre, presses, holds a
 * moment (longer than a frame), releases where it pressed. What the press changes (a field left
 * shows its error) has rendered before the release, so a button that moved is missed, as it
 * would be by a person.
 */
export async function mouseClick(target: Element): Promise<void> {
  const { sendMouse } = await import('@web/test-runner-commands');
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
  await sendMouse({ type: 'down' });
  await new Promise((done) => setTimeout(done, 50));
  await sendMouse({ type: 'up' });
}
