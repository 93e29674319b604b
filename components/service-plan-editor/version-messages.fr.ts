import type { VersionKeys } from './version-messages.js';

/** French words of a plan's versions in <service-plan-editor>, loaded only when French is used. */
const fr: Record<VersionKeys, string> = {
  version: 'Version {version}',
  allOnCurrent: 'Tous les abonnements sont sur cette version.',
  onOlder: '{count, plural, one {# abonnement est} other {# abonnements sont}} sur des versions antérieures et {count, plural, one {garde ses prix} other {gardent leurs prix}} jusqu’à leur transfert.',
  onVersion: 'Version {version} : {count, plural, one {# abonnement} other {# abonnements}}',
  reviewMove: 'Examiner le transfert',
  reviewHeading: 'Transférer la version {from} vers la version {to}',
  reviewIntro: 'Chaque abonnement paie les prix de la version {to} à partir de sa prochaine facturation ; une hausse paie aussi aujourd’hui le reste de la période en cours, comme tout changement de plan.',
  pricing: 'Calcul du transfert…',
  subscription: 'Abonnement',
  before: 'Prochaine facturation actuelle',
  after: 'Prochaine facturation en version {to}',
  difference: 'Différence',
  dueToday: 'Dû aujourd’hui',
  chargeOn: '{amount} le {date}',
  noCharge: 'Aucune : il se termine avant',
  nothingToMove: 'Aucun abonnement de la version {version} ne peut être transféré : la version {to} n’a pas de prix dans leur devise.',
  confirmMove: 'Confirmer le transfert',
  moving: 'Transfert…',
  cancel: 'Annuler',
  previewFailed: 'Le transfert n’a pas pu être calculé',
  moveFailed: 'Les abonnements n’ont pas été transférés',
  loadFailed: 'Les versions du plan n’ont pas pu être chargées',
  movedTitle: '{count, plural, one {# abonnement transféré} other {# abonnements transférés}} vers la version {version}',
  movedText: 'Leurs prochaines facturations sont celles de l’examen.',
};
export default fr;
