/** German messages of the service plan rules, loaded only when German is used. */
const de = {
  'plan.atLeastOnePeriod': 'Ein Serviceplan braucht mindestens einen Planzeitraum.',
  'plan.paidPeriodRequired': 'Ein Serviceplan braucht einen Zeitraum, der kein Testzeitraum ist.',
  'plan.periodFee': 'Geben Sie die Gebühr des Planzeitraums in {currency} ein.',
  'plan.oneEndless': 'Ein Serviceplan kann nur einen unbefristeten Zeitraum haben.',
  'plan.trialEndless': 'Ein Testzeitraum kann nicht unbefristet sein.',
  'plan.trialFree': 'Ein Testzeitraum ist kostenlos: Seine Gebühren müssen 0 sein.',
  'plan.durationOrEndless': 'Geben Sie eine Dauer an oder schalten Sie Unbefristet ein.',
  'plan.englishRequired': 'Geben Sie die Beschreibung auf Englisch ein: Sie wird für jede Sprache ohne eigene Beschreibung verwendet.',
  'plan.minimumBelowIncluded': 'Mindesteinheiten dürfen nicht unter den enthaltenen Einheiten liegen.',
  'plan.limitBelowMinimum': 'Das Einheitenlimit darf nicht unter den Mindesteinheiten liegen. Schalten Sie Unbegrenzt ein, um kein Limit zu setzen.',
  'plan.limitRequired': 'Geben Sie ein Einheitenlimit ein oder schalten Sie Unbegrenzt ein.',
  'plan.feeTypeRequired': 'Wählen Sie mindestens eine Gebührenart.',
  'plan.fee.recurring': 'Geben Sie die wiederkehrende Gebühr in {currency} ein.',
  'plan.fee.setup': 'Geben Sie die Einrichtungsgebühr in {currency} ein.',
  'plan.fee.renewal': 'Geben Sie die Verlängerungsgebühr in {currency} ein.',
  'plan.fee.overuse': 'Geben Sie die Mehrverbrauchsgebühr in {currency} ein.',
  'plan.duplicateResource': 'Diese Ressource ist bereits im Plan.',
  'plan.deprecatedNotOffered': 'Veraltete Abrechnungsarten werden für neue Pläne nicht angeboten.',
  'plan.copyName': 'Geben Sie einen Namen für die Kopie ein.',
  'plan.otherProduct': 'Ein Serviceplan kann nicht zu einem anderen Produkt wechseln.',
};

export default de;
