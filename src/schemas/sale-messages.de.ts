/** German messages of the sale rules, loaded only when German is used. */
const de = {
  chooseDistribution: 'Wählen Sie eine Produktdistribution.',
  notSellable: 'Diese Distribution kann nicht als Abonnementplan verkauft werden.',
  usersRange: 'Geben Sie eine ganze Zahl an Benutzern von {min} bis {max} ein.',
  oneCurrency: 'Alle Distributionen eines Verkaufs müssen in einer Währung sein ({currency}).',
  alreadyAdded: 'Diese Distribution ist bereits im Verkauf; entfernen Sie sie zuerst, um ihre Benutzerzahl zu ändern.',
  notPast: 'Das Aktivierungsdatum darf nicht in der Vergangenheit liegen.',
  chooseBillingMethod: 'Wählen Sie eine Abrechnungsmethode.',
  organizationGone: 'Diese Organisation existiert nicht mehr.',
};

export default de;
