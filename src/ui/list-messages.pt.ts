import type { ListKitKeys } from './list-messages.js';

/** Portuguese (Brazil) words of the shared list views, loaded only when Portuguese is used. */
const pt: Record<ListKitKeys, string> = {
  search: 'Buscar',
  all: 'Todos',
  clearFilters: 'Limpar filtros',
  pages: 'Páginas',
  previous: 'Página anterior',
  next: 'Próxima página',
  pageOf: 'Página {page} de {count}',
  range: '{from}–{to} de {total}',
  loading: 'Carregando…',
  loadFailed: 'Não foi possível carregar a lista',
  back: 'Voltar à lista',
  new: 'Novo',
  updated: 'Atualizado',
  noMethod: 'Este adaptador não pode mostrar esta lista: falta o método {method}. Dê à página um RestListAdapter (channelkit/adapter/lists) ou adicione o método ao seu adaptador.',
};

export default pt;
