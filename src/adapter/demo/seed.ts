/**
 * Seed data for the demo backend. Covers every path the seeds describe: a seller with the
 * LTI service and one without, child organizations and resellers, IT PRO / Practice Test
 * distributions (and some not valid for a subscription plan), contracts active, expired,
 * suspended and without permission, stock, licenses that expire soon (see expiringLicensesEnd),
 * next month and already expired, cloud and SaaS plans, data centers, and a product with
 * resources, currencies and languages and six service plans (two deactivated). The sales are in
 * seed-sales.ts.
 */
import { addDays, addMonths, billingDateInMonth, type CalendarDate, daysBetween, monthOf, yearOf } from '../../core/dates.js';
import type { Account, Contract, License, Product } from '../../schemas/license.js';
import type { DataCenter, PlanPackage } from '../../schemas/order.js';
import type { PlanContext, ServicePlan } from '../../schemas/plan.js';
import type { BillingMethod, Distribution, Organization } from '../../schemas/sale.js';

export interface DemoData {
  sellers: { withLti: Organization; withoutLti: Organization };
  organizations: Organization[];
  billingMethods: BillingMethod[];
  distributions: Distribution[];
  contracts: Contract[];
  accounts: Account[];
  contractProducts: Record<string, Product[]>;
  stock: Record<string, number>;
  licenses: License[];
  dataCenters: DataCenter[];
  packages: PlanPackage[];
  orderCurrencies: string[];
  takenDomains: string[];
  planContext: Omit<PlanContext, 'plans'>;
  plans: ServicePlan[];
}

const org = (id: string, name: string, kind: Organization['kind'], parentId: string | null, country: string): Organization => ({ id, name, kind, parentId, country });

/** Days before a month's end from which the "expiring" licenses end a week ahead instead. */
export const EXPIRING_MIN_DAYS = 7;

/**
 * When the account's expiring licenses end: the last day of this month, or, in a month's last
 * week, a week from today (next month), so they are still active and a purchase co-terms
 * with them on every day of the year. The preview's sentence says which ("set to expire this
 * month", "next month").
 */
export function expiringLicensesEnd(today: CalendarDate): CalendarDate {
  const endOfThisMonth = billingDateInMonth(yearOf(today), monthOf(today), 31);
  return daysBetween(today, endOfThisMonth) >= EXPIRING_MIN_DAYS ? endOfThisMonth : addDays(today, EXPIRING_MIN_DAYS);
}

