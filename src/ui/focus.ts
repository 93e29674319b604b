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

/** After the host's next render, focus the first element matching `selector` in its shadow root. */
export function focusAfterRender(host: { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> }, selector: string): Promise<void> {
  return host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
}
