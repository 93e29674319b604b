import type { VersionKeys } from './version-messages.js';

/** German words of a plan's versions in <service-plan-editor>, loaded only when German is used. */
const de: Record<VersionKeys, string> = {
  version: 'Version {version}',
  allOnCurrent: 'Alle Abonnements sind auf dieser Version.',
  onOlder: '{count, plural, one {# Abonnement ist} other {# Abonnements sind}} auf älteren Versionen und {count, plural, one {behält seine Preise} other {behalten ihre Preise}}, bis sie verschoben werden.',
  onVersion: 'Version {version}: {count, plural, one {# Abonnement} other {# Abonnements}}',
  reviewMove: 'Verschiebung prüfen',
  reviewHeading: 'Version {from} auf Version {to} verschieben',
  reviewIntro: 'Jedes Abonnement zahlt ab seiner nächsten Abrechnung die Preise von Version {to}; eine Erhöhung zahlt außerdem heute den Rest des laufenden Zeitraums, wie jeder Planwechsel.',
  pricing: 'Verschiebung wird berechnet…',
  subscription: 'Abonnement',
  before: 'Nächste Abrechnung jetzt',
  after: 'Nächste Abrechnung mit Version {to}',
  difference: 'Differenz',
  dueToday: 'Heute fällig',
  chargeOn: '{amount} am {date}',
  noCharge: 'Keine: es endet vorher',
  nothingToMove: 'Kein Abonnement von Version {version} kann verschoben werden: Version {to} hat keinen Preis in ihrer Währung.',
  confirmMove: 'Verschiebung bestätigen',
  moving: 'Wird verschoben…',
  cancel: 'Abbrechen',
  previewFailed: 'Die Verschiebung konnte nicht berechnet werden',
  moveFailed: 'Die Abonnements wurden nicht verschoben',
  loadFailed: 'Die Versionen des Plans konnten nicht geladen werden',
  movedTitle: '{count, plural, one {# Abonnement} other {# Abonnements}} auf Version {version} verschoben',
  movedText: 'Ihre nächsten Abrechnungen sind wie in der Prüfung gezeigt.',
};
export default de;
