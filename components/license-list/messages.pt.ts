import type { LicenseListKeys } from './messages.js';

/** Portuguese (Brazil) messages of <license-list>, loaded only when Portuguese is used. */
const pt: Record<LicenseListKeys, string> = {
  title: 'Licenças de dispositivos',
  lead: 'As licenças da conta por produto, com as datas e os dias restantes.',
  buy: 'Comprar',
  caption: 'Licenças',
  product: 'Produto',
  quantity: 'Quantidade',
  startDate: 'Data de início',
  endDate: 'Data de término',
  daysLeft: 'Dias restantes',
  state: 'Status',
  active: 'Ativa',
  expiring: 'Expirando',
  expired: 'Expirada',
  expiresThisMonth: 'Expira este mês',
  'count#one': '1 linha de licenças',
  'count#other': '{count} linhas de licenças',
  noMatch: 'Nenhuma licença encontrada',
  empty: 'Nenhuma licença corresponde à sua busca e aos filtros.',
  emptyAll: 'Esta conta ainda não tem licenças. Compre licenças para vê-las aqui.',
  noAccount: 'Nenhuma conta escolhida: defina o atributo account-id para listar as licenças dela.',
  actions: 'Assinatura',
  renew: 'Renovar',
  addLicenses: 'Adicionar licenças',
  renewLabel: 'Renovar {product}',
  addLabel: 'Adicionar licenças de {product}',
  changed: 'As licenças foram alteradas.',
  'bought#one': '1 licença foi adicionada à conta.',
  'bought#other': '{count} licenças foram adicionadas à conta.',
};

export default pt;
