/** French messages of the service plan rules, loaded only when French is used. */
const fr = {
  'plan.atLeastOnePeriod': 'Un plan de service nécessite au moins une période.',
  'plan.paidPeriodRequired': 'Un plan de service nécessite une période qui n’est pas une période d’essai.',
  'plan.periodFee': 'Saisissez les frais de la période du plan en {currency}.',
  'plan.oneEndless': 'Un plan de service ne peut avoir qu’une seule période illimitée.',
  'plan.trialEndless': 'Une période d’essai ne peut pas être illimitée.',
  'plan.trialFree': 'Une période d’essai est gratuite : ses frais doivent être de 0.',
  'plan.durationOrEndless': 'Indiquez une durée ou activez Illimitée.',
  'plan.englishRequired': 'Saisissez la description en anglais : elle sert pour toute langue qui n’a pas la sienne.',
  'plan.minimumBelowIncluded': 'Le minimum d’unités ne peut pas être inférieur aux unités incluses.',
  'plan.limitBelowMinimum': 'La limite d’unités ne peut pas être inférieure au minimum d’unités. Activez Illimité pour ne fixer aucune limite.',
  'plan.limitRequired': 'Saisissez une limite d’unités ou activez Illimité.',
  'plan.feeTypeRequired': 'Sélectionnez au moins un type de frais.',
  'plan.fee.recurring': 'Saisissez les frais récurrents en {currency}.',
  'plan.fee.setup': 'Saisissez les frais d’installation en {currency}.',
  'plan.fee.renewal': 'Saisissez les frais de renouvellement en {currency}.',
  'plan.fee.overuse': 'Saisissez les frais de dépassement en {currency}.',
  'plan.duplicateResource': 'Cette ressource est déjà dans le plan.',
  'plan.deprecatedNotOffered': 'Les types de facturation obsolètes ne sont pas proposés pour les nouveaux plans.',
  'plan.copyName': 'Saisissez un nom pour la copie.',
  'plan.otherProduct': 'Un plan de service ne peut pas passer à un autre produit.',
};

export default fr;
