/** Portuguese (Brazil) messages of the license purchase rules, loaded only when Portuguese is used. */
export default {
  chooseAccount: 'Escolha uma conta.',
  quantityRange: 'Informe um número inteiro de {min} a {max}.',
  chooseContract: 'Escolha um contrato.',
  contractInactive: 'O contrato “{name}” não está mais ativo.',
  contractNoPermission: 'Você não tem permissão para criar licenças em “{name}”.',
  productNotInContract: 'Este produto não faz mais parte do contrato. Escolha outro produto.',
};
