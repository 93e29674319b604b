/** Spanish messages of the sale rules, loaded only when Spanish is used. */
const es = {
  chooseDistribution: 'Elige una distribución del producto.',
  notSellable: 'Esta distribución no se puede vender como plan de suscripción.',
  usersRange: 'Introduce un número entero de usuarios de {min} a {max}.',
  oneCurrency: 'Todas las distribuciones de una venta deben estar en la misma moneda ({currency}).',
  alreadyAdded: 'Esta distribución ya está en la venta; quítala primero para cambiar su número de usuarios.',
  notPast: 'La fecha de activación no puede estar en el pasado.',
  chooseBillingMethod: 'Elige un método de facturación.',
  organizationGone: 'Esta organización ya no existe.',
};

export default es;