export function seedData(today: CalendarDate): DemoData {
  const expiringEnd = expiringLicensesEnd(today);
  const seller = org('org-northwind', 'Northwind Learning', 'own', null, 'US');
  const organizations = [
    seller,
    org('org-northwind-iberia', 'Northwind Learning Iberia', 'child', 'org-northwind', 'ES'),
    org('org-northwind-mx', 'Northwind Academy México', 'child', 'org-northwind', 'MX'),
    org('org-northwind-jp', 'Northwind Learning Japan', 'child', 'org-northwind', 'JP'),
    org('org-contoso', 'Contoso Training Partners', 'reseller', 'org-northwind', 'US'),
    org('org-fabrikam', 'Fabrikam Skills', 'reseller', 'org-northwind', 'GB'),
    org('org-tailspin', 'Tailspin Education', 'reseller', 'org-northwind-iberia', 'ES'),
    org('org-adventure', 'Adventure Works Academy', 'reseller', 'org-northwind', 'CA'),
    org('org-litware', 'Litware Certification', 'reseller', 'org-northwind', 'DE'),
    org('org-wingtip', 'Wingtip Toys University', 'reseller', 'org-northwind-mx', 'MX'),
    org('org-coho', 'Coho Learning Group', 'reseller', 'org-northwind', 'AU'),
    org('org-proseware', 'Proseware Institute', 'reseller', 'org-northwind', 'US'),
    org('org-lamna', 'Lamna Healthcare Training', 'reseller', 'org-northwind-iberia', 'PT'),
    org('org-alpine', 'Alpine Ski House Academy', 'reseller', 'org-northwind', 'CH'),
  ];
  const withoutLti = org('org-blueyonder', 'Blue Yonder Airlines Training', 'own', null, 'US');

  const practice = (id: string, name: string, currency: string, unitPrice: number, extra: Partial<Distribution> = {}): Distribution => ({
    id,
    name,
    validForSubscriptionPlan: true,
    currency,
    unitPrice,
    keyLengthDays: 180,
    ...extra,
  });
  const distributions: Distribution[] = [
    practice('dist-itpro-usd', 'IT PRO / Practice Test', 'USD', 2500, {
      tiers: [
        { upTo: 49, unitPrice: 2500 },
        { upTo: 249, unitPrice: 2200 },
        { upTo: null, unitPrice: 1900 },
      ],
      minUsers: 1,
      maxUsers: 5000,
    }),
    practice('dist-itpro-eur', 'IT PRO / Practice Test (EUR)', 'EUR', 2300, { minUsers: 5, maxUsers: 1000 }),
    practice('dist-itpro-jpy', 'IT PRO / Practice Test (JPY)', 'JPY', 3800),
    { id: 'dist-video', name: 'IT PRO / Video Course', validForSubscriptionPlan: false, currency: 'USD', unitPrice: 4900, keyLengthDays: 180 },
    { id: 'dist-voucher', name: 'Certification Exam Voucher', validForSubscriptionPlan: false, currency: 'USD', unitPrice: 15000, keyLengthDays: 365 },
    { id: 'dist-labs', name: 'Hands-on Labs Bundle', validForSubscriptionPlan: false, currency: 'EUR', unitPrice: 9900, keyLengthDays: 90 },
  ];

  const contract = (c: Partial<Contract> & Pick<Contract, 'id' | 'name'>): Contract => ({
    status: 'active',
    canCreateLicenses: true,
    conditions: '',
    currency: 'USD',
    termMonths: 12,
    startDate: addMonths(today, -6),
    endDate: addMonths(today, 30),
    productIds: [],
    accountId: null,
    ...c,
  });
  const contracts: Contract[] = [
    contract({
      id: 'ctr-device-2025',
      name: 'Device Services Agreement',
      conditions: 'Net 30 payment terms. Licenses co-terminate with the account’s active licenses of the same product. Replacement devices shipped within 2 business days.',
      productIds: ['prd-laptop', 'prd-tablet', 'prd-phone'],
      minQuantity: 1,
      maxQuantity: 500,
    }),
    contract({
      id: 'ctr-emea-mobility',
      name: 'EMEA Mobility Contract',
      currency: 'EUR',
      termMonths: 24,
      conditions: 'Invoiced quarterly in EUR. Minimum order of 5 devices. Devices must be registered within 30 days of delivery.',
      productIds: ['prd-rugged', 'prd-phone-eu'],
      minQuantity: 5,
      maxQuantity: 200,
    }),
    contract({ id: 'ctr-legacy-2022', name: 'Legacy Fleet Contract 2022', status: 'expired', startDate: '2022-01-01', endDate: '2024-12-31', productIds: ['prd-laptop'], conditions: 'Expired on 2024-12-31.' }),
    contract({ id: 'ctr-kiosk', name: 'Retail Kiosk Contract', canCreateLicenses: false, productIds: ['prd-kiosk'], conditions: 'Managed by the retail division.' }),
    contract({ id: 'ctr-pilot', name: 'Education Pilot Contract', status: 'suspended', productIds: ['prd-tablet'], conditions: 'Suspended pending renewal.' }),
  ];
  const p = (id: string, name: string, sku: string, unitPrice: number, description: string): Product => ({ id, name, sku, unitPrice, description });
  const contractProducts: Record<string, Product[]> = {
    'ctr-device-2025': [
      p('prd-laptop', 'Managed Laptop — Device License', 'DEV-LAP-12', 12000, 'Endpoint management, encryption and remote wipe for one laptop.'),
      p('prd-tablet', 'Managed Tablet — Device License', 'DEV-TAB-12', 8400, 'Kiosk mode, app deployment and remote lock for one tablet.'),
      p('prd-phone', 'Managed Phone — Device License', 'DEV-PHN-12', 6000, 'Mobile device management for one phone.'),
    ],
    'ctr-emea-mobility': [
      p('prd-rugged', 'Rugged Handheld — Device License', 'EU-RGD-24', 21000, 'Two-year license for one rugged handheld scanner.'),
      p('prd-phone-eu', 'Managed Phone EU — Device License', 'EU-PHN-24', 10800, 'Two-year mobile device management, EU data residency.'),
    ],
    'ctr-legacy-2022': [p('prd-laptop', 'Managed Laptop — Device License', 'DEV-LAP-12', 11000, 'Legacy pricing.')],
    'ctr-kiosk': [p('prd-kiosk', 'Retail Kiosk — Device License', 'KSK-12', 9900, 'One retail kiosk.')],
    'ctr-pilot': [p('prd-tablet', 'Managed Tablet — Device License', 'DEV-TAB-12', 7000, 'Pilot pricing.')],
  };
  const accounts: Account[] = [
    { id: 'acc-contoso-hq', name: 'Contoso Ltd — Head office' },
    { id: 'acc-contoso-wh', name: 'Contoso Ltd — Warehouse' },
    { id: 'acc-fabrikam', name: 'Fabrikam Retail Stores' },
  ];
  const licenses: License[] = [];
  for (let i = 1; i <= 10; i++) {
    licenses.push({
      id: `lic-seed-${i}`,
      productId: 'prd-laptop',
      accountId: 'acc-contoso-hq',
      contractId: 'ctr-device-2025',
      startDate: addMonths(expiringEnd, -12),
      endDate: expiringEnd,
      status: 'active',
      fromStock: false,
    });
  }
  // The Active tab's other states: licenses ending next month (the 20th) and some already expired.
  const nextMonth = addMonths(today, 1);
  const endNextMonth = billingDateInMonth(yearOf(nextMonth), monthOf(nextMonth), 20);
  const expired = (id: string, productId: string, accountId: string, endDate: CalendarDate): License => ({
    id,
    productId,
    accountId,
    contractId: 'ctr-device-2025',
    startDate: addMonths(endDate, -12),
    endDate,
    status: 'expired',
    fromStock: false,
  });
  for (let i = 1; i <= 3; i++) licenses.push(expired(`lic-seed-x${i}`, 'prd-phone', 'acc-contoso-hq', addDays(today, -20)));
  for (let i = 1; i <= 2; i++) licenses.push(expired(`lic-seed-xt${i}`, 'prd-tablet', 'acc-contoso-wh', addDays(today, -45)));
  for (let i = 1; i <= 6; i++) {
    licenses.push({
      id: `lic-seed-n${i}`,
      productId: 'prd-laptop',
      accountId: 'acc-contoso-wh',
      contractId: 'ctr-device-2025',
      startDate: addMonths(endNextMonth, -12),
      endDate: endNextMonth,
      status: 'active',
      fromStock: false,
    });
  }
  for (let i = 1; i <= 4; i++) {
    licenses.push({
      id: `lic-seed-t${i}`,
      productId: 'prd-tablet',
      accountId: 'acc-contoso-wh',
      contractId: 'ctr-device-2025',
      startDate: addMonths(today, -5),
      endDate: addMonths(today, 7),
      status: 'active',
      fromStock: false,
    });
  }

  const pkg = (id: string, kind: PlanPackage['kind'], name: string, description: string, maxUsers: number | null, monthlyUsd: number, perUserUsd: number): PlanPackage => ({
    id,
    kind,
    name,
    description,
    maxUsers,
    // EUR and GBP list prices are set by hand like a real price book; JPY has no minor unit.
    monthlyPrice: { USD: monthlyUsd, EUR: Math.round((monthlyUsd * 92) / 100), GBP: Math.round((monthlyUsd * 79) / 100), JPY: Math.round((monthlyUsd * 150) / 100) },
    perUserPrice: { USD: perUserUsd, EUR: Math.round((perUserUsd * 92) / 100), GBP: Math.round((perUserUsd * 79) / 100), JPY: Math.round((perUserUsd * 150) / 100) },
    prepaidMonths: 12,
  });

  const plans: ServicePlan[] = [
    {
      id: 'plan-backup-monthly',
      productId: 'prod-backup',
      name: 'Backup Standard — Monthly',
      active: true,
      description: { en: 'Cloud backup for small teams, billed monthly.', es: 'Copia de seguridad en la nube para equipos pequeños, con pago mensual.', de: '' },
      billingType: 'csp-monthly',
      sku: 'BKP-STD-M',
      periods: [{ id: 'per-1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 0, EUR: 0, JPY: 0 } }],
      resources: [
        { resourceId: 'res-storage', included: 0, minimum: 100, limit: 10000, unlimited: false, fees: { recurring: { USD: 10, EUR: 9, JPY: 15 } } },
        { resourceId: 'res-devices', included: 0, minimum: 1, limit: null, unlimited: true, fees: { recurring: { USD: 500, EUR: 460, JPY: 750 }, setup: { USD: 1000, EUR: 920, JPY: 1500 } } },
      ],
      updatedAt: '2025-01-15T10:00:00.000Z',
    },
    {
      id: 'plan-backup-annual',
      productId: 'prod-backup',
      name: 'Backup Standard — Annual',
      active: true,
      description: { en: 'Cloud backup for small teams, billed yearly.', es: '', de: '' },
      billingType: 'csp-annual',
      sku: 'BKP-STD-A',
      periods: [{ id: 'per-1', duration: { quantity: 1, unit: 'year' }, endless: false, trial: false, fees: { USD: 0, EUR: 0, JPY: 0 } }],
      resources: [{ resourceId: 'res-devices', included: 0, minimum: 1, limit: 500, unlimited: false, fees: { recurring: { USD: 450, EUR: 410, JPY: 680 } } }],
      updatedAt: '2025-01-15T10:00:00.000Z',
    },
    {
      id: 'plan-backup-gsuite',
      productId: 'prod-backup',
      name: 'Legacy G Suite Backup',
      active: false,
      description: { en: 'Kept for existing G Suite customers.', es: '', de: '' },
      billingType: 'g-suite',
      sku: 'BKP-GS',
      periods: [{ id: 'per-1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 0, EUR: 0, JPY: 0 } }],
      resources: [{ resourceId: 'res-users', included: 0, minimum: 1, limit: null, unlimited: true, fees: { recurring: { USD: 300, EUR: 280, JPY: 450 } } }],
      updatedAt: '2024-06-01T10:00:00.000Z',
    },
    {
      id: 'plan-backup-advanced',
      productId: 'prod-backup',
      name: 'Backup Advanced — Monthly',
      active: true,
      description: { en: 'Backup with virtual machines and priority support, billed monthly.', es: '', de: '' },
      billingType: 'monthly-commitment',
      sku: 'BKP-ADV-M',
      periods: [
        { id: 'per-1', duration: { quantity: 14, unit: 'day' }, endless: false, trial: true, fees: { USD: 0, EUR: 0, JPY: 0 } },
        { id: 'per-2', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 0, EUR: 0, JPY: 0 } },
      ],
      resources: [
        { resourceId: 'res-vm', included: 1, minimum: 1, limit: 50, unlimited: false, fees: { recurring: { USD: 2500, EUR: 2300, JPY: 3750 } } },
        { resourceId: 'res-support', included: 1, minimum: 1, limit: 1, unlimited: false, fees: { recurring: { USD: 9900, EUR: 9100, JPY: 14850 } } },
      ],
      updatedAt: '2025-03-02T10:00:00.000Z',
    },
    {
      // Tiered prices (issue 22): devices by graduated tiers, storage by packages of 100 GB.
      id: 'plan-backup-team',
      productId: 'prod-backup',
      name: 'Backup Team — Graduated',
      active: true,
      description: { en: 'Backup for teams: the more devices, the less each one costs.', es: '', de: '' },
      billingType: 'csp-monthly',
      sku: 'BKP-TEAM-M',
      periods: [{ id: 'per-1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 0, EUR: 0, JPY: 0 } }],
      resources: [
        {
          resourceId: 'res-devices',
          included: 0,
          minimum: 1,
          limit: null,
          unlimited: true,
          fees: { recurring: {} },
          pricing: {
            recurring: {
              model: 'graduated',
              tiers: [
                { upTo: 10, prices: { USD: 600, EUR: 550, JPY: 900 } },
                { upTo: 50, prices: { USD: 500, EUR: 460, JPY: 750 }, flats: { USD: 1000, EUR: 920, JPY: 1500 } },
                { upTo: null, prices: { USD: 400, EUR: 370, JPY: 600 } },
              ],
            },
          },
        },
        { resourceId: 'res-storage', included: 0, minimum: 100, limit: null, unlimited: true, fees: { recurring: { USD: 2000, EUR: 1840, JPY: 3000 } }, pricing: { recurring: { model: 'package', blockSize: 100 } } },
      ],
      updatedAt: '2026-11-30T10:00:00.000Z',
    },
    {
      id: 'plan-backup-archive',
      productId: 'prod-backup',
      name: 'Archive Vault — Pay as you go',
      active: true,
      description: { en: 'Long-term archive storage, billed by use.', es: '', de: '' },
      billingType: 'payg-internal',
      sku: 'BKP-ARC-P',
      periods: [{ id: 'per-1', duration: null, endless: true, trial: false, fees: { USD: 0, EUR: 0, JPY: 0 } }],
      resources: [{ resourceId: 'res-storage', included: 0, minimum: 0, limit: null, unlimited: true, fees: { overuse: { USD: 2, EUR: 2, JPY: 3 } } }],
      updatedAt: '2025-02-10T10:00:00.000Z',
    },
    {
      id: 'plan-backup-basic-2023',
      productId: 'prod-backup',
      name: 'Backup Basic 2023',
      active: false,
      description: { en: 'Replaced by Backup Standard; existing subscriptions run until they expire.', es: '', de: '' },
      billingType: 'csp-annual',
      sku: 'BKP-BSC-23',
      periods: [{ id: 'per-1', duration: { quantity: 1, unit: 'year' }, endless: false, trial: false, fees: { USD: 0, EUR: 0, JPY: 0 } }],
      resources: [{ resourceId: 'res-devices', included: 0, minimum: 1, limit: 100, unlimited: false, fees: { recurring: { USD: 400, EUR: 370, JPY: 600 } } }],
      updatedAt: '2023-11-20T10:00:00.000Z',
    },
  ];

  return {
    sellers: { withLti: seller, withoutLti },
    organizations,
    billingMethods: [
      { id: 'bm-invoice-30', name: 'Invoice, 30 days' },
      { id: 'bm-card', name: 'Credit card' },
      { id: 'bm-po', name: 'Purchase order' },
      { id: 'bm-credits', name: 'Prepaid credits' },
    ],
    distributions,
    contracts,
    accounts,
    contractProducts,
    stock: { 'ctr-device-2025|prd-laptop': 5, 'ctr-emea-mobility|prd-rugged': 12 },
    licenses,
    dataCenters: [
      { id: 'dc-fra', name: 'Frankfurt', location: 'Germany (EU)' },
      { id: 'dc-dub', name: 'Dublin', location: 'Ireland (EU)' },
      { id: 'dc-iad', name: 'Virginia', location: 'United States' },
      { id: 'dc-sin', name: 'Singapore', location: 'Singapore' },
    ],
    packages: [
      pkg('pkg-cloud-starter', 'cloud', 'Cloud Starter', 'Up to 25 user accounts, 50 GB each, email support.', 25, 4900, 300),
      pkg('pkg-cloud-business', 'cloud', 'Cloud Business', 'Up to 250 user accounts, 1 TB each, phone support, SSO.', 250, 19900, 250),
      pkg('pkg-cloud-enterprise', 'cloud', 'Cloud Enterprise', 'Unlimited user accounts, unlimited storage, 24/7 support, audit log.', null, 79900, 200),
      pkg('pkg-saas-team', 'saas', 'SaaS Team', 'Up to 10 user accounts, core features.', 10, 2900, 400),
      pkg('pkg-saas-pro', 'saas', 'SaaS Professional', 'Up to 100 user accounts, integrations and reports.', 100, 14900, 350),
      pkg('pkg-saas-enterprise', 'saas', 'SaaS Enterprise', 'Unlimited user accounts, SLA and dedicated manager.', null, 49900, 300),
    ],
    orderCurrencies: ['USD', 'EUR', 'GBP', 'JPY'],
    takenDomains: ['contoso.com', 'taken.example', 'xn--bcher-kva.example'],
    planContext: {
      product: { id: 'prod-backup', name: 'Cloud Backup Pro' },
      resources: [
        { id: 'res-storage', name: 'Backup storage', unit: 'GB' },
        { id: 'res-devices', name: 'Protected devices', unit: 'device' },
        { id: 'res-users', name: 'User accounts', unit: 'user' },
        { id: 'res-vm', name: 'Virtual machine', unit: 'VM' },
        { id: 'res-support', name: 'Priority support', unit: 'plan' },
      ],
      currencies: ['USD', 'EUR', 'JPY'],
      languages: ['en', 'es', 'de'],
    },
    plans,
  };
}
