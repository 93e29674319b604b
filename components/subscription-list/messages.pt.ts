import type { SubscriptionListKeys } from './messages.js';

/** Portuguese (Brazil) messages of <subscription-list>, loaded only when Portuguese is used. */
const pt: Record<SubscriptionListKeys, string> = {
  title: 'Assinaturas',
  lead: 'O que os pedidos e as compras de licenças dos clientes deixaram em vigor. Abra uma para mudar o plano ou a quantidade, ou para renová-la.',
  caption: 'Assinaturas',
  customer: 'Cliente',
  product: 'Produto',
  plan: 'Plano',
  quantity: 'Quantidade',
  termEnd: 'Fim do prazo',
  state: 'Status',
  source: 'Origem',
  order: 'Pedidos',
  license: 'Licenças',
  active: 'Ativa',
  ended: 'Encerrada',
  scheduled: 'Mudança em {date}',
  'count#one': '1 assinatura',
  'count#other': '{count} assinaturas',
  noMatch: 'Nenhuma assinatura encontrada',
  empty: 'Nenhuma assinatura corresponde à sua busca e aos filtros.',
  emptyAll: 'Ainda não há assinaturas. Pedidos e compras de licenças aparecem aqui.',
  changed: 'A assinatura foi alterada.',
};

export default pt;
