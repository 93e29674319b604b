import { html } from 'lit';
import type { OrderKind } from '../model.js';
import type { OrderFormView } from './view.js';

/** Cloud, SaaS and On-premise cells, each with what it is and its action. */
export function renderKindChooser(v: OrderFormView, choose: (kind: OrderKind) => void, renew: () => void) {
  const cell = (kind: OrderKind, title: string, text: string, label: string) =>
    html`<li class="cell" part="kind-cell">
      <h3>${title}</h3>
      <p class="note">${text}</p>
      <button class="btn primary" part="order-button" aria-label=${label} @click=${() => choose(kind)}>${v.m('order')}</button>
    </li>`;
  return html`<div class="stack">
    <header>
      <h2 id="heading" tabindex="-1" part="heading">${v.m('title')}</h2>
      <p class="lead">${v.m('chooseLead')}</p>
    </header>
    <ul class="cells">
      ${cell('cloud', v.m('cloud'), v.m('cloudText'), v.m('orderCloud'))} ${cell('saas', v.m('saas'), v.m('saasText'), v.m('orderSaas'))}
      <li class="cell muted" part="kind-cell">
        <h3>${v.m('onPremise')}</h3>
        <p class="note">${v.m('onPremiseText')}</p>
        <button class="btn" part="renew-button" @click=${renew}>${v.m('renew')}</button>
      </li>
    </ul>
  </div>`;
}
