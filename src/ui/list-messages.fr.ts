import type { ListKitKeys } from './list-messages.js';

/** French words of the shared list views, loaded only when French is used. */
const fr: Record<ListKitKeys, string> = {
  search: 'Rechercher',
  all: 'Tous',
  clearFilters: 'Effacer les filtres',
  pages: 'Pages',
  previous: 'Page précédente',
  next: 'Page suivante',
  pageOf: 'Page {page} sur {count}',
  range: '{from}–{to} sur {total}',
  loading: 'Chargement…',
  loadFailed: 'La liste n’a pas pu être chargée',
  back: 'Retour à la liste',
  new: 'Nouveau',
  updated: 'Modifié',
  noMethod: 'Cet adaptateur ne peut pas afficher cette liste : il n’a pas de méthode {method}. Donnez à la page un RestListAdapter (channelkit/adapter/lists) ou ajoutez la méthode à votre adaptateur.',
};

export default fr;
