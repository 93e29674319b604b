/**
 * The demo's subscriptions, with dates relative to `today` (valid on any day): orders of Cloud and
 * SaaS packages (pre-paid and post-paid, in four currencies) with their subscriptions, a service
 * product's subscriptions in every billing type at awkward dates (an anchor on the 31st, one on
 * Feb 29, a term whose last day is today, a period whose last day is tomorrow, a scheduled
 * decrease, two on deactivated plans), and the accounts' active licenses as license
 * subscriptions (renewal fees on the device contract, so a renewal shows one). Built with the
 * server's own functions, so a seeded subscription is what an order or a purchase would make.
 */
import type { BillingTypeId } from '../../core/billing-types.js';
import { money } from '../../core/money.js';
import { percentOf } from '../../core/pricing.js';
import { refundableUntil } from '../../core/refund-windows.js';
import { addDays, addMonths, billingDateInMonth, calendarDate, type CalendarDate, compareDates, dayOf, daysInMonth, monthOf, yearOf } from '../../core/dates.js';
import type { Order } from '../../schemas/order.js';
import type { CatalogPlan, SubscriptionRecord } from '../../server/repository.js';
import { contractPlans, licenseSubscription, onPlan, orderSubscription, packagePlans, periodEndOn, scheduled, termEndAfter } from '../../server/subscription-records.js';
import type { DemoData } from './seed.js';

/** The service product whose subscriptions come in every billing type. */
export const SERVICE_PRODUCT = { key: 'prod-backup', name: 'Cloud Backup Pro' } as const;

/** Renewal fees per license on the device contract (one renewal shows its fee). */
const DEVICE_RENEWAL_FEES: Record<string, number> = { 'prd-laptop': 1500, 'prd-tablet': 1000, 'prd-phone': 750 };

/** Each billing type's period and term (months), price of a seat for a period (USD), and its plans' names. */
const SERVICE_TYPES: readonly { type: BillingTypeId; period: number; term: number; price: number; standard: [string, string]; plus: [string, string]; autoRenew?: false }[] = [
  { type: 'csp-monthly', period: 1, term: 1, price: 500, standard: ['plan-backup-monthly', 'Backup Standard — Monthly'], plus: ['bkp-csp-monthly-plus', 'Backup Plus — Monthly'] },
  { type: 'csp-annual', period: 12, term: 12, price: 5400, standard: ['plan-backup-annual', 'Backup Standard — Annual'], plus: ['bkp-csp-annual-plus', 'Backup Plus — Annual'] },
  { type: 'reservation', period: 12, term: 12, price: 4800, standard: ['bkp-reserved', 'Backup Reserved — 1 year'], plus: ['bkp-reserved-plus', 'Backup Reserved Plus — 1 year'] },
  { type: 'non-recurring', period: 12, term: 12, price: 15000, standard: ['bkp-migration', 'Backup Migration Pack'], plus: ['bkp-migration-plus', 'Backup Migration Pack Plus'], autoRenew: false },
  { type: 'monthly-commitment', period: 1, term: 12, price: 2500, standard: ['plan-backup-advanced', 'Backup Advanced — Monthly'], plus: ['bkp-commit-plus', 'Backup Advanced Plus — Monthly'] },
  { type: 'monthly-commitment-monthly-interval', period: 1, term: 1, price: 2700, standard: ['bkp-commit-m', 'Backup Advanced — Month to month'], plus: ['bkp-commit-m-plus', 'Backup Advanced Plus — Month to month'] },
  { type: 'non-refund', period: 1, term: 12, price: 450, standard: ['bkp-nonrefund', 'Backup Saver — Monthly'], plus: ['bkp-nonrefund-plus', 'Backup Saver Plus — Monthly'] },
  { type: 'pay-in-full', period: 1, term: 12, price: 600, standard: ['bkp-full', 'Backup Team — Pay in full'], plus: ['bkp-full-plus', 'Backup Team Plus — Pay in full'] },
  { type: 'license-based-monthly', period: 1, term: 12, price: 650, standard: ['bkp-license', 'Backup Workstation — Per license'], plus: ['bkp-license-plus', 'Backup Workstation Plus — Per license'] },
  { type: 'g-suite', period: 1, term: 12, price: 300, standard: ['plan-backup-gsuite', 'Legacy G Suite Backup'], plus: ['bkp-gsuite-plus', 'G Suite Backup Plus'] },
  { type: 'eset-isp-monthly', period: 1, term: 1, price: 350, standard: ['bkp-isp', 'Backup ISP — Monthly'], plus: ['bkp-isp-plus', 'Backup ISP Plus — Monthly'] },
  { type: 'payg-internal', period: 1, term: 1, price: 2, standard: ['plan-backup-archive', 'Archive Vault — Pay as you go'], plus: ['bkp-archive-plus', 'Archive Vault Plus — Pay as you go'] },
  { type: 'payg-external', period: 1, term: 12, price: 400, standard: ['bkp-external', 'Backup Connect — Pay as you go'], plus: ['bkp-external-plus', 'Backup Connect Plus — Pay as you go'] },
];

