import { html, nothing } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import type { SaleWizardView } from '../view.js';
import { computed } from '../../../src/ui/computed.js';
import { renderEconomics } from '../../../src/ui/economics-summary.js';
import { cancellationDate, lineTotal, saleEconomics, saleTotal } from '../model.js';
import type { StepName } from '../steps.js';

type Amount = { currency: string; minor: number };

/** A distribution line as the review and the done screen show it: "25 users × $25.00 = $625.00". */
export function lineValue(v: SaleWizardView, users: number, unit: Amount, total: Amount): string {
  return `${v.m('lineSummary', { users, price: v.money(unit.currency, unit.minor) })} = ${v.money(total.currency, total.minor)}`;
}

/** Step 4: everything at a glance, each part with its Edit button, and the totals. */
export function renderReviewStep(v: SaleWizardView) {
  const d = v.draft;
  const all = v.distributions;
  const total = computed(v.localeCode, () => saleTotal(d, all));
  const cancel = computed(v.localeCode, () => cancellationDate(d));
  const edit = (step: StepName, title: string) =>
    html`<button class="btn link" aria-label=${v.m('editStep', { step: title })} @click=${() => v.flow.goTo(step)}>${v.m('edit')}</button>`;
  const billing = v.billingMethods.find((b) => b.id === d.billingMethodId)?.name ?? '';
  const people = (list: typeof d.contacts) => (list.length ? list.map((p) => `${isolate(p.firstName, v.localeCode)} ${isolate(p.lastName, v.localeCode)} <${isolate(p.email, v.localeCode)}>`).join(', ') : v.m('none'));
  return html`<p class="lead">${v.m('reviewLead')}</p>
    <section class="review" aria-labelledby="r1">
      <div class="bar"><h3 id="r1">${v.m('stepAccount')}</h3>${edit('account', v.m('stepAccount'))}</div>
      <ck-summary-list
        .items=${[
          { label: v.m('organization'), value: d.orgMode === 'existing' ? d.organizationLabel : v.m('newOrganization', { name: d.newOrganization.name }) },
          { label: v.m('contactsCount'), value: people(d.contacts) },
          { label: v.m('usersCount'), value: people(d.users) },
        ]}
      ></ck-summary-list>
    </section>
    <section class="review" aria-labelledby="r2">
      <div class="bar"><h3 id="r2">${v.m('stepDistribution')}</h3>${edit('distribution', v.m('stepDistribution'))}</div>
      <ck-summary-list
        .items=${[
          ...d.lines.flatMap((l) => {
            const dist = all.find((x) => x.id === l.distributionId);
            if (!dist) return [];
            const q = computed(v.localeCode, () => lineTotal(dist, l.users));
            const value = q.ok ? lineValue(v, l.users, q.value.unitPrice, q.value.total) : q.message;
            return [{ label: dist.name, value }];
          }),
          ...(!total.ok ? [{ label: v.m('saleTotal'), value: total.message, strong: true }] : total.value ? [{ label: v.m('saleTotal'), value: v.money(total.value.currency, total.value.minor), strong: true }] : []),
        ]}
      ></ck-summary-list>
      ${renderSaleEconomics(v)}
    </section>
    <section class="review" aria-labelledby="r3">
      <div class="bar"><h3 id="r3">${v.m('stepSetup')}</h3>${edit('setup', v.m('stepSetup'))}</div>
      <ck-summary-list
        .items=${[
          { label: v.m('status'), value: v.m('pendingApproval') },
          { label: v.m('saleName'), value: d.name },
          { label: v.m('activationDate'), value: v.date(d.activationDate) },
          { label: v.m('cancellationDate'), value: !cancel.ok ? cancel.message : cancel.value ? v.date(cancel.value) : '' },
          { label: v.m('billed'), value: billing },
          ...(d.customerPo ? [{ label: v.m('customerPo'), value: d.customerPo }] : []),
          ...(d.orderNumber ? [{ label: v.m('orderNumber'), value: d.orderNumber }] : []),
          ...(d.comment ? [{ label: v.m('comment'), value: d.comment }] : []),
        ]}
      ></ck-summary-list>
    </section>
    ${nothing}`;
}

/** The seller's cost and margin of each line and the sale (a user allowed to see cost only). */
function renderSaleEconomics(v: SaleWizardView) {
  const e = computed(v.localeCode, () => saleEconomics(v.draft, v.distributions));
  const value = e.ok ? e.value : null;
  return renderEconomics(v, value && value.lines.map((l) => ({ label: l.name, economics: l.economics })), value?.total ?? null);
}
