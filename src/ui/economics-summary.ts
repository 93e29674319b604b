/**
 * The seller's cost, price and margin of a priced flow's lines and their total, as the order
 * form's summary, the license purchase's preview and the sale wizard's review show them to a user
 * allowed to see cost (the backend sends cost to no one else: docs/billing.md, "Who sees cost").
 */
import { html, nothing } from 'lit';
import type { Economics } from '../core/economics.js';
import { economicsText } from './economics-messages.js';

export interface EconomicsLine {
  label: string;
  economics: Economics;
}

/** The margin's share of the price, "30.00%", in the locale; empty when the price is 0. */
export function percentText(locale: string, e: Economics): string {
  if (e.marginPercent === null) return '';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(e.marginPercent) / 100);
}

/**
 * A summary of cost, price and margin per line and in the total (the exact sums of the lines').
 * Nothing when `lines` is null: the user may not see cost.
 */
export function renderEconomics(v: { readonly localeCode: string; money(currency: string, minor: number): string }, lines: readonly EconomicsLine[] | null, total: Economics | null) {
  if (!lines?.length) return nothing;
  const locale = v.localeCode;
  const t = (key: Parameters<typeof economicsText>[1], params?: Record<string, string>) => economicsText(locale, key, params);
  const fmt = (m: Economics['cost']) => v.money(m.currency, m.minor);
  const margin = (e: Economics) => {
    const percent = percentText(locale, e);
    return percent ? t('withPercent', { amount: fmt(e.margin), percent }) : fmt(e.margin);
  };
  const figures = (e: Economics) =>
    html`<span class="money">${t('cost', { amount: fmt(e.cost) })}</span><br /><span class="money">${t('price', { amount: fmt(e.price) })}</span><br /><span class="money"
        >${t('margin', { amount: margin(e) })}</span
      >${e.belowCost ? html`<br /><span class="tag">${t('belowCost')}</span>` : nothing}`;
  return html`<section part="economics" data-testid="economics" aria-labelledby="economics-h">
    <h4 id="economics-h">${t('heading')}</h4>
    <dl class="sum">
      ${lines.map((l) => html`<dt>${l.label}</dt><dd data-testid="economics-line">${figures(l.economics)}</dd>`)}
      ${total ? html`<dt><strong>${t('total')}</strong></dt><dd data-testid="economics-total">${figures(total)}</dd>` : nothing}
    </dl>
  </section>`;
}