/** Plans no longer sold: the seed's deactivated service plans. */
const DEACTIVATED = new Set(['plan-backup-gsuite', 'plan-backup-basic-2023']);

function servicePlans(): CatalogPlan[] {
  const plan = (type: BillingTypeId, [id, name]: [string, string], unitPrice: number): CatalogPlan => ({
    productKey: SERVICE_PRODUCT.key,
    id,
    name,
    billingType: type,
    currency: 'USD',
    unitPrice,
    periodFee: 0,
    renewalFee: 0,
    maxQuantity: 500,
    active: !DEACTIVATED.has(id),
  });
  return [
    ...SERVICE_TYPES.flatMap((t) => [plan(t.type, t.standard, t.price), plan(t.type, t.plus, Math.round(t.price * 1.6))]),
    plan('csp-annual', ['plan-backup-basic-2023', 'Backup Basic 2023'], 4800),
  ];
}

/** The seller's cost (its distributor's price) is 70 % of the price, the suggested retail price 110 %: the demo's channel. */
function withEconomics(p: CatalogPlan): CatalogPlan {
  const share = (minor: number, basisPoints: number) => percentOf(money(p.currency, minor), basisPoints).minor;
  const shaped = (bp: number) => ({ unitPrice: share(p.unitPrice, bp), periodFee: share(p.periodFee, bp) });
  return { ...p, economics: { cost: shaped(7000), list: shaped(11000) } };
}

/** The latest 31st at least two months before `today`. */
function a31st(today: CalendarDate): CalendarDate {
  let d = addMonths(today, -2);
  while (daysInMonth(yearOf(d), monthOf(d)) < 31) d = addMonths(d, -1);
  return calendarDate(yearOf(d), monthOf(d), 31);
}

/** The latest Feb 29 on or before `today`. */
function aLeapDay(today: CalendarDate): CalendarDate {
  for (let y = yearOf(today); ; y--) {
    if (daysInMonth(y, 2) === 29 && compareDates(calendarDate(y, 2, 29), today) <= 0) return calendarDate(y, 2, 29);
  }
}

const backOnDay = (date: CalendarDate, months: number) => billingDateInMonth(yearOf(addMonths(date, -months)), monthOf(addMonths(date, -months)), dayOf(date));

export interface SeededSubscriptions {
  orders: Order[];
  subscriptionPlans: CatalogPlan[];
  subscriptions: SubscriptionRecord[];
}

