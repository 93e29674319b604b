/** Portuguese (Brazil) messages of the sale rules, loaded only when Portuguese is used. */
const pt = {
  chooseDistribution: 'Escolha uma distribuição do produto.',
  notSellable: 'Esta distribuição não pode ser vendida como plano de assinatura.',
  usersRange: 'Informe um número inteiro de usuários de {min} a {max}.',
  oneCurrency: 'Todas as distribuições de uma venda devem estar em uma só moeda ({currency}).',
  alreadyAdded: 'Esta distribuição já está na venda; remova-a primeiro para mudar o número de usuários.',
  notPast: 'A data de ativação não pode estar no passado.',
  chooseBillingMethod: 'Escolha um método de cobrança.',
  organizationGone: 'Esta organização não existe mais.',
};

export default pt;
