/** Spanish messages of the service plan rules, loaded only when Spanish is used. */
const es = {
  'plan.atLeastOnePeriod': 'Un plan de servicio necesita al menos un periodo.',
  'plan.paidPeriodRequired': 'Un plan de servicio necesita un periodo que no sea de prueba.',
  'plan.periodFee': 'Introduce la tarifa del periodo del plan en {currency}.',
  'plan.oneEndless': 'Un plan de servicio solo puede tener un periodo ilimitado.',
  'plan.trialEndless': 'Un periodo de prueba no puede ser ilimitado.',
  'plan.trialFree': 'Un periodo de prueba es gratuito: sus tarifas deben ser 0.',
  'plan.durationOrEndless': 'Indica una duración o activa Ilimitado.',
  'plan.englishRequired': 'Escribe la descripción en inglés: se usa en todos los idiomas que no tengan la suya.',
  'plan.minimumBelowIncluded': 'Las unidades mínimas no pueden ser menos que las unidades incluidas.',
  'plan.limitBelowMinimum': 'El límite de unidades no puede ser menor que el mínimo. Activa Ilimitado para no poner límite.',
  'plan.limitRequired': 'Introduce un límite de unidades o activa Ilimitado.',
  'plan.feeTypeRequired': 'Selecciona al menos un tipo de tarifa.',
  'plan.fee.recurring': 'Introduce la tarifa recurrente en {currency}.',
  'plan.fee.setup': 'Introduce la tarifa de instalación en {currency}.',
  'plan.fee.renewal': 'Introduce la tarifa de renovación en {currency}.',
  'plan.fee.overuse': 'Introduce la tarifa por exceso en {currency}.',
  'plan.duplicateResource': 'Este recurso ya está en el plan.',
  'plan.deprecatedNotOffered': 'Los tipos de facturación obsoletos no se ofrecen para planes nuevos.',
  'plan.copyName': 'Escribe un nombre para la copia.',
  'plan.otherProduct': 'Un plan de servicio no puede pasar a otro producto.',
};

export default es;
