import type { SubscriptionListKeys } from './messages.js';

/** French messages of <subscription-list>, loaded only when French is used. */
const fr: Record<SubscriptionListKeys, string> = {
  title: 'Abonnements',
  lead: 'Ce que les commandes et achats de licences des clients ont mis en service. Ouvrez-en un pour changer son forfait ou sa quantité, ou pour le renouveler.',
  caption: 'Abonnements',
  customer: 'Client',
  product: 'Produit',
  plan: 'Forfait',
  quantity: 'Quantité',
  termEnd: 'Fin de la durée',
  state: 'Statut',
  source: 'Origine',
  order: 'Commandes',
  license: 'Licences',
  active: 'Actif',
  ended: 'Terminé',
  scheduled: 'Changement le {date}',
  'count#one': '1 abonnement',
  'count#other': '{count} abonnements',
  noMatch: 'Aucun abonnement correspondant',
  empty: 'Aucun abonnement ne correspond à votre recherche et à vos filtres.',
  emptyAll: 'Aucun abonnement pour l’instant. Les commandes et achats de licences apparaissent ici.',
  changed: 'L’abonnement a été modifié.',
};

export default fr;
