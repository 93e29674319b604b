import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  addDays,
  BILLING_TYPE_IDS,
  type BillingTypeId,
  chargeSchedule,
  type ChargeSchedule,
  formatDate,
  formatMoney,
  isCalendarDate,
  readAmount,
} from '../src/core/index.js';
import { WidgetElement } from '../src/context/index.js';
import { defineMessages } from '../src/i18n/index.js';
import { buttonStyles, moneyError, tokens, widgetStyles } from '../src/ui/index.js';
import { billingTypeName } from '../src/ui/billing-type-messages.js';

// The demo's own strings, registered like any host would add messages.
const t = defineMessages(
  {
    title: 'Charge schedule',
    lead: 'Every amount and date below comes from the billing core: integer minor units, calendar dates, HALF_UP proration.',
    billingType: 'Billing type',
    fee: 'Recurring fee per unit and month',
    currency: 'Currency',
    quantity: 'Units',
    activation: 'Activation date',
    billingDay: 'Billing day',
    billingDayHint: '1 to 31. A day past the end of a month means its last day.',
    term: 'Term in months',
    date: 'Charge date',
    period: 'Period',
    amount: 'Amount',
    total: 'Total',
    charges: '{count} charges',
    prorated: 'prorated {days}/{periodDays} days',
    free: 'free period',
    fixErrors: 'Correct the highlighted fields to see the schedule.',
    wholeNumber: 'Enter a whole number from {min} to {max}.',
    date_invalid: 'Enter a date as YYYY-MM-DD.',
  },
  {
    es: {
      title: 'Calendario de cargos',
      lead: 'Cada importe y fecha viene del núcleo de facturación: unidades menores enteras, fechas de calendario, prorrateo HALF_UP.',
      billingType: 'Tipo de facturación',
      fee: 'Tarifa recurrente por unidad y mes',
      currency: 'Moneda',
      quantity: 'Unidades',
      activation: 'Fecha de activación',
      billingDay: 'Día de facturación',
      billingDayHint: 'De 1 a 31. Un día posterior al fin de mes significa su último día.',
      term: 'Duración en meses',
      date: 'Fecha del cargo',
      period: 'Periodo',
      amount: 'Importe',
      total: 'Total',
      charges: '{count} cargos',
      prorated: 'prorrateado {days}/{periodDays} días',
      free: 'periodo gratuito',
      fixErrors: 'Corrige los campos marcados para ver el calendario.',
      wholeNumber: 'Introduce un número entero de {min} a {max}.',
      date_invalid: 'Introduce una fecha con el formato AAAA-MM-DD.',
    },
  },
  'demo',
);

const whole = (text: string, min: number, max: number) => (/^\d+$/.test(text.trim()) && +text >= min && +text <= max ? Number(text) : null);

