/**
 * A keyboard walk through a widget as a screen-reader user meets it: after each step, where
 * focus is (role, accessible name, state and description, read from Chromium's accessibility
 * tree) and every sentence the widget's status regions said (polite, or "at once:" for the
 * assertive one). The walk ends by comparing what it heard with the transcript on record
 * (test/a11y/transcripts.json), from which docs/accessibility.md is generated.
 */
import { a11ySnapshot, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { PRICE_PAUSE_MS } from '../../src/ui/controllers/announcer.js';

export interface Heard {
  /** What the user did. */
  step: string;
  /** Where focus is after it: `role "name"`, its state, and its description. */
  focus: string;
  /** What the status regions said meanwhile, in order. */
  said: string[];
}

interface AXNode {
  role: string;
  name?: string;
  focused?: boolean;
  invalid?: string;
  required?: boolean;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  readonly?: boolean;
  description?: string;
  level?: number;
  value?: string | number;
  children?: AXNode[];
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The focused node as a screen reader announces it. */
async function focused(): Promise<string> {
  const tree = (await a11ySnapshot({})) as unknown as AXNode;
  const node = findAccessibilityNode(tree as never, (n) => !!(n as unknown as AXNode).focused) as unknown as AXNode | null;
  if (!node || node.role === 'RootWebArea') return 'nothing (the page)';
  const state = [
    node.level ? `level ${node.level}` : '',
    node.required ? 'required' : '',
    node.invalid && node.invalid !== 'false' ? 'invalid' : '',
    node.checked === true ? 'checked' : '',
    node.disabled ? 'unavailable' : '',
    node.readonly ? 'read-only' : '',
  ].filter(Boolean);
  return `${node.role} "${node.name ?? ''}"${state.length ? `, ${state.join(', ')}` : ''}${node.description ? ` · ${node.description}` : ''}`;
}

export class Walk {
  readonly heard: Heard[] = [];
  private said: string[] = [];
  private lastChange = 0;
  private readonly observers: MutationObserver[] = [];

  /** `normalize` replaces what changes from run to run (today's date, generated ids) in what is recorded. */
  private readonly watched = new WeakSet<Element>();
  private watchedOnce = false;
  /** Live regions that appeared with their text already in them (read unreliably, if at all). */
  readonly insertedWithText: string[] = [];

  /** `normalize` replaces what changes from run to run (today's date, generated ids) in what is recorded. */
  constructor(
    readonly el: HTMLElement,
    private readonly normalize: (s: string) => string = (s) => s,
  ) {
    this.watch();
  }

  /**
   * Listens to every live region in the widget: its own two (the polite one's sentences are
   * recorded as they are, the assertive one's as "at once: …"), and those of the kit's parts
   * inside it (a combobox's result count), recorded as "<tag>: …". Called again at each step,
   * for parts that appeared since.
   */
  private watch(): void {
    const visit = (root: ParentNode, host: Element) => {
      for (const region of root.querySelectorAll<HTMLElement>('[aria-live], [role=status], [role=alert]')) {
        if (this.watched.has(region) || region.getAttribute('aria-live') === 'off') continue;
        this.watched.add(region);
        const text = region.textContent?.trim();
        if (this.watchedOnce && text) this.insertedWithText.push(`${host.localName}: ${text}`);
        const urgency = region.dataset.announce;
        const prefix = host === this.el ? (urgency === 'assertive' ? 'at once: ' : '') : `${host.localName}: `;
        const observer = new MutationObserver(() => {
          this.lastChange = performance.now();
          const text = region.textContent?.replace(/\s+/g, ' ').trim();
          if (text) this.said.push(prefix + text);
        });
        observer.observe(region, { childList: true, characterData: true, subtree: true });
        this.observers.push(observer);
      }
      for (const e of root.querySelectorAll('*')) if (e.shadowRoot) visit(e.shadowRoot, e);
    };
    visit(this.el.shadowRoot!, this.el);
    this.watchedOnce = true;
  }

  /**
   * Does `act`, waits until `until` holds (if given), lets the widget settle (a price is read
   * only after PRICE_PAUSE_MS without change: `price` waits for it), then records focus and speech.
   */
  async step(step: string, act: () => Promise<unknown>, o: { until?: () => unknown; price?: boolean; speaks?: boolean } = {}): Promise<void> {
    this.watch();
    await act();
    if (o.until) {
      const start = performance.now();
      while (!o.until()) {
        if (performance.now() - start > 5000) throw new Error(`step "${step}": the widget did not get there; focus: ${await focused()}; heard so far: ${JSON.stringify(this.heard)}`);
        await wait(20);
      }
    }
    await (this.el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    this.watch();
    // A step that speaks waits for it (a price after its pause, a combobox's choice 150 ms after
    // focus left it), however slow the machine; the others wait a moment for anything late.
    const start = performance.now();
    if (o.price || o.speaks) while (!this.said.length && performance.now() - start < PRICE_PAUSE_MS + 4000) await wait(50);
    await wait(o.price ? PRICE_PAUSE_MS + 150 : 250);
    // Whatever is still being said (an emptied region refilled next frame) belongs to this step.
    while (performance.now() - this.lastChange < 100) await wait(50);
    const clean = (s: string) => this.normalize(s.replace(/[\u2068\u2069]/g, ''));
    this.heard.push({ step, focus: clean(await focused()), said: this.said.splice(0).map(clean) });
  }

  /** Presses keys (`Tab`, `Shift+Tab`, `Enter`, `Space`, `ArrowDown`…) in order. */
  static async press(...keys: string[]): Promise<void> {
    for (const key of keys) await sendKeys({ press: key });
  }

  /** Control+A: selects all the text of the focused field. */
  static async selectAll(): Promise<void> {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
  }

  /** Types text as key presses into what has focus. */
  static async type(text: string): Promise<void> {
    await sendKeys({ type: text });
  }

  /** Stops listening, and returns the transcript on record for `name` (records it with CK_RECORD_A11Y=1). */
  async finish(name: string): Promise<Heard[] | null> {
    for (const o of this.observers) o.disconnect();
    return (await executeServerCommand('a11y-transcript', { name, heard: this.heard })) as Heard[] | null;
  }
}
