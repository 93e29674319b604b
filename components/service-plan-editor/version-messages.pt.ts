import type { VersionKeys } from './version-messages.js';

/** Portuguese words of a plan's versions in <service-plan-editor>, loaded only when Portuguese is used. */
const pt: Record<VersionKeys, string> = {
  version: 'Versão {version}',
  allOnCurrent: 'Todas as assinaturas estão nesta versão.',
  onOlder: '{count, plural, one {# assinatura está} other {# assinaturas estão}} em versões anteriores e {count, plural, one {mantém seus preços} other {mantêm seus preços}} até serem movidas.',
  onVersion: 'Versão {version}: {count, plural, one {# assinatura} other {# assinaturas}}',
  reviewMove: 'Revisar a mudança',
  reviewHeading: 'Mover a versão {from} para a versão {to}',
  reviewIntro: 'Cada assinatura paga os preços da versão {to} a partir da próxima cobrança; um aumento também paga hoje o resto do período atual, como qualquer mudança de plano.',
  pricing: 'Calculando a mudança…',
  subscription: 'Assinatura',
  before: 'Próxima cobrança agora',
  after: 'Próxima cobrança na versão {to}',
  difference: 'Diferença',
  dueToday: 'Devido hoje',
  chargeOn: '{amount} em {date}',
  noCharge: 'Nenhuma: termina antes',
  nothingToMove: 'Nenhuma assinatura da versão {version} pode ser movida: a versão {to} não tem preço na moeda delas.',
  confirmMove: 'Confirmar a mudança',
  moving: 'Movendo…',
  cancel: 'Cancelar',
  previewFailed: 'Não foi possível calcular a mudança',
  moveFailed: 'As assinaturas não foram movidas',
  loadFailed: 'Não foi possível carregar as versões do plano',
  movedTitle: '{count, plural, one {# assinatura movida} other {# assinaturas movidas}} para a versão {version}',
  movedText: 'As próximas cobranças são as que a revisão mostrou.',
};
export default pt;
