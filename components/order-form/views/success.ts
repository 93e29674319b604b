import { html } from 'lit';
import { successScreen } from '../../../src/ui/widget-views.js';
import type { OrderFormView } from './view.js';

/** What the seed promises after ordering: credentials by email (Cloud), the Order ID (SaaS). */
export function renderSuccess(v: OrderFormView, again: () => void) {
  const o = v.order!;
  const pkg = v.options?.packages.find((p) => p.id === o.packageId);
  const recipients = [...o.credentialsSentTo, ...(o.credentialsToAuthor ? [v.m('credentialsYou')] : [])];
  const list = recipients.length > 1 ? v.m('and', { a: recipients.slice(0, -1).join(', '), b: recipients[recipients.length - 1]! }) : (recipients[0] ?? '');
  return successScreen(
    html`<ck-alert variant="success" heading=${o.kind === 'cloud' ? v.m('successCloud') : v.m('successSaas')}>
      ${o.kind === 'cloud'
        ? recipients.length
          ? html`${v.m('credentialsSent', { recipients: list })} ${v.m('checkEmail')}`
          : v.m('credentialsNotSent')
        : v.m('checkEmailOrderId')}
    </ck-alert>
    <h2 id="heading" tabindex="-1" part="heading">${o.kind === 'cloud' ? v.m('cloudOrder') : v.m('saasOrder')}: ${o.id}</h2>
    <ck-summary-list
      .items=${[
        { label: v.m('orderId'), value: o.id, strong: true },
        { label: v.m('plan'), value: pkg?.name ?? o.packageId },
        { label: v.m('companyName'), value: o.companyName },
        { label: v.m('paymentMethod'), value: o.paymentMethod === 'pre-paid' ? v.m('prePaid') : v.m('postPaid') },
        ...(o.domain ? [{ label: v.m('domain'), value: o.domain }] : []),
        { label: v.m('firstCharge'), value: v.date(o.firstChargeDate) },
      ]}
    ></ck-summary-list>`,
    v.m('newOrder'),
    again,
  );
}
