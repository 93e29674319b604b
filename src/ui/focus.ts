/**
 * After a failed submit: focus the first control whose `invalid` attribute is set, in
 * document order, and return it (or null when everything is valid).
 */
export async function focusFirstInvalid(root: ParentNode): Promise<HTMLElement | null> {
  const first = root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[invalid]');
  if (!first) return null;
  await first.updateComplete;
  first.focus();
  first.scrollIntoView?.({ block: 'center', behavior: 'auto' });
  return first;
}

/**
 * Resolves after the next paint: in a task posted from the next animation frame callback. Focus
 * moved then finds the layout done by that frame; moved before it, focus() forces a synchronous
 * layout of the new view and holds its first paint (issue 21). A hidden page paints nothing and
 * runs no animation frames: there it resolves in the next task.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) return void setTimeout(resolve);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}

/** The element holding focus, inside shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** What focusAfterRender focused last: a later request does not take it for the user's own move. */
let placed: Element | null = null;

/**
 * After the host's next render is painted, focus the first element matching `selector` in its
 * shadow root (then, not before the paint: see afterPaint). If focus was moved meanwhile by
 * something else (an error summary focused after a step change, the user's own click), it is left
 * there. (Compared by the focused element, not by focus events: a page without system focus
 * fires none.) Resolves once it is settled.
 */
export async function focusAfterRender(host: { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> }, selector: string): Promise<void> {
  const before = deepActive();
  await host.updateComplete;
  await afterPaint();
  const now = deepActive();
  const movedElsewhere = now !== before && now !== placed && now !== null && now !== document.body;
  const target = movedElsewhere ? null : host.renderRoot.querySelector<HTMLElement>(selector);
  if (!target) return;
  target.focus();
  placed = deepActive();
}
