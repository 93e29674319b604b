import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { amountInputText, canonicalAmount, readAmount } from '../core/amount-text.js';
import { currencyExponent } from '../core/currencies.js';
import { numberSymbols, type MoneyParseResult } from '../core/money.js';
import { CkTextField } from './text-field.js';

/** The message for a money parse failure: a validation message, so it lives in src/schemas. */
export { moneyError } from '../schemas/money-messages.js';

/** Whether `text` already names `currency` as a word ("Recurring fee (USD)", "Practice Test (EUR)"). */
export function namesCurrency(text: string, currency: string): boolean {
  return !!currency && new RegExp(`\\b${currency.replace(/\W/g, '')}\\b`).test(text);
}

/** "`name` (`currency`)", unless the name says its currency already: a label or option never reads "(EUR) (EUR)". */
export function withCurrency(name: string, currency: string): string {
  return namesCurrency(name, currency) ? name : `${name} (${currency})`;
}

/**
 * Money input: decimal text in the locale's format ("1.234,50" in Spanish), with the
 * currency shown beside it. Its `value` is canonical: a decimal string ("1234.50") whenever the
 * text reads as an amount, else the text as typed. So a locale change re-formats the amount and
 * never turns it into an error. It never drops, reorders or rewrites a character while the user
 * types; `parse()` (and `moneyError`) read the value with the billing core.
 *
 * @summary Amount input in a currency, in the locale's number format.
 * @tagname ck-money-field
 */
export class CkMoneyField extends CkTextField {
  /** ISO 4217 code of the amount. */
  @property() currency = 'USD';

  constructor() {
    super();
    this.inputmode = 'decimal';
    this.autocomplete = 'off';
  }

  /** What the user typed, while it is still what `value` holds in this locale and currency. */
  @state() private typed: { text: string; value: string; locale: string; currency: string } | null = null;

  /** Reads the value as Money in the currency. */
  parse(): MoneyParseResult {
    return readAmount(this.value, this.currency, this.loc);
  }

  protected override controlText(): string {
    const t = this.typed;
    if (t && t.value === this.value && t.locale === this.loc && t.currency === this.currency) return t.text;
    return amountInputText(this.value, this.currency, this.loc);
  }

  protected override onInput(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    const value = canonicalAmount(text, this.currency, this.loc) ?? text;
    this.typed = { text, value, locale: this.loc, currency: this.currency };
    this.userInput(value);
  }

  protected override renderControl() {
    const exp = currencyExponent(this.currency);
    this.placeholder ??= exp ? `0${numberSymbols(this.loc).decimal}${'0'.repeat(exp)}` : '0';
    return html`<div class="control"><span class="adornment start" aria-hidden="true">${this.currency}</span>${super.renderControl()}</div>`;
  }

  protected override renderLabel() {
    // The currency is part of the name ("Recurring fee (USD)") unless the label already says it.
    const said = namesCurrency(this.label, this.currency);
    return super.renderLabel('control', said ? nothing : html`<span class="sr-only"> (${this.currency})</span>`);
  }
}
