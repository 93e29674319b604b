/** Portuguese (Brazil) messages of the service plan rules, loaded only when Portuguese is used. */
const pt = {
  'plan.atLeastOnePeriod': 'Um plano de serviço precisa de pelo menos um período.',
  'plan.paidPeriodRequired': 'Um plano de serviço precisa de um período que não seja de teste.',
  'plan.periodFee': 'Informe a tarifa do período do plano em {currency}.',
  'plan.oneEndless': 'Um plano de serviço só pode ter um período sem fim.',
  'plan.trialEndless': 'Um período de teste não pode ser sem fim.',
  'plan.trialFree': 'Um período de teste é gratuito: suas tarifas devem ser 0.',
  'plan.durationOrEndless': 'Defina uma duração ou ative Sem fim.',
  'plan.englishRequired': 'Informe a descrição em inglês: ela é usada em todos os idiomas que não têm a sua.',
  'plan.minimumBelowIncluded': 'O mínimo de unidades não pode ser menor que as unidades incluídas.',
  'plan.limitBelowMinimum': 'O limite de unidades não pode ser menor que o mínimo de unidades. Ative Ilimitado para não ter limite.',
  'plan.limitRequired': 'Informe um limite de unidades ou ative Ilimitado.',
  'plan.feeTypeRequired': 'Selecione pelo menos um tipo de tarifa.',
  'plan.fee.recurring': 'Informe a tarifa recorrente em {currency}.',
  'plan.fee.setup': 'Informe a tarifa de instalação em {currency}.',
  'plan.fee.renewal': 'Informe a tarifa de renovação em {currency}.',
  'plan.fee.overuse': 'Informe a tarifa de excedente em {currency}.',
  'plan.duplicateResource': 'Este recurso já está no plano.',
  'plan.deprecatedNotOffered': 'Tipos de cobrança obsoletos não são oferecidos para novos planos.',
  'plan.copyName': 'Informe um nome para a cópia.',
  'plan.otherProduct': 'Um plano de serviço não pode passar para outro produto.',
};

export default pt;
