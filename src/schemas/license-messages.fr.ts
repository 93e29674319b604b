/** French messages of the license purchase rules, loaded only when French is used. */
export default {
  chooseAccount: 'Choisissez un compte.',
  quantityRange: 'Saisissez un nombre entier de {min} à {max}.',
  chooseContract: 'Choisissez un contrat.',
  contractInactive: 'Le contrat « {name} » n’est plus actif.',
  contractNoPermission: 'Vous n’êtes pas autorisé à créer des licences dans le cadre de « {name} ».',
  productNotInContract: 'Ce produit ne fait plus partie du contrat. Choisissez un autre produit.',
};
