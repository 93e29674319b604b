import { html } from 'lit';
import { successScreen } from '../../../src/ui/widget-views.js';
import type { Order } from '../../../src/schemas/order.js';
import { displayDomain } from '../../../src/schemas/domain.js';
import type { OrderFormView } from './view.js';

/** What happened, said and focused when the order is placed: "Cloud subscription ordered: <id>". */
export const doneHeading = (v: Pick<OrderFormView, 'm'>, o: Order): string => v.m(o.kind === 'cloud' ? 'doneCloud' : 'doneSaas', { id: o.id });

/** What the seed promises after ordering: credentials by email (Cloud), the Order ID (SaaS). */
export function renderSuccess(v: OrderFormView, again: () => void) {
  const o = v.order!;
  const pkg = v.options?.packages.find((p) => p.id === o.packageId);
  const recipients = [...o.credentialsSentTo, ...(o.credentialsToAuthor ? [v.m('credentialsYou')] : [])];
  const list = recipients.length > 1 ? v.m('and', { a: recipients.slice(0, -1).join(', '), b: recipients[recipients.length - 1]! }) : (recipients[0] ?? '');
  return successScreen(
    doneHeading(v, o),
    html`<ck-alert variant="success">
      ${o.kind === 'cloud'
        ? recipients.length
          ? html`${v.m('credentialsSent', { recipients: list })} ${v.m('checkEmail')}`
          : v.m('credentialsNotSent')
        : v.m('checkEmailOrderId')}
    </ck-alert>
    <ck-summary-list
      .items=${[
        { label: v.m('orderId'), value: o.id, strong: true },
        { label: v.m('plan'), value: pkg?.name ?? o.packageId },
        { label: v.m('companyName'), value: o.companyName },
        { label: v.m('paymentMethod'), value: o.paymentMethod === 'pre-paid' ? v.m('prePaid') : v.m('postPaid') },
        ...(o.domain ? [{ label: v.m('domain'), value: displayDomain(o.domain) }] : []),
        { label: v.m('firstCharge'), value: v.date(o.firstChargeDate) },
      ]}
    ></ck-summary-list>`,
    v.m('newOrder'),
    again,
  );
}
