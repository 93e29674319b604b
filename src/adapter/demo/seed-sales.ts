/**
 * The demo's sales: 300 of them, registered by the seller and three of its child organizations,
 * in every status, with dates relative to `today` (valid on any day) and everything else the
 * same every day (a fixed pseudo-random sequence). Enough to page, sort, search and filter
 * Sales management: "all the sales (from your own organization and child organization)".
 */
import { addDays, type CalendarDate } from '../../core/dates.js';
import { saleCancellationDate, saleLineQuote } from '../../core/quotes.js';
import type { SaleStatus } from '../../schemas/lists.js';
import type { Distribution, Organization } from '../../schemas/sale.js';
import type { SaleRecord } from '../../server/repository.js';
import type { DemoData } from './seed.js';

/** Who registers how many sales, in which distribution. */
const SELLERS = [
  { id: 'org-northwind', short: 'nw', count: 160, distributionId: 'dist-itpro-usd' },
  { id: 'org-northwind-iberia', short: 'ib', count: 60, distributionId: 'dist-itpro-eur' },
  { id: 'org-northwind-mx', short: 'mx', count: 50, distributionId: 'dist-itpro-usd' },
  { id: 'org-northwind-jp', short: 'jp', count: 30, distributionId: 'dist-itpro-jpy' },
] as const;

const NAMES = ['Spring cohort', 'Autumn cohort', 'Security bootcamp', 'Cloud fundamentals', 'New hires onboarding', 'Exam prep', 'Team renewal', 'Pilot group', 'Formación Azure', 'Éxito certificación', '資格 研修', 'Night classes'];
const PEOPLE = [
  ['Ana', 'García'],
  ['Liam', 'Smith'],
  ['Yuki', 'Tanaka'],
  ['Sofía', 'Martínez'],
  ['Noah', 'Brown'],
  ['Chloé', 'Dubois'],
  ['Mateo', 'López'],
  ['Aiko', 'Sato'],
] as const;
const NOTES: Partial<Record<SaleStatus, string[]>> = {
  rejected: ['The customer PO number is missing.', 'Duplicate of an approved sale.', 'The organization is on credit hold.'],
  cancelled: ['Cancelled at the customer’s request.', 'The course was replaced by another sale.'],
};

/** A fixed pseudo-random sequence (mulberry32): the same sales every day. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An instant on `date` (UTC) at a minute of the working day. */
const at = (date: CalendarDate, minute: number) => new Date(`${date}T08:00:00.000Z`).getTime() + minute * 60_000;
const stamp = (ms: number) => new Date(ms).toISOString();

/** The seed's sales, by the organization that registered them. */
export function seedSales(today: CalendarDate, data: Pick<DemoData, 'organizations' | 'distributions' | 'billingMethods'>): { sellerId: string; sales: SaleRecord[] }[] {
  const next = random(20270101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return SELLERS.map((seller) => {
    const d = data.distributions.find((x) => x.id === seller.distributionId) as Distribution;
    const customers: Organization[] = data.organizations.filter((o) => o.parentId === seller.id);
    if (!customers.length) customers.push(data.organizations.find((o) => o.id === seller.id)!);
    const sales = Array.from({ length: seller.count }, (_, i): SaleRecord => {
      const roll = next();
      const status: SaleStatus = roll < 0.12 ? 'pending-approval' : roll < 0.7 ? 'approved' : roll < 0.82 ? 'rejected' : 'cancelled';
      // Every instant at least two calendar days back (the latest 18:00 UTC): before "now" in any business time zone.
      const daysAgo = status === 'pending-approval' ? 2 + Math.floor(next() * 10) : 5 + Math.floor(next() * 415);
      const createdDate = addDays(today, -daysAgo);
      const created = at(createdDate, Math.floor(next() * 600));
      const activationDate = addDays(createdDate, Math.floor(next() * 15));
      const users = (d.minUsers ?? 1) + Math.floor(next() * 300);
      const price = saleLineQuote(d, users);
      const customer = pick(customers);
      const history: SaleRecord['statusHistory'] = [{ status: 'pending-approval', at: stamp(created), note: '' }];
      const decided = created + (1 + Math.floor(next() * 3)) * 86_400_000;
      if (status === 'approved' || status === 'cancelled') history.push({ status: 'approved', at: stamp(decided), note: '' });
      if (status === 'rejected') history.push({ status: 'rejected', at: stamp(decided), note: pick(NOTES.rejected!) });
      if (status === 'cancelled') history.push({ status: 'cancelled', at: stamp(decided + Math.floor((daysAgo - 4) / 3) * 86_400_000), note: pick(NOTES.cancelled!) });
      const people = PEOPLE.slice(0, Math.floor(next() * 4)).map(([firstName, lastName]) => ({ firstName, lastName, email: `${firstName}.${lastName}@example.com`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() }));
      const n = String(i + 1).padStart(3, '0');
      return {
        id: `sale-seed-${seller.short}-${n}`,
        status,
        name: `${pick(NAMES)} ${n}`,
        organizationId: customer.id,
        organizationName: customer.name,
        activationDate,
        cancellationDate: saleCancellationDate(activationDate),
        lines: [{ distributionId: d.id, distributionName: d.name, users, unitPrice: price.unitPrice, total: price.total, keyLengthDays: d.keyLengthDays }],
        total: price.total,
        customerPo: next() < 0.6 ? `PO-${20000 + Math.floor(next() * 80000)}` : '',
        orderNumber: next() < 0.5 ? `SO-${100000 + Math.floor(next() * 900000)}` : '',
        billingMethodId: pick(data.billingMethods).id,
        comment: next() < 0.3 ? 'Invoice the customer’s training budget.' : '',
        createdAt: stamp(created),
        users: people,
        statusHistory: history,
      };
    });
    return { sellerId: seller.id, sales };
  });
}
