import type { EconomicsKey } from './economics-messages.js';

/** Spanish words of the seller's cost and margin, loaded only when Spanish is used. */
const es: Record<EconomicsKey, string> = {
  heading: 'Tu costo y tu margen',
  cost: 'Tu costo {amount}',
  price: 'Precio {amount}',
  margin: 'Tu margen {amount}',
  withPercent: '{amount} ({percent})',
  total: 'Total',
  belowCost: 'Por debajo de tu costo',
};

export default es;
