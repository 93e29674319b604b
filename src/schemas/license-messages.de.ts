/** German messages of the license purchase rules, loaded only when German is used. */
export default {
  chooseAccount: 'Wählen Sie ein Konto.',
  quantityRange: 'Geben Sie eine ganze Zahl von {min} bis {max} ein.',
  chooseContract: 'Wählen Sie einen Vertrag.',
  contractInactive: 'Der Vertrag „{name}“ ist nicht mehr aktiv.',
  contractNoPermission: 'Sie sind nicht berechtigt, unter „{name}“ Lizenzen anzulegen.',
  productNotInContract: 'Dieses Produkt gehört nicht mehr zum Vertrag. Wählen Sie ein anderes Produkt.',
};
