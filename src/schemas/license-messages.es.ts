/** Spanish messages of the license purchase rules, loaded only when Spanish is used. */
export default {
  chooseAccount: 'Elige una cuenta.',
  quantityRange: 'Introduce un número entero de {min} a {max}.',
  chooseContract: 'Elige un contrato.',
  contractInactive: 'El contrato «{name}» ya no está activo.',
  contractNoPermission: 'No tienes permiso para crear licencias con el contrato «{name}».',
  productNotInContract: 'Este producto ya no forma parte del contrato. Elige otro producto.',
};
