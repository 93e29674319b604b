// Imported first by main.ts, before any widget is defined: every widget that keeps what is typed
// (`draft-key` in index.html) keeps it per demo user, the seller or the customer's view (the
// scenario chosen in the header, as the shell stored it), as a host includes its signed-in user in
// the key. A reload then resumes each unfinished form; another user's view starts empty.
import { DRAFT_PREFIX } from '../src/ui/draft-storage.js';

/** Where the shell keeps its header settings (locale, theme, scenario, currency). */
export const SETTINGS_KEY = 'channelkit-demo-settings';

/** The demo user of a header scenario: the customer's view is another user than the seller. */
export const demoUser = (scenario: unknown): string => (scenario === 'customer' ? 'customer' : 'seller');

/** Sets every widget's draft key to the demo user's (at load, and when the scenario changes). */
export function setDraftKeys(scenario: unknown): void {
  for (const el of document.querySelectorAll('[draft-key]')) el.setAttribute('draft-key', `demo-${demoUser(scenario)}`);
}

/** Forgets every unfinished form the widgets kept (Reset demo data). */
export function clearDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

let saved: unknown = null;
try {
  saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null');
} catch {
  // Blocked or unreadable: the seller's keys.
}
setDraftKeys(saved && typeof saved === 'object' && 'scenario' in saved ? saved.scenario : null);
