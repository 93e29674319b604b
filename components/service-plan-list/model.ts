import type { PlanRow } from '../../src/schemas/lists.js';

/** The filter of a product's plans: Active or Inactive. */
export const PLAN_FILTERS = ['status'] as const;
export const PLAN_STATUSES = ['active', 'inactive'] as const;

/** What a period is, for its summary: a duration (count and unit), endless, or a trial of a duration. */
export type PeriodSummary = { kind: 'endless' } | { kind: 'duration'; unit: 'day' | 'month' | 'year'; count: number; trial: boolean };

/** Each period of a plan row, for a summary ("1 month trial, 1 year, Endless"). */
export function periodSummaries(row: Pick<PlanRow, 'periods'>): PeriodSummary[] {
  return row.periods.map((p) => (p.endless || !p.duration ? { kind: 'endless' } : { kind: 'duration', unit: p.duration.unit, count: p.duration.quantity, trial: p.trial }));
}

/** Text without the bidi isolates the catalog puts around names (a field's value is plain text). */
export const plainText = (s: string): string => s.replace(/[\u2068\u2069]/g, '');