/** The foundation's demo: the billing core and the form kit on the msw backend. */
export class DemoPlayground extends WidgetElement {
  static override styles = [
    tokens,
    buttonStyles,
    widgetStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 24px;
        align-items: start;
      }
      @media (max-width: 900px) {
        :host {
          grid-template-columns: 1fr;
        }
      }
      .card {
        background: var(--card-bg, var(--_bg));
        border: 1px solid var(--card-border, var(--_border-subtle));
        border-radius: calc(var(--_radius) * 1.5);
        padding: 24px;
        box-shadow: 0 1px 2px rgb(0 0 0 / 0.04);
      }
      h2 {
        margin: 0 0 4px;
        font-size: 1.2em;
      }
      .lead {
        margin: 0 0 20px;
        color: var(--_muted);
        font-size: 0.93em;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
        gap: 16px;
        margin-bottom: 20px;
      }
      .grid .wide {
        grid-column: span 2;
      }
      caption {
        text-align: start;
        padding-bottom: 8px;
      }
      th,
      td {
        padding: 8px 10px;
        font-size: 0.93em;
      }
      th {
        color: var(--_muted);
        font-weight: 600;
        font-size: 0.8em;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      tfoot td {
        font-weight: 700;
        border-bottom: 0;
      }
      .note {
        color: var(--_muted);
        font-size: 0.85em;
      }
      .scroll {
        overflow-x: auto;
      }
    `,
  ];

  @state() private type: BillingTypeId = 'monthly-commitment';
  @state() private fee = '30.00';
  @state() private currency = 'USD';
  @state() private quantity = '1';
  @state() private activation = '2025-03-11';
  @state() private billingDay = '1';
  @state() private term = '12';

  private tr(key: Parameters<typeof t>[1], params?: Record<string, string | number>) {
    return t(this.loc, key, params);
  }

  private errors() {
    const fee = readAmount(this.fee, this.currency, this.loc);
    return {
      fee: moneyError(fee, this.currency, this.loc),
      quantity: whole(this.quantity, 0, 100000) === null ? this.tr('wholeNumber', { min: 0, max: 100000 }) : '',
      activation: isCalendarDate(this.activation) ? '' : this.tr('date_invalid'),
      billingDay: whole(this.billingDay, 1, 31) === null ? this.tr('wholeNumber', { min: 1, max: 31 }) : '',
      term: whole(this.term, 1, 60) === null ? this.tr('wholeNumber', { min: 1, max: 60 }) : '',
      feeValue: fee.ok ? fee.value.minor : null,
    };
  }

  private schedule(): ChargeSchedule | null {
    const e = this.errors();
    if (e.fee || e.quantity || e.activation || e.billingDay || e.term || e.feeValue === null) return null;
    return chargeSchedule({
      billingType: this.type,
      currency: this.currency,
      activationDate: this.activation,
      billingDay: Number(this.billingDay),
      term: { quantity: Number(this.term), unit: 'month' },
      lines: [{ resourceId: 'units', quantity: Number(this.quantity), recurring: e.feeValue, usage: Number(this.quantity) }],
    });
  }

  private field(key: 'fee' | 'quantity' | 'activation' | 'billingDay' | 'term') {
    return (e: CustomEvent<{ value: string }>) => {
      this[key] = e.detail.value;
    };
  }

  protected override render() {
    const e = this.errors();
    const s = this.schedule();
    const money = (m: { currency: string; minor: number }) => formatMoney(m, this.loc);
    const date = (d: string) => formatDate(d, this.loc);
    return html`
      <section class="card" aria-labelledby="sched-title">
        <h2 id="sched-title">${this.tr('title')}</h2>
        <p class="lead">${this.tr('lead')}</p>
        <div class="grid">
          <ck-select-field
            class="wide"
            label=${this.tr('billingType')}
            no-placeholder
            .value=${this.type}
            .options=${BILLING_TYPE_IDS.map((id) => ({ value: id, label: billingTypeName(this.loc, id) }))}
            @ck-input=${(ev: CustomEvent<{ value: string }>) => (this.type = ev.detail.value as BillingTypeId)}
          ></ck-select-field>
          <ck-select-field
            label=${this.tr('currency')}
            no-placeholder
            .value=${this.currency}
            .options=${['USD', 'EUR', 'JPY', 'KWD'].map((c) => ({ value: c, label: c }))}
            @ck-input=${(ev: CustomEvent<{ value: string }>) => (this.currency = ev.detail.value)}
          ></ck-select-field>
          <ck-money-field label=${this.tr('fee')} .currency=${this.currency} .value=${this.fee} .error=${e.fee} @ck-input=${this.field('fee')}></ck-money-field>
          <ck-number-field label=${this.tr('quantity')} min="0" .value=${this.quantity} .error=${e.quantity} @ck-input=${this.field('quantity')}></ck-number-field>
          <ck-date-field label=${this.tr('activation')} .value=${this.activation} .error=${e.activation} @ck-input=${this.field('activation')}></ck-date-field>
          <ck-number-field label=${this.tr('billingDay')} min="1" max="31" hint=${this.tr('billingDayHint')} .value=${this.billingDay} .error=${e.billingDay} @ck-input=${this.field('billingDay')}></ck-number-field>
          <ck-number-field label=${this.tr('term')} min="1" max="60" .value=${this.term} .error=${e.term} @ck-input=${this.field('term')}></ck-number-field>
        </div>
        ${s
          ? html`<div class="scroll">
              <table>
                <caption class="note">${this.tr('charges', { count: s.charges.length })}</caption>
                <thead>
                  <tr><th scope="col">${this.tr('date')}</th><th scope="col">${this.tr('period')}</th><th scope="col" class="num">${this.tr('amount')}</th></tr>
                </thead>
                <tbody>
                  ${s.charges.map(
                    (c) => html`<tr>
                      <td>${date(c.date)}</td>
                      <td>
                        ${date(c.periodStart)} – ${date(addDays(c.periodEnd, -1))}
                        ${c.proration ? html`<span class="note">· ${this.tr('prorated', c.proration)}</span>` : nothing}
                        ${c.kind === 'free' ? html`<span class="note">· ${this.tr('free')}</span>` : nothing}
                      </td>
                      <td class="num">${money(c.amount)}</td>
                    </tr>`,
                  )}
                </tbody>
                <tfoot>
                  <tr><td colspan="2">${this.tr('total')}</td><td class="num">${money(s.total)}</td></tr>
                </tfoot>
              </table>
            </div>`
          : html`<ck-alert variant="warning">${this.tr('fixErrors')}</ck-alert>`}
      </section>
    `;
  }
}
customElements.define('demo-playground', DemoPlayground);
