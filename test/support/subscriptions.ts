import type { SubscriptionTerms } from '../../src/core/change-quote.js';
import type { Subscription } from '../../src/schemas/subscription.js';

/** 10 seats of Pro at $10.00 a month, CSP monthly, in the period Jan 15 - Feb 15, 2027 of a term to Jan 15, 2028: the billing docs' examples. */
export const SEATS_TERMS: SubscriptionTerms = {
  billingType: 'csp-monthly',
  currency: 'USD',
  planId: 'pro',
  quantity: 10,
  unitPrice: 1000,
  periodStart: '2027-01-15',
  periodEnd: '2027-02-15',
  termEnd: '2028-01-15',
  periodMonths: 1,
  termMonths: 12,
  autoRenew: true,
};

/** A subscription record of 10 seats of Pro at $10.00 a month (CSP monthly, auto-renewing), with `r` over it. */
export function subscriptionRecord(r: Partial<Subscription> & Pick<Subscription, 'anchorDate' | 'billingDay' | 'termEnd'>): Subscription {
  return {
    id: 'SUB-SEATS',
    source: 'order',
    sourceId: 'ORD-100001',
    customerName: 'Bücher GmbH',
    productName: 'Office Online',
    planId: 'pro',
    planName: 'Pro',
    billingType: 'csp-monthly',
    currency: 'USD',
    unit: 'seats',
    quantity: 10,
    periodMaxQuantity: 10,
    maxQuantity: null,
    unitPrice: 1000,
    periodFee: 0,
    renewalFee: 0,
    periodMonths: 1,
    termMonths: 12,
    autoRenew: true,
    renewable: true,
    status: 'active',
    pendingChange: null,
    etag: 'e1',
    ...r,
  };
}
