/** Spanish messages of the license purchase rules, loaded only when Spanish is used. */
export default {
  chooseAccount: 'Elige una cuenta.',
  quantityRange: 'Introduce un número entero de {min} a {max}.',
};
