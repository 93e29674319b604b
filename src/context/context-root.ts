import { ContextRoot } from '@lit/context';

let attached = false;

/**
 * Lets a `<channelkit-provider>` defined after its widgets (a code-split page, a lazy chunk) still
 * reach them: the widgets' context requests that no provider answered are kept at the document
 * and answered when a provider appears. Called by the widgets' define modules, before any widget
 * can connect; once per page.
 */
export function attachContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
