/** Conformance checks of service plans: create, read back, save with an etag, copy, and each rule refused with its field path. */
import { planContextSchema, servicePlanShape } from '../schemas/plan.js';
import type { Check } from './check.js';
import { check, expectBody, expectEqual, expectError, expectFieldError } from './expect.js';
import { HOSTILE, planBody } from './request-bodies.js';

export const PLAN_CHECKS: Check[] = [
  [
    'Plans: create, read back, save, copy',
    async ({ api, fx }) => {
      const ctx = expectBody(await api.get(`/products/${fx.planProductId}/plan-context`), 200, planContextSchema, 'GET plan-context');
      const body = planBody(ctx.product.id, ctx.currencies, { name: HOSTILE });
      const created = expectBody(await api.send('POST', `/products/${ctx.product.id}/plans`, body), 201, servicePlanShape, 'POST a plan');
      check(created.id, 'a created plan has an id');
      expectEqual(created.name, HOSTILE, 'a hostile plan name, stored and returned verbatim');
      const read = expectBody(await api.get(`/plans/${encodeURIComponent(created.id!)}`), 200, servicePlanShape, 'GET the new plan');
      expectEqual(read.name, HOSTILE, 'the plan name read back');
      expectEqual(read.periods, created.periods, 'the periods read back');
      const saved = expectBody(await api.send('PUT', `/plans/${encodeURIComponent(created.id!)}`, { ...read, name: 'Renamed' }), 200, servicePlanShape, 'PUT the plan');
      expectEqual(saved.name, 'Renamed', 'the saved name');
      // etag: every save gets a new one, and a save over a version the client did not load is a 409 conflict.
      check(saved.etag && saved.etag !== read.etag, 'a save returns a new etag');
      expectError(await api.send('PUT', `/plans/${encodeURIComponent(created.id!)}`, { ...read, name: 'Stale' }), 409, 'a save with the etag of an older version', 'conflict');
      const reread = expectBody(await api.get(`/plans/${encodeURIComponent(created.id!)}`), 200, servicePlanShape, 'GET the plan after a refused stale save');
      expectEqual(reread.name, 'Renamed', 'a refused stale save changes nothing');
      const copy = expectBody(await api.send('POST', `/plans/${encodeURIComponent(created.id!)}/copy`, { name: 'The copy' }), 201, servicePlanShape, 'copy the plan');
      check(copy.id !== created.id && copy.name === 'The copy', 'a copy has its own id and the new name');
      expectEqual(copy.periods, saved.periods, 'a copy keeps the periods');
      const listed = expectBody(await api.get(`/products/${ctx.product.id}/plan-context`), 200, planContextSchema, 'GET plan-context after');
      check(listed.plans.some((p) => p.id === copy.id), 'the copy is listed in the plan context');
    },
  ],
  [
    'Plans: each rule refused with its field path',
    async ({ api, fx }) => {
      const ctx = expectBody(await api.get(`/products/${fx.planProductId}/plan-context`), 200, planContextSchema, 'GET plan-context');
      const post = (extra: Record<string, unknown>) => api.send('POST', `/products/${ctx.product.id}/plans`, planBody(ctx.product.id, ctx.currencies, extra));
      const endless = { id: 'e', duration: null, endless: true, trial: false, fees: Object.fromEntries(ctx.currencies.map((c) => [c, 0])) };
      expectFieldError(await post({ periods: [endless, { ...endless, id: 'e2' }] }), 'periods.1.endless', 'two endless periods');
      expectFieldError(await post({ description: { en: '' } }), 'description.en', 'no English description');
      expectFieldError(await post({ periods: [] }), 'periods', 'no period');
      expectFieldError(await post({ name: '' }), 'name', 'an empty name');
      expectError(await api.send('PUT', `/plans/${crypto.randomUUID()}`, planBody(ctx.product.id, ctx.currencies)), 404, 'saving an unknown plan');
      const first = ctx.plans[0];
      if (first) expectFieldError(await api.send('POST', `/plans/${encodeURIComponent(first.id)}/copy`, { name: ' ' }), 'name', 'a copy without a name');
    },
  ],
];
