import { html } from 'lit';
import type { SubscriptionChangeResult } from '../../../src/schemas/subscription.js';
import { successScreen } from '../../../src/ui/widget-views.js';
import { units, type SubscriptionChangeView } from './view.js';

/** What happened, said and focused: "Subscription changed: Pro Plus, 12 seats", "Change scheduled for …", "Subscription renewed until …". */
export function doneHeading(v: Pick<SubscriptionChangeView, 'm' | 'date'>, r: SubscriptionChangeResult): string {
  const s = r.subscription;
  if (r.applies === 'term-end' && s.pendingChange === null) return v.m('doneRenewed', { date: v.date(s.termEnd) });
  const target = s.pendingChange ?? s;
  const params = { plan: target.planName, quantity: units(v, s.unit, target.quantity), date: v.date(r.effectiveDate) };
  return v.m(s.pendingChange ? 'doneScheduled' : 'doneNow', params);
}

/** The result: what was charged or credited, when it applies, and the subscription now. */
export function renderDone(v: SubscriptionChangeView, again: () => void) {
  const r = v.result!;
  const s = r.subscription;
  const credited = r.creditBalance.minor > 0;
  return successScreen(
    doneHeading(v, r),
    html`<ck-summary-list
      .items=${[
        { label: credited ? v.m('credited') : v.m('charged'), value: v.money(r.dueNow.currency, credited ? r.creditBalance.minor : r.dueNow.minor), strong: true },
        { label: v.m('effective'), value: v.date(r.effectiveDate) },
        { label: v.m('plan'), value: s.planName },
        { label: v.m(s.unit), value: String(s.quantity) },
        { label: v.m('termEnds'), value: v.date(s.termEnd) },
      ]}
    ></ck-summary-list>`,
    v.m('changeAgain'),
    again,
  );
}
