import { LICENSE_STATES, type LicenseState } from '../../src/schemas/lists.js';

/** The filter of an account's licenses: Active (every license still running), Expiring, Expired. */
export const LICENSE_FILTERS = ['status'] as const;
export { LICENSE_STATES };

/** How a state is shown: a badge tone. */
export const stateTone = (state: LicenseState): 'ok' | 'warn' | 'off' => (state === 'active' ? 'ok' : state === 'expiring' ? 'warn' : 'off');

/** The row a license just bought is listed in (rows are one product, contract and dates: see licenseRow). */
export const rowIdOf = (l: { productId: string; contractId: string; startDate: string; endDate: string; status: 'active' | 'expired' }): string =>
  [l.productId, l.contractId, l.startDate, l.endDate, l.status].join('|');
