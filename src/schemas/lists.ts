/**
 * The list screens' data: one list model for every list (sales, an account's licenses, service
 * plans), the rows each one shows, and the rules both a backend and a list apply (a license's
 * state, when a sale's keys renew, the order text sorts in).
 *
 * The query is the one `ListQueryController` (src/ui/controllers/list-query.ts) keeps:
 * `{ search, filters, sort: { key, direction } | null, page (1-based), pageSize (≤ 100) }`, and a
 * page is `{ items, total, page, pageSize }`. Over REST the query travels as URL parameters
 * (`listQueryParams`): `search`, one parameter per filter, `sort` and `direction`, `page` and
 * `pageSize`. A backend answers a query it cannot read (an unknown sort key, filter or
 * parameter, a page size over 100) with 422 and a message per field.
 *
 * The model itself (query, page, URL parameters, text order) is list-model.ts, exported here too.
 *
 * This module is not part of the existing widgets' import graph (they must not grow), nor of
 * RestAdapter's: the list elements, RestListAdapter (src/adapter/rest-list-adapter.ts) and the
 * server import it.
 */
import * as z from 'zod/mini';
import { BILLING_TYPE_IDS } from '../core/billing-types.js';
import { addDays, type CalendarDate, daysBetween, monthOf, yearOf } from '../core/dates.js';
import { calendarDateSchema, durationSchema, id, moneySchema, optionalText, wholeNumber } from './common.js';
import { listPageSchema, listQuerySchema } from './list-model.js';
import { servicePlanShape } from './plan.js';

export * from './list-model.js';

// ---- sales ------------------------------------------------------------------------------------

/** A sale's status: created Pending Approval, then Approved or Rejected; an approved sale may be Cancelled. */
export const SALE_STATUSES = ['pending-approval', 'approved', 'rejected', 'cancelled'] as const;
export type SaleStatus = (typeof SALE_STATUSES)[number];
export const saleStatusSchema = z.enum(SALE_STATUSES);

/** Whose sales a list shows: the seller's own organization's, its child organizations', or both. */
export const SALE_SCOPES = ['own', 'children', 'all'] as const;
export type SaleScope = (typeof SALE_SCOPES)[number];

/** Columns the sales list sorts by. `status` sorts in workflow order (SALE_STATUSES); `total` by currency, then amount. */
export const SALE_SORTS = ['name', 'organization', 'distributions', 'userCount', 'total', 'status', 'activationDate', 'cancellationDate', 'createdAt'] as const;
export type SaleSort = (typeof SALE_SORTS)[number];

export const salesQuerySchema = listQuerySchema(SALE_SORTS, { status: z.enum(SALE_STATUSES, 'v.choose'), scope: z.enum(SALE_SCOPES, 'v.choose') });
export type SalesQuery = z.infer<typeof salesQuerySchema>;

/** The default order of the sales list: newest first. */
export const SALES_DEFAULT_SORT = { key: 'createdAt', direction: 'desc' } as const;

const saleRowShape = {
  id: id(),
  name: z.string(),
  status: saleStatusSchema,
  /** The organization the sale is for. */
  organizationId: id(),
  organizationName: z.string(),
  /** The organization that registered it: the seller's own or one of its child organizations (the scope filter). */
  sellerOrganizationId: id(),
  /** The names of its product distributions, in the sale's order. */
  distributions: z.array(z.string()),
  /** Users over all its distributions. */
  userCount: wholeNumber(0),
  /** Sales price. */
  total: moneySchema(),
  activationDate: calendarDateSchema(),
  cancellationDate: calendarDateSchema(),
  createdAt: z.string(),
};

/** A row of the sales list (Sales management). */
export const saleRowSchema = z.object(saleRowShape);
export type SaleRow = z.infer<typeof saleRowSchema>;

export const saleUserSchema = z.object({ firstName: z.string(), lastName: z.string(), email: z.string() });
export type SaleUser = z.infer<typeof saleUserSchema>;

