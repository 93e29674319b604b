import type { Subscription } from '../../src/schemas/subscription.js';

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
