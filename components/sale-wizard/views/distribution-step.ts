import { html, nothing } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import type { Distribution } from '../../../src/schemas/sale.js';
import { computed } from '../../../src/ui/computed.js';
import { withCurrency } from '../../../src/ui/money-field.js';
import { lineTotal, parseUsers, saleTotal, sellable, userLimits } from '../model.js';
import type { SaleWizardView } from '../view.js';

function tiersText(v: SaleWizardView, d: Distribution): string {
  if (!d.tiers?.length) return '';
  let from = 1;
  const parts = d.tiers.map((t) => {
    const price = v.money(d.currency, t.unitPrice);
    const s = t.upTo === null ? v.m('tierOpen', { from, price }) : v.m('tier', { from, to: t.upTo, price });
    from = (t.upTo ?? 0) + 1;
    return s;
  });
  return v.m('tiers', { tiers: parts.join(' · ') });
}

/** The line being composed: distribution (its price, type and key length shown) and number of users, priced live. */
function renderPendingLine(v: SaleWizardView) {
  const d = v.draft;
  const options = sellable(v.distributions);
  const chosen = options.find((x) => x.id === d.pending.distributionId);
  const users = parseUsers(d.pending.users);
  const { min, max } = userLimits(chosen);
  // Figures from the core: one it refuses (a backend price times many users past 2^53) shows why, where it would be.
  const price = chosen && users !== null && users >= min && users <= max ? computed(v.localeCode, () => lineTotal(chosen, users)) : null;
  const days = chosen?.keyLengthDays ?? 180;
  return html`<div class="fields">
    <ck-select-field
      class="wide"
      label=${v.m('productDistribution')}
      required
      .options=${options.map((x) => ({ value: x.id, label: withCurrency(isolate(x.name, v.localeCode), x.currency) }))}
      .value=${d.pending.distributionId}
      ?submitted=${v.pending.submitted || v.form.submitted}
      .error=${v.err('pending.distributionId')}
      data-path="pending.distributionId"
      @ck-input=${v.form.on('pending.distributionId')}
    ></ck-select-field>
    <ck-text-field
      label=${v.m('distributionPrice')}
      readonly
      .value=${chosen ? v.m('perUser', { price: v.money(chosen.currency, chosen.unitPrice) }) : '—'}
      hint=${chosen ? tiersText(v, chosen) : ''}
      data-path="distributionPrice"
    ></ck-text-field>
    <ck-text-field label=${v.m('salesType')} readonly .value=${v.m('perUserType')} hint=${v.m('salesTypeHint')} data-path="salesType"></ck-text-field>
    <ck-number-field
      label=${v.m('numberOfUsers')}
      required
      min=${min}
      max=${max}
      .value=${d.pending.users}
      warning=${v.m('usersWarning')}
      ?submitted=${v.pending.submitted || v.form.submitted}
      .error=${v.err('pending.users')}
      data-path="pending.users"
      @ck-input=${v.form.on('pending.users')}
    ></ck-number-field>
    <ck-text-field
      label=${v.m('salesPrice')}
      readonly
      .value=${price?.ok ? v.money(price.value.total.currency, price.value.total.minor) : '—'}
      hint=${price?.ok ? v.m('lineSummary', { users: users!, price: v.money(price.value.unitPrice.currency, price.value.unitPrice.minor) }) : ''}
      .error=${price && !price.ok ? price.message : ''}
      ?submitted=${!!price && !price.ok}
      data-path="salesPrice"
    ></ck-text-field>
    <ck-text-field class="wide" label=${v.m('keyLength')} readonly .value=${v.m('keyLengthValue', { days })} hint=${v.m('keyLengthHint', { days })} data-path="keyLength"></ck-text-field>
  </div>`;
}

/** One line of the sale, priced, with its error (a backend's or a rule's) and its Remove button. */
function renderLine(v: SaleWizardView, line: { distributionId: string; users: number }, i: number) {
  // A line whose distribution left the catalog (a restored draft) still shows, with why it cannot be sold.
  const dist = v.distributions.find((x) => x.id === line.distributionId);
  const name = dist?.name ?? line.distributionId;
  const q = dist ? computed(v.localeCode, () => lineTotal(dist, line.users)) : null;
  const err = v.err(`lines.${i}`) || (q && !q.ok ? q.message : '');
  return html`<li>
    <span class="grow"
      ><strong>${name}</strong><br /><span class="note"
        >${q?.ok ? v.m('lineSummary', { users: line.users, price: v.money(q.value.unitPrice.currency, q.value.unitPrice.minor) }) : nothing}</span
      >${err ? html`<br /><span class="line-error">${err}</span>` : nothing}</span
    >
    <span class="money">${q?.ok ? v.money(q.value.total.currency, q.value.total.minor) : '—'}</span>
    <button class="btn link" aria-label=${v.m('removeLine', { name })} @click=${() => v.pending.remove(i)}>${v.m('remove')}</button>
  </li>`;
}

/** Step 2: distributions with their price, the number of users and the lines of the sale. */
export function renderDistributionStep(v: SaleWizardView) {
  const d = v.draft;
  const total = computed(v.localeCode, () => saleTotal(d, v.distributions));
  return html`<p class="lead">${v.m('distributionLead')}</p>
    ${renderPendingLine(v)}
    <div class="actions start">
      <button class="btn" data-action="add-distribution" @click=${() => void v.pending.add()}>+ ${v.m('addDistribution')}</button>
    </div>
    <section class="section" aria-labelledby="lines-h">
      <h3 id="lines-h">${v.m('lines')}</h3>
      ${d.lines.length ? html`<ul class="lines" data-testid="lines">${d.lines.map((l, i) => renderLine(v, l, i))}</ul>` : html`<p class="note">${v.m('noLines')}</p>`}
      ${!total.ok
        ? html`<ck-alert variant="error" data-testid="sale-total">${total.message}</ck-alert>`
        : total.value
          ? html`<p class="total" data-price=${`${v.m('saleTotal')} ${v.money(total.value.currency, total.value.minor)}`}><span>${v.m('saleTotal')}</span> <span class="money big" data-testid="sale-total">${v.money(total.value.currency, total.value.minor)}</span></p>`
          : nothing}
    </section>`;
}
