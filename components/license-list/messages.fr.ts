import type { LicenseListKeys } from './messages.js';

/** French messages of <license-list>, loaded only when French is used. */
const fr: Record<LicenseListKeys, string> = {
  title: 'Licences d’appareils',
  lead: 'Les licences du compte par produit, avec leurs dates et les jours restants.',
  buy: 'Acheter',
  caption: 'Licences',
  product: 'Produit',
  quantity: 'Quantité',
  startDate: 'Date de début',
  endDate: 'Date de fin',
  daysLeft: 'Jours restants',
  state: 'Statut',
  active: 'Active',
  expiring: 'Expire bientôt',
  expired: 'Expirée',
  expiresThisMonth: 'Expire ce mois-ci',
  'count#one': '1 ligne de licences',
  'count#other': '{count} lignes de licences',
  noMatch: 'Aucune licence correspondante',
  empty: 'Aucune licence ne correspond à votre recherche et à vos filtres.',
  emptyAll: 'Ce compte n’a pas encore de licences. Achetez des licences pour les voir ici.',
  noAccount: 'Aucun compte choisi : définissez l’attribut account-id pour afficher ses licences.',
  actions: 'Abonnement',
  renew: 'Renouveler',
  addLicenses: 'Ajouter des licences',
  renewLabel: 'Renouveler {product}',
  addLabel: 'Ajouter des licences de {product}',
  changed: 'Les licences ont été modifiées.',
  'bought#one': '1 licence a été ajoutée au compte.',
  'bought#other': '{count} licences ont été ajoutées au compte.',
};

export default fr;
