import { html } from 'lit';
import { isolate } from '../../../src/i18n/catalog.js';
import type { Purchase } from '../../../src/schemas/license.js';
import { successScreen } from '../../../src/ui/widget-views.js';
import type { LicensePurchaseView } from '../view.js';

/** What happened, said and focused when the licenses are bought: "3 licenses added to <account>". */
export function doneHeading(v: Pick<LicensePurchaseView, 'm' | 'context'>, purchase: Purchase): string {
  const account = v.context.accounts.find((a) => a.id === purchase.licenses[0]?.accountId)?.name ?? '';
  return v.m('doneHeading', { count: purchase.licenses.length, account });
}

/** The created licenses with their dates. */
export function renderSuccess(v: LicensePurchaseView, purchase: Purchase, again: () => void) {
  const product = v.context.products?.find((p) => p.id === purchase.licenses[0]?.productId)?.name ?? '';
  return successScreen(
    doneHeading(v, purchase),
    html`<p><strong>${isolate(product, v.localeCode)}</strong> · ${v.m('total')}: <span class="money">${v.money(purchase.total.currency, purchase.total.minor)}</span></p>
    <div class="scroll" tabindex="0" role="region" aria-label=${v.m('successTitle')}>
      <table>
        <thead>
          <tr>
            <th scope="col">${v.m('license')}</th>
            <th scope="col">${v.m('startDate')}</th>
            <th scope="col">${v.m('endDate')}</th>
            <th scope="col">${v.m('status')}</th>
          </tr>
        </thead>
        <tbody>
          ${purchase.licenses.map(
            (l) => html`<tr>
              <td>${l.id}</td>
              <td>${v.date(l.startDate)}</td>
              <td>${v.date(l.endDate)}</td>
              <td>${v.m('active')}${l.fromStock ? ` (${v.m('fromStockYes')})` : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`,
    v.m('buyMore'),
    again,
    3,
  );
}
