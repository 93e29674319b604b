import type { ListKitKeys } from './list-messages.js';

/** Spanish words of the shared list views, loaded only when Spanish is used. */
const es: Record<ListKitKeys, string> = {
  search: 'Buscar',
  all: 'Todos',
  clearFilters: 'Quitar los filtros',
  pages: 'Páginas',
  previous: 'Página anterior',
  next: 'Página siguiente',
  pageOf: 'Página {page} de {count}',
  range: '{from}–{to} de {total}',
  loading: 'Cargando…',
  loadFailed: 'No se ha podido cargar la lista',
  back: 'Volver a la lista',
  new: 'Nuevo',
  updated: 'Actualizado',
  noMethod: 'Este adaptador no puede mostrar esta lista: no tiene el método {method}. Da a la página un RestListAdapter (channelkit/adapter/lists) o añade el método a tu adaptador.',
};

export default es;
