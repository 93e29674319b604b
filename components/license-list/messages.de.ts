import type { LicenseListKeys } from './messages.js';

/** German messages of <license-list>, loaded only when German is used. */
const de: Record<LicenseListKeys, string> = {
  title: 'Gerätelizenzen',
  lead: 'Die Lizenzen des Kontos nach Produkt, mit ihren Daten und den verbleibenden Tagen.',
  buy: 'Kaufen',
  caption: 'Lizenzen',
  product: 'Produkt',
  quantity: 'Menge',
  startDate: 'Startdatum',
  endDate: 'Enddatum',
  daysLeft: 'Verbleibende Tage',
  state: 'Status',
  active: 'Aktiv',
  expiring: 'Läuft ab',
  expired: 'Abgelaufen',
  expiresThisMonth: 'Läuft diesen Monat ab',
  'count#one': '1 Lizenzzeile',
  'count#other': '{count} Lizenzzeilen',
  noMatch: 'Keine passenden Lizenzen',
  empty: 'Keine Lizenzen passen zu Ihrer Suche und Ihren Filtern.',
  emptyAll: 'Dieses Konto hat noch keine Lizenzen. Kaufen Sie Lizenzen, um sie hier zu sehen.',
  noAccount: 'Kein Konto gewählt: Setzen Sie das Attribut account-id, um seine Lizenzen aufzulisten.',
  actions: 'Abonnement',
  renew: 'Verlängern',
  addLicenses: 'Lizenzen hinzufügen',
  renewLabel: '{product} verlängern',
  addLabel: 'Lizenzen hinzufügen: {product}',
  changed: 'Die Lizenzen wurden geändert.',
  'bought#one': '1 Lizenz wurde dem Konto hinzugefügt.',
  'bought#other': '{count} Lizenzen wurden dem Konto hinzugefügt.',
};

export default de;