/** One step of a sale's status history. */
export const saleStatusChangeSchema = z.object({ status: saleStatusSchema, at: z.string(), note: z.string() });
export type SaleStatusChange = z.infer<typeof saleStatusChangeSchema>;

/** A sale's detail: the row, each distribution with its key length and renewals, users, numbers, comment and history. */
export const saleDetailSchema = z.object({
  ...saleRowShape,
  lines: z.array(
    z.object({
      distributionId: id(),
      distributionName: z.string(),
      users: wholeNumber(1),
      unitPrice: moneySchema(),
      total: moneySchema(),
      /** How long a user's key runs (180 days for IT PRO / Practice Test). */
      keyLengthDays: wholeNumber(1),
      /** When a key made on the activation date renews, before the sale's cancellation date (see keyRenewalDates). */
      keyRenewalDates: z.array(calendarDateSchema()),
    }),
  ),
  users: z.array(saleUserSchema),
  customerPo: z.string(),
  orderNumber: z.string(),
  billingMethodId: z.string(),
  comment: z.string(),
  /** Oldest first; the first is the creation (Pending Approval). */
  statusHistory: z.array(saleStatusChangeSchema),
});
export type SaleDetail = z.infer<typeof saleDetailSchema>;

/** The body of approving or rejecting a sale: an optional note kept in the status history. */
export const saleStatusChangeInputSchema = z.object({ note: optionalText(500) });

/**
 * When a key made on `activationDate` renews: a key that expires before the subscription ends is
 * renewed for another `keyLengthDays` ("the system will automatically renew it for another 180
 * days"), so every `keyLengthDays` from activation, up to (not including) the cancellation date.
 */
export function keyRenewalDates(activationDate: CalendarDate, cancellationDate: CalendarDate, keyLengthDays: number): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let d = addDays(activationDate, keyLengthDays); d < cancellationDate && dates.length < 1000; d = addDays(d, keyLengthDays)) dates.push(d);
  return dates;
}

// ---- an account's licenses ---------------------------------------------------------------------

/**
 * A license's state on a day: expired once its end date is reached (or it was marked expired);
 * expiring when it ends within EXPIRING_WITHIN_DAYS; else active. The Active filter lists active
 * and expiring ones (every license still running), Expiring only those, Expired the rest.
 */
export const LICENSE_STATES = ['active', 'expiring', 'expired'] as const;
export type LicenseState = (typeof LICENSE_STATES)[number];
export const EXPIRING_WITHIN_DAYS = 30;

export function licenseState(endDate: CalendarDate, status: 'active' | 'expired', today: CalendarDate): LicenseState {
  if (status === 'expired' || endDate <= today) return 'expired';
  return daysBetween(today, endDate) <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'active';
}

/** Whether a license still running on `today` ends in today's calendar month. */
export function expiresThisMonth(endDate: CalendarDate, status: 'active' | 'expired', today: CalendarDate): boolean {
  return licenseState(endDate, status, today) !== 'expired' && yearOf(endDate) === yearOf(today) && monthOf(endDate) === monthOf(today);
}

/** Whether a license in `state` is listed under the filter `filter`. */
export function licenseMatches(state: LicenseState, filter: LicenseState): boolean {
  return filter === 'active' ? state !== 'expired' : state === filter;
}

export const LICENSE_SORTS = ['product', 'quantity', 'startDate', 'endDate', 'daysLeft'] as const;
export type LicenseSort = (typeof LICENSE_SORTS)[number];
export const licensesQuerySchema = listQuerySchema(LICENSE_SORTS, { status: z.enum(LICENSE_STATES, 'v.choose'), productId: id() });
export type LicensesQuery = z.infer<typeof licensesQuerySchema>;
/** The default order of an account's licenses: the soonest to end first. */
export const LICENSES_DEFAULT_SORT = { key: 'endDate', direction: 'asc' } as const;

