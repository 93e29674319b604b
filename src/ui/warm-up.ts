/**
 * First-use costs paid while the page is idle (issue 21). The first time a page renders a kind of
 * form control, the browser parses its template and its style sheet, builds the style rules of a
 * new shadow root, and V8 runs the control's code unoptimised: on a freshly loaded page the first
 * "choose Cloud" of `<order-form>` took about three times as long to paint as the next ones (at 4×
 * CPU, about 200 ms against 72). After a widget's first render, once the page is idle, one of each
 * kit control it uses is rendered out of sight and removed (`warmControls`). A widget then
 * rehearses the view its user most likely opens next, once its data has loaded (`rehearse`: the
 * Cloud order form, the wizard's next step): that view's templates, styles and code are ready
 * before the click. In paired runs that took about a fifth off the first "choose Cloud" and a
 * quarter to a third off the sale wizard's first Next; what the first click still pays beyond the
 * next ones is V8 compiling the click's own path and the browser's first work on the real tree.
 *
 * Out of sight means out of everyone's way: a 1 px fixed box with its content clipped, hidden from
 * view and from assistive technology (visibility, aria-hidden, inert), appended to the document's
 * body and removed a frame after what it holds painted; nothing in it can take focus or be
 * announced.
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost, render } from 'lit';
import { languageOf } from '../i18n/catalog.js';
import { formatMessage } from '../i18n/message-format.js';
import { afterPaint } from './focus.js';

/** Elements already warmed on this page: each is warmed once, whichever widget comes first. */
const warmed = new Set<string>();
/** Views already rehearsed on this page (`rehearse`). */
const rehearsed = new Set<string>();

/** Runs `work` when the browser is idle (at the latest after `timeout` ms); returns a cancel function. */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback: after the load's own work.
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

/** The warm-ups on the page now (see `warmUpSettled`). */
const running = new Set<Promise<void>>();

/**
 * Renders one of each element named in `tags` (a widget's `dependencies`: the kit controls its
 * views use) that this page has not warmed yet, out of sight; waits until they are painted and
 * removes them, a frame or two later. Resolves once they are gone (at once when there is nothing
 * to warm). With a `locale`, the plural rules and number format its messages use are made first
 * (the first Intl objects of a language are slow to make).
 */
export function warmControls(tags: Iterable<string>, locale?: string): Promise<void> {
  if (locale) formatMessage('{n, plural, other {#}}', { n: 1 }, languageOf(locale));
  const todo = [...tags].filter((tag) => !warmed.has(tag));
  if (!todo.length || !document.body) return Promise.resolve();
  const box = outOfSight();
  for (const tag of todo) {
    warmed.add(tag);
    const control = document.createElement(tag);
    control.setAttribute('label', 'a');
    // A select's and a radio group's options are what they render: one.
    if ('options' in control) control.options = [{ value: 'a', label: 'a' }];
    box.append(control);
  }
  return showBriefly(box, box);
}

/**
 * Renders a widget's view once out of sight, in a shadow root of its own holding the widget's
 * `styles`, and removes it once painted: what the user's first click into that view then does not
 * pay (Lit preparing the view's templates, the browser building its style rules, V8 compiling
 * the view's code, the options of its selects). A rehearsal is for the eye of nobody: the view
 * reads the widget's state and writes nothing (its fields cannot be typed into: the box is inert),
 * and its buttons do nothing. Each view (`name`) is rehearsed once per page: once its templates
 * are prepared, another rehearsal would only take the time of a render from the next click that
 * comes while it runs. Resolves once it is gone.
 */
export function rehearse(name: string, view: () => unknown, styles: CSSResultOrNative[]): Promise<void> {
  if (rehearsed.has(name) || !document.body) return Promise.resolve();
  rehearsed.add(name);
  const box = outOfSight();
  const root = box.attachShadow({ mode: 'open' });
  adoptStyles(root, styles);
  render(view(), root);
  return showBriefly(box, root);
}

/** A 1 px fixed box, its content clipped and hidden from view and from assistive technology. */
function outOfSight(): HTMLDivElement {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;overflow:hidden;visibility:hidden';
  return box;
}

/** Appends `box` to the body, waits until the elements in `holder` rendered and painted, removes it. */
function showBriefly(box: HTMLElement, holder: ParentNode): Promise<void> {
  document.body.append(box);
  const done = (async () => {
    try {
      await Promise.all([...holder.querySelectorAll('*')].map((c) => (c as Partial<ReactiveControllerHost>).updateComplete));
      await afterPaint();
    } finally {
      box.remove();
    }
  })();
  running.add(done);
  const settle = () => void running.delete(done);
  done.then(settle, settle);
  return done;
}

/** Resolves once no warm-up is on the page (tests that count what the page holds). */
export async function warmUpSettled(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}

/** Forgets what was warmed (tests). */
export function resetWarmUp(): void {
  warmed.clear();
  rehearsed.clear();
}

/**
 * Does `work` once, when the page is first idle after a render of the host where `ready` holds
 * (after its first render without one), not if the host is removed before. Every widget warms
 * the kit's controls (`warmControls`); a widget adds its own first-use work with another (the view
 * its user most likely opens next, rehearsed once its data has loaded: `rehearse`).
 */
export class WarmUp implements ReactiveController {
  private state: 'waiting' | 'scheduled' | 'done' = 'waiting';
  private cancel: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly work: () => unknown,
    private readonly ready: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.state !== 'waiting' || !this.ready()) return;
    this.state = 'scheduled';
    this.cancel = whenIdle(() => {
      this.state = 'done';
      // Best effort: a warm-up that fails costs only the time it would have saved.
      void (async () => this.work())().catch(() => undefined);
    });
  }

  hostDisconnected(): void {
    if (this.state !== 'scheduled') return;
    this.cancel?.();
    this.state = 'waiting';
  }
}
