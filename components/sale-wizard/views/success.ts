import { html } from 'lit';
import type { Sale } from '../../../src/schemas/sale.js';
import { successScreen } from '../../../src/ui/widget-views.js';
import type { SaleWizardView } from '../view.js';
import { lineValue } from './review-step.js';

/** The registered sale: Pending Approval, with the approval email to come. */
export function renderSuccess(v: SaleWizardView, sale: Sale, again: () => void) {
  return successScreen(
    v.m('doneHeading', { name: sale.name }),
    html`<ck-alert variant="success">${v.m('successText')}</ck-alert>
    <ck-summary-list
      .items=${[
        { label: v.m('status'), value: v.m('pendingApproval'), strong: true },
        { label: v.m('organization'), value: sale.organizationName },
        { label: v.m('activationDate'), value: v.date(sale.activationDate) },
        { label: v.m('cancellationDate'), value: v.date(sale.cancellationDate) },
        ...sale.lines.map((l) => ({ label: l.distributionName, value: lineValue(v, l.users, l.unitPrice, l.total) })),
        { label: v.m('saleTotal'), value: v.money(sale.total.currency, sale.total.minor), strong: true },
      ]}
    ></ck-summary-list>`,
    v.m('newSale'),
    again,
    3,
  );
}
