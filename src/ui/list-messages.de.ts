import type { ListKitKeys } from './list-messages.js';

/** German words of the shared list views, loaded only when German is used. */
const de: Record<ListKitKeys, string> = {
  search: 'Suchen',
  all: 'Alle',
  clearFilters: 'Filter zurücksetzen',
  pages: 'Seiten',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: 'Seite {page} von {count}',
  range: '{from}–{to} von {total}',
  loading: 'Wird geladen…',
  loadFailed: 'Die Liste konnte nicht geladen werden',
  back: 'Zurück zur Liste',
  new: 'Neu',
  updated: 'Geändert',
  noMethod: 'Dieser Adapter kann diese Liste nicht anzeigen: Ihm fehlt die Methode {method}. Geben Sie der Seite einen RestListAdapter (channelkit/adapter/lists) oder fügen Sie die Methode Ihrem Adapter hinzu.',
};

export default de;
