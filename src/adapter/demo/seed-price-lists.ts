/**
 * The demo distributor's price lists (issue 23): two reseller tiers, Gold (the demo seller's) and
 * Silver, each pricing the service product's "Plus" plans below their own price; Gold's list has
 * a version in force since three months ago and one that starts on the first of next month.
 */
import { addMonths, calendarDate, type CalendarDate, monthOf, yearOf } from '../../core/dates.js';
import type { PriceListVersion } from '../../core/economics.js';
import { money } from '../../core/money.js';
import { percentOf } from '../../core/pricing.js';
import type { CatalogPlan } from '../../server/repository.js';

/** The demo seller's tier. */
export const DEMO_PRICE_TIER = 'gold';

export function seedPriceLists(catalog: readonly CatalogPlan[], today: CalendarDate): PriceListVersion[] {
  const firstOf = (months: number) => {
    const d = addMonths(today, months);
    return calendarDate(yearOf(d), monthOf(d), 1);
  };
  // Each Plus plan in each currency at `basisPoints` of its own price (HALF_UP to the minor unit).
  const at = (basisPoints: number) => {
    const prices: Record<string, Record<string, number>> = {};
    for (const p of catalog.filter((c) => c.id.endsWith('-plus'))) (prices[p.id] ??= {})[p.currency] = percentOf(money(p.currency, p.unitPrice), basisPoints).minor;
    return prices;
  };
  return [
    { tier: 'gold', effectiveFrom: firstOf(-3), prices: at(9500) },
    { tier: 'gold', effectiveFrom: firstOf(1), prices: at(9000) },
    { tier: 'silver', effectiveFrom: firstOf(-3), prices: at(9800) },
  ];
}
