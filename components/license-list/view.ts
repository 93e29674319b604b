import type { LicenseRow } from '../../src/schemas/lists.js';
import type { LicenseListMessage } from './messages.js';

/** What the views read from <license-list>; the element implements it. */
export interface LicenseListView {
  m(key: LicenseListMessage, params?: Record<string, string | number>): string;
  date(date: string, style?: 'long' | 'medium' | 'short'): string;
  /** Renew the row's subscription, or add licenses to it (in <subscription-change>). */
  changeLicenses(row: LicenseRow, action: 'change' | 'renew'): void;
}
