import type { SubscriptionListKeys } from './messages.js';

/** German messages of <subscription-list>, loaded only when German is used. */
const de: Record<SubscriptionListKeys, string> = {
  title: 'Abonnements',
  lead: 'Was aus den Bestellungen und Lizenzkäufen der Kunden läuft. Öffnen Sie eines, um Plan oder Menge zu ändern oder es zu verlängern.',
  caption: 'Abonnements',
  customer: 'Kunde',
  product: 'Produkt',
  plan: 'Plan',
  quantity: 'Menge',
  termEnd: 'Laufzeitende',
  state: 'Status',
  source: 'Herkunft',
  order: 'Bestellungen',
  license: 'Lizenzen',
  active: 'Aktiv',
  ended: 'Beendet',
  scheduled: 'Änderung am {date}',
  'count#one': '1 Abonnement',
  'count#other': '{count} Abonnements',
  noMatch: 'Keine passenden Abonnements',
  empty: 'Keine Abonnements passen zu Ihrer Suche und Ihren Filtern.',
  emptyAll: 'Noch keine Abonnements. Bestellungen und Lizenzkäufe erscheinen hier.',
  changed: 'Das Abonnement wurde geändert.',
};

export default de;
