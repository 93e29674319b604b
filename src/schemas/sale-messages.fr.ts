/** French messages of the sale rules, loaded only when French is used. */
const fr = {
  chooseDistribution: 'Choisissez une distribution du produit.',
  notSellable: 'Cette distribution ne peut pas être vendue comme forfait d’abonnement.',
  usersRange: 'Saisissez un nombre entier d’utilisateurs de {min} à {max}.',
  oneCurrency: 'Toutes les distributions d’une vente doivent être dans une seule devise ({currency}).',
  alreadyAdded: 'Cette distribution est déjà dans la vente ; retirez-la d’abord pour changer son nombre d’utilisateurs.',
  notPast: 'La date d’activation ne peut pas être dans le passé.',
  chooseBillingMethod: 'Choisissez un mode de facturation.',
  organizationGone: 'Cette organisation n’existe plus.',
};

export default fr;