export function seedSubscriptions(today: CalendarDate, data: Pick<DemoData, 'organizations' | 'packages' | 'contracts' | 'contractProducts' | 'licenses' | 'accounts'>): SeededSubscriptions {
  const catalog = [
    ...packagePlans(data.packages),
    ...data.contracts.flatMap((c) => contractPlans(c, data.contractProducts[c.id] ?? [], c.id === 'ctr-device-2025' ? DEVICE_RENEWAL_FEES : {})),
    ...servicePlans(),
  ].map(withEconomics);
  const customer = (id: string) => data.organizations.find((o) => o.id === id)!.name;
  const stamp = (date: CalendarDate) => `${date}T09:00:00.000Z`;
  const subscriptions: SubscriptionRecord[] = [];
  let n = 0;
  const ids = () => ({ id: `sub-seed-${String(++n).padStart(3, '0')}`, etag: `v-seed-${n}` });

  // Orders of packages, and the subscriptions they started.
  const orders: Order[] = [];
  const ORDERS: [string, Order['kind'], string, Order['paymentMethod'], string, number, number][] = [
    ['org-contoso', 'saas', 'pkg-saas-pro', 'post-paid', 'USD', 25, 95],
    ['org-contoso', 'cloud', 'pkg-cloud-business', 'pre-paid', 'USD', 40, 200],
    ['org-fabrikam', 'saas', 'pkg-saas-team', 'post-paid', 'GBP', 8, 31],
    ['org-adventure', 'cloud', 'pkg-cloud-starter', 'pre-paid', 'EUR', 12, 300],
    ['org-litware', 'saas', 'pkg-saas-enterprise', 'pre-paid', 'JPY', 150, 10],
  ];
  for (const [i, [orgId, kind, packageId, paymentMethod, currency, users, daysAgo]] of ORDERS.entries()) {
    const billedFrom = addDays(today, -daysAgo);
    const pkg = data.packages.find((p) => p.id === packageId)!;
    const order: Order = {
      id: `ORD-0900${String(i + 1).padStart(2, '0')}`,
      kind,
      status: 'active',
      packageId,
      currency,
      paymentMethod,
      postponedBilling: false,
      firstChargeDate: paymentMethod === 'post-paid' ? addMonths(billedFrom, 1) : billedFrom,
      companyName: customer(orgId),
      credentialsSentTo: [],
      domain: null,
      createdAt: stamp(billedFrom),
      users,
      monthlyPrice: pkg.monthlyPrice[currency]!,
    };
    orders.push(order);
    const billingType = paymentMethod === 'pre-paid' ? 'reservation' : 'payg-external';
    const plan = catalog.find((p) => p.id === packageId && p.currency === currency && p.billingType === billingType)!;
    subscriptions.push(orderSubscription(order, plan, billedFrom, pkg.prepaidMonths, today, ids()));
  }

  // The service product in every billing type, a few per customer, at awkward dates.
  const CUSTOMERS = ['org-contoso', 'org-fabrikam', 'org-adventure', 'org-litware', 'org-coho', 'org-proseware'];
  const tomorrow = addDays(today, 1);
  const awkward: Partial<Record<BillingTypeId, { anchor: CalendarDate; billingDay: number }>> = {
    // Billed on the 31st: short months bill on their last day.
    'csp-monthly': { anchor: a31st(today), billingDay: 31 },
    // A yearly term that started on Feb 29.
    'csp-annual': { anchor: aLeapDay(today), billingDay: 29 },
    // A term whose last day is today (it renews tomorrow).
    'monthly-commitment': { anchor: backOnDay(tomorrow, 12), billingDay: dayOf(tomorrow) },
    // A period whose last day is tomorrow.
    'pay-in-full': { anchor: backOnDay(addDays(today, 2), 3), billingDay: dayOf(addDays(today, 2)) },
  };
  for (const [i, t] of SERVICE_TYPES.entries()) {
    const plan = catalog.find((p) => p.productKey === SERVICE_PRODUCT.key && p.id === t.standard[0])!;
    const quirk = awkward[t.type];
    const anchor = quirk?.anchor ?? addDays(today, -(20 + i * 17));
    const billingDay = quirk?.billingDay ?? dayOf(anchor);
    const quantity = 5 + ((i * 7) % 23);
    const autoRenew = t.autoRenew ?? true;
    const base = {
      ...ids(),
      source: 'order' as const,
      sourceId: `SO-${210400 + i}`,
      customerName: customer(CUSTOMERS[i % CUSTOMERS.length]!),
      productName: SERVICE_PRODUCT.name,
      ...onPlan(plan, quantity),
      unit: 'seats' as const,
      anchorDate: anchor,
      billingDay,
      periodMonths: t.period,
      termMonths: t.term,
      termEnd: termEndAfter(anchor, billingDay, t.term, today),
      autoRenew,
      renewable: plan.active,
      status: 'active' as const,
      pendingChange: null,
      accountId: null,
      contractId: null,
      createdAt: stamp(anchor),
    };
    const s = scheduled({ ...base, periodMaxUntil: base.termEnd });
    subscriptions.push(scheduled({ ...s, periodMaxUntil: periodEndOn(s, today) }));
  }
  // Seats added this week on the reserved plan: a decrease refunds them within their 168-hour
  // windows (the older batch's closes two days after today) and schedules the rest.
  const reserved = subscriptions.find((s) => s.billingType === 'reservation' && s.source === 'order' && s.unit === 'seats')!;
  const added = (id: string, quantity: number, day: CalendarDate) => ({ id, quantity, addedAt: stamp(day), refundableUntil: refundableUntil(stamp(day), reserved.refundWindowHours) });
  Object.assign(reserved, { batches: [added('bat-seed-1', 3, addDays(today, -5)), added('bat-seed-2', 4, addDays(today, -1))] });
  // A scheduled decrease (non-refund: decreases wait for the term's end).
  const saver = subscriptions.find((s) => s.billingType === 'non-refund')!;
  const saverPlan = catalog.find((p) => p.id === saver.planId)!;
  Object.assign(saver, scheduled({ ...saver, pendingChange: { effectiveDate: saver.termEnd, planId: saverPlan.id, planName: saverPlan.name, quantity: saver.quantity - 2, unitPrice: saverPlan.unitPrice, periodFee: 0 } }));
  // A subscription on a plan no longer sold: it runs to its term's end and cannot be renewed.
  const basic = catalog.find((p) => p.id === 'plan-backup-basic-2023')!;
  const annual = subscriptions.find((s) => s.billingType === 'csp-annual')!;
  subscriptions.push({ ...annual, ...ids(), sourceId: 'SO-210399', customerName: customer('org-coho'), planId: basic.id, planName: basic.name, unitPrice: basic.unitPrice, renewable: false, quantity: 9, periodMaxQuantity: 9 });

  // Every account's active licenses of a product, as one subscription each.
  const device = data.contracts.find((c) => c.id === 'ctr-device-2025')!;
  const running = data.licenses.filter((l) => l.status === 'active' && l.contractId === device.id && compareDates(l.endDate, today) > 0);
  for (const key of new Set(running.map((l) => `${l.accountId}|${l.productId}`))) {
    const mine = running.filter((l) => `${l.accountId}|${l.productId}` === key);
    const { accountId, productId } = mine[0]!;
    const endDate = mine.map((l) => l.endDate).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
    const plan = catalog.find((p) => p.productKey === `contract-${device.id}` && p.id === productId)!;
    const accountName = data.accounts.find((a) => a.id === accountId)!.name;
    subscriptions.push(licenseSubscription({ accountId, accountName, contract: device, plan, quantity: mine.length, endDate }, today, { ...ids(), createdAt: stamp(mine[0]!.startDate) }));
  }
  return { orders, subscriptionPlans: catalog, subscriptions };
}
