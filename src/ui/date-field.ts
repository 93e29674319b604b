import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, compareDates, isCalendarDate } from '../core/dates.js';
import { formatDateText, readDateText } from '../core/date-text.js';
import { dateFormatHint, dateTextError } from '../schemas/date-messages.js';
import { CkTextField } from './text-field.js';

/**
 * Calendar date input in the kit locale's short date ("03/25/2027" in English, "25/03/2027" in
 * Spanish), a text field of our own: the native date input follows the browser's language, not
 * the kit's. Its `value` is canonical: `YYYY-MM-DD` whenever the text reads as a date (the
 * locale's format or ISO), else the text as typed. So drafts and events hold `YYYY-MM-DD`, a
 * locale change re-formats the date and never invalidates it, and no time zone can shift it.
 * A hint says the format; text that is not a date gets a message saying why (the format, a
 * two-digit year, a day the month does not have). ArrowUp/ArrowDown move a day, PageUp/PageDown
 * a month (30 days), within `min`..`max`.
 *
 * @summary Date input in the locale's format whose value is a calendar date string.
 * @tagname ck-date-field
 */
export class CkDateField extends CkTextField {
  /** Earliest allowed date, `YYYY-MM-DD` (for the arrow keys; the widget's rules say why a date is refused). */
  @property() min: string | undefined = undefined;
  /** Latest allowed date, `YYYY-MM-DD`. */
  @property() max: string | undefined = undefined;

  /** What the user typed, while it is still what `value` holds in this locale. */
  @state() private typed: { text: string; value: string; locale: string } | null = null;

  constructor() {
    super();
    this.autocomplete = 'off';
    this.inputmode = 'numeric';
  }

  /** The widget's message, else why the text typed is not a date (the same sentence the schemas give). */
  protected override currentError(): string {
    return this.error || (this.value && !isCalendarDate(this.value) ? dateTextError(this.value, this.loc) : '');
  }

  protected override controlText(): string {
    const t = this.typed;
    if (t && t.value === this.value && t.locale === this.loc) return t.text;
    return isCalendarDate(this.value) ? formatDateText(this.value, this.loc) : this.value;
  }

  protected override onInput(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    const r = readDateText(text, this.loc);
    const value = r.ok ? r.date : text;
    this.typed = { text, value, locale: this.loc };
    this.userInput(value);
  }

  protected override onKeyDown(e: KeyboardEvent): void {
    const days = ({ ArrowUp: 1, ArrowDown: -1, PageUp: 30, PageDown: -30 } as Record<string, number>)[e.key];
    if (days === undefined || this.readonly || this.disabled) return;
    e.preventDefault();
    let next = isCalendarDate(this.value) ? addDays(this.value, days) : (this.min ?? '');
    if (!next) return;
    if (this.min && compareDates(next, this.min) < 0) next = this.min;
    if (this.max && compareDates(next, this.max) > 0) next = this.max;
    this.userInput(next);
  }

  /** The format first, then any hint the widget gives: "Format: MM/DD/YYYY. Today or later." */
  protected override renderHint() {
    const format = this.t('kit.dateFormat', { format: dateFormatHint(this.loc).format });
    return html`<p id="hint" class="hint" part="hint">${format}${this.hint ? ` ${this.hint}` : ''}</p>`;
  }

  protected override describedBy(extra: string[] = []): string {
    return this.hint ? super.describedBy(extra) : ['hint', super.describedBy(extra)].filter(Boolean).join(' ');
  }
}