/**
 * A row of an account's licenses: the licenses of one product bought together (one contract, one
 * start and end date), with how many. Rows of one product share `productId`, so a list can group
 * them by product.
 */
export const licenseRowSchema = z.object({
  /** Stable per row: the product, contract, dates and stored status. */
  id: id(),
  productId: id(),
  productName: z.string(),
  contractId: id(),
  quantity: wholeNumber(1),
  startDate: calendarDateSchema(),
  endDate: calendarDateSchema(),
  /** Days from the backend's today to the end date; 0 once expired. */
  daysLeft: wholeNumber(0),
  state: z.enum(LICENSE_STATES),
  /** Still running and ends in the backend's current calendar month. */
  expiresThisMonth: z.boolean(),
  /** The subscription these licenses are part of (renew it, add licenses to it), when they still run. */
  subscriptionId: z.optional(z.nullable(id())),
});
export type LicenseRow = z.infer<typeof licenseRowSchema>;

/** Licenses of one product, contract and dates, as a repository groups them. */
export interface LicenseBatch {
  productId: string;
  productName: string;
  contractId: string;
  startDate: CalendarDate;
  endDate: CalendarDate;
  status: 'active' | 'expired';
  quantity: number;
}

/** A batch as the row the list shows on `today`. */
export function licenseRow(b: LicenseBatch, today: CalendarDate): LicenseRow {
  const state = licenseState(b.endDate, b.status, today);
  return {
    id: [b.productId, b.contractId, b.startDate, b.endDate, b.status].join('|'),
    productId: b.productId,
    productName: b.productName,
    contractId: b.contractId,
    quantity: b.quantity,
    startDate: b.startDate,
    endDate: b.endDate,
    daysLeft: state === 'expired' ? 0 : daysBetween(today, b.endDate),
    state,
    expiresThisMonth: expiresThisMonth(b.endDate, b.status, today),
  };
}

// ---- service plans -----------------------------------------------------------------------------

export const PLAN_SORTS = ['name', 'billingType', 'sku', 'active', 'updatedAt'] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];
export const plansQuerySchema = listQuerySchema(PLAN_SORTS, { productId: id(), status: z.enum(['active', 'inactive'], 'v.choose'), billingType: z.enum(BILLING_TYPE_IDS, 'v.choose') });
export type PlansQuery = z.infer<typeof plansQuerySchema>;
/** The default order of the plan list: by name. */
export const PLANS_DEFAULT_SORT = { key: 'name', direction: 'asc' } as const;

/** A row of a product's service plans (the Billing section). */
export const planRowSchema = z.object({
  id: id(),
  productId: id(),
  name: z.string(),
  billingType: z.enum(BILLING_TYPE_IDS),
  sku: z.string(),
  active: z.boolean(),
  /** Each plan period: its duration (null when endless), endless, trial. */
  periods: z.array(z.object({ duration: z.nullable(durationSchema()), endless: z.boolean(), trial: z.boolean() })),
  /** The names of the plan's resources, in the plan's order (the id when the product no longer has it). */
  resources: z.array(z.string()),
  updatedAt: z.optional(z.string()),
});
export type PlanRow = z.infer<typeof planRowSchema>;

// ---- what each list method answers -------------------------------------------------------------

/**
 * The schema of each list adapter method's answer, by method name: RestAdapter checks its
 * answers with them, and a list element passes them to `checkedAdapter` for a host's own adapter.
 * approveSale and rejectSale answer with the sale they changed, setPlanActive with the plan.
 */
export const listResponses = {
  listSales: listPageSchema(saleRowSchema),
  getSale: saleDetailSchema,
  approveSale: saleDetailSchema,
  rejectSale: saleDetailSchema,
  listLicenses: listPageSchema(licenseRowSchema),
  listPlans: listPageSchema(planRowSchema),
  setPlanActive: servicePlanShape,
};
