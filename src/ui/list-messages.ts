import { defineMessages } from '../i18n/catalog.js';

/** The words every list screen shares (search, filters, pages, states); each list adds its own. */
const en = {
  search: 'Search',
  all: 'All',
  clearFilters: 'Clear filters',
  pages: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: 'Page {page} of {count}',
  range: '{from}–{to} of {total}',
  loading: 'Loading…',
  loadFailed: 'The list could not be loaded',
  back: 'Back to the list',
  /** Beside the record just created, in its row. */
  new: 'New',
  /** Beside the record just changed, in its row. */
  updated: 'Updated',
  noMethod: 'This adapter cannot show this list: it has no {method} method. Give the page a RestListAdapter (channelkit/adapter/lists) or add the method to your adapter.',
};

/** Message keys of the shared list views; the Spanish catalog must have them all. */
export type ListKitKeys = keyof typeof en;

export const lk = defineMessages(en, { es: () => import('./list-messages.es.js'), de: () => import('./list-messages.de.js'), fr: () => import('./list-messages.fr.js'), pt: () => import('./list-messages.pt.js') }, 'ck-list');

export type ListKitMessage = Parameters<typeof lk>[1];
