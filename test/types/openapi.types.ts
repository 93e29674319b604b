// The REST contract as a host's generated client sees it (#15, point 11): the types
// openapi-typescript makes of docs/openapi.yaml (scripts/check-openapi.mjs writes them where
// tsconfig.json here maps `channelkit-openapi-types`) against the kit's own types from
// src/schemas. A request body the kit sends is one the contract allows and the reverse; an answer
// the contract describes is what the kit's adapter accepts and the reverse. Checked by tsc alone:
// `Same<…>` is `false` where they part, and `Assert` then names the line.
import type { operations } from 'channelkit-openapi-types';
import type { Order, OrderInput, Purchase, PurchaseInput, Sale, SaleInput, ServicePlan } from '../../src/schemas/index.js';

type Json<T> = T extends { content: { 'application/json': infer A } } ? A : never;
type Body<Op extends keyof operations> = operations[Op] extends { requestBody: infer R } ? Json<R> : never;
type Answer<Op extends keyof operations, S extends keyof operations[Op]['responses']> = Json<operations[Op]['responses'][S]>;

/** true when A and B are assignable to each other (never is not: a misnamed operation fails). */
type Same<A, B> = [A] extends [never] ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type ContractMatchesTheKit = [
  // POST /sales: register a sale
  Assert<Same<Body<'createSale'>, SaleInput>>,
  Assert<Same<Answer<'createSale', 201>, Sale>>,
  // POST /orders: order a Cloud or SaaS subscription
  Assert<Same<Body<'createOrder'>, OrderInput>>,
  Assert<Same<Answer<'createOrder', 201>, Order>>,
  // POST /license-purchases: buy licenses
  Assert<Same<Body<'purchaseLicenses'>, PurchaseInput>>,
  Assert<Same<Answer<'purchaseLicenses', 201>, Purchase>>,
  // POST /products/{productId}/plans and PUT /plans/{planId}: create and save a service plan
  Assert<Same<Body<'createPlan'>, ServicePlan>>,
  Assert<Same<Answer<'createPlan', 201>, ServicePlan>>,
  Assert<Same<Body<'updatePlan'>, ServicePlan>>,
  Assert<Same<Answer<'updatePlan', 200>, ServicePlan>>,
];
