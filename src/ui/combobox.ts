import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isAbort } from '../adapter/errors.js';
import { comboboxStyles } from './combobox.styles.js';
import { CkField } from './field.js';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line, e.g. "Reseller · Spain". */
  description?: string;
}

export type ComboboxSearch = (query: string, signal: AbortSignal) => Promise<readonly ComboboxOption[]>;

/** Detail of `ck-select`. */
export interface CkSelectDetail {
  option: ComboboxOption | null;
}

/**
 * Searchable combobox (WAI-ARIA 1.2 combobox with a listbox popup).
 *
 * Typing searches through `search` after `debounce` ms; a newer query aborts the request
 * of the older one, so a stale answer never replaces a fresh one. Keyboard: ArrowDown /
 * ArrowUp move, Home / End jump, Enter chooses, Escape closes (a second Escape clears).
 * The number of results, "no results" and failures are announced in a live region.
 *
 * @summary Searchable single-choice list backed by an async search.
 * @fires ck-select - When the user chooses an option (or clears it); detail `{ option }`.
 * @fires ck-input - When the query text changes; detail `{ value }`.
 * @csspart listbox - The popup list.
 * @csspart option - Each option.
 * @tagname ck-combobox
 */
export class CkCombobox extends CkField<string> {
  static override styles = [...CkField.styles, comboboxStyles];

  /** The chosen option's value. */
  @property() override value = '';
  /** The chosen option's label, shown in the input when not searching. */
  @property({ attribute: 'value-label' }) valueLabel = '';
  @property({ attribute: false }) search: ComboboxSearch | undefined = undefined;
  /** Milliseconds to wait after the last keystroke before searching. */
  @property({ type: Number }) debounce = 250;
  /** Fewest characters before searching (0 searches on focus with an empty query). */
  @property({ type: Number, attribute: 'min-chars' }) minChars = 1;
  @property() placeholder: string | undefined = undefined;

  @state() private query = '';
  @state() private editing = false;
  @state() private open = false;
  @state() private options: readonly ComboboxOption[] = [];
  @state() private active = -1;
  @state() private status: 'idle' | 'loading' | 'done' | 'failed' = 'idle';
  @state() private announcement = '';

  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  /** Number of searches started, for tests and benchmarks. */
  searches = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('valueLabel') && !this.editing) this.query = this.valueLabel;
  }

  private onInput(e: Event): void {
    const q = (e.target as HTMLInputElement).value;
    this.query = q;
    this.editing = true;
    this.dirty = true;
    this.emit('ck-input', { value: q });
    this.schedule(q);
  }

  private schedule(q: string): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    if (q.trim().length < this.minChars) {
      this.open = false;
      this.options = [];
      this.status = 'idle';
      return;
    }
    this.timer = setTimeout(() => void this.run(q), this.debounce);
  }

  private async run(q: string): Promise<void> {
    if (!this.search) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.searches++;
    this.status = 'loading';
    this.open = true;
    this.announcement = this.t('kit.searching');
    try {
      const found = await this.search(q.trim(), controller.signal);
      if (controller.signal.aborted) return;
      this.options = found;
      this.active = found.length ? 0 : -1;
      this.status = 'done';
      this.announcement = found.length ? this.t('kit.results', { count: found.length }) : this.t('kit.noResults', { query: q.trim() });
    } catch (e) {
      if (controller.signal.aborted || isAbort(e)) return;
      this.options = [];
      this.status = 'failed';
      this.announcement = this.t('kit.searchFailed');
    }
  }

  private choose(option: ComboboxOption | null): void {
    this.value = option?.value ?? '';
    this.valueLabel = option?.label ?? '';
    this.query = this.valueLabel;
    this.editing = false;
    this.open = false;
    this.dirty = true;
    this.emit('ck-select', { option });
    this.emit('ck-change', { value: this.value });
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this.options.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open) {
          if (this.options.length) this.open = true;
          else this.schedule(this.query);
          return;
        }
        this.active = n ? (this.active + 1) % n : -1;
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (this.open && n) this.active = (this.active - 1 + n) % n;
        break;
      case 'Home':
        if (this.open && n) {
          e.preventDefault();
          this.active = 0;
        }
        break;
      case 'End':
        if (this.open && n) {
          e.preventDefault();
          this.active = n - 1;
        }
        break;
      case 'Enter':
        if (this.open && this.active >= 0 && this.options[this.active]) {
          e.preventDefault();
          this.choose(this.options[this.active]!);
        }
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.open = false;
        } else if (this.query) {
          e.preventDefault();
          this.choose(null);
        }
        break;
    }
  }

  protected override onBlur(): void {
    super.onBlur();
    // Leaving (Tab, a click elsewhere) with an option highlighted chooses it, and says so (APG
    // "list autocomplete with automatic selection"); leaving with none puts back the chosen label.
    setTimeout(() => {
      if (this.matches(':focus-within')) return;
      const highlighted = this.open && this.editing ? this.options[this.active] : undefined;
      if (highlighted) {
        this.choose(highlighted);
        this.announcement = this.t('kit.chosen', { label: highlighted.label });
        return;
      }
      this.open = false;
      if (this.editing) {
        this.editing = false;
        this.query = this.valueLabel;
      }
    }, 150);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<PropertyKey, unknown>).has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private renderList() {
    const showOptions = this.open && this.options.length > 0 && this.status !== 'failed';
    const message =
      !this.open || showOptions
        ? nothing
        : this.status === 'loading'
          ? html`<p class="status">${this.t('kit.searching')}</p>`
          : this.status === 'failed'
            ? html`<p class="status failed">
                ${this.t('kit.searchFailed')}
                <button class="btn link" tabindex="-1" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => void this.run(this.query)}>${this.t('kit.retry')}</button>
              </p>`
            : this.status === 'done'
              ? html`<p class="status">${this.t('kit.noResults', { query: this.query.trim() })}</p>`
              : nothing;
    // The listbox is always in the DOM (aria-controls points at it) and hidden when empty.
    return html`<ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${!showOptions}>
        ${showOptions
          ? this.options.map(
              (o, i) =>
                html`<li
                  id=${`opt-${i}`}
                  role="option"
                  part="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.choose(o)}
                >
                  <span>${o.label}</span>${o.description ? html`<span class="desc">${o.description}</span>` : nothing}
                </li>`,
            )
          : nothing}
      </ul>
      ${message === nothing ? nothing : html`<div class="popup" part="popup">${message}</div>`}`;
  }

  protected override render() {
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderHint()}
      <div class="wrap">
        <input
          id="control"
          part="control"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${ifDefined(this.open && this.active >= 0 && this.options.length ? `opt-${this.active}` : undefined)}
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${this.errorShown ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          placeholder=${ifDefined(this.placeholder)}
          ?disabled=${this.disabled}
          ?readonly=${this.readonly}
          .value=${live(this.query)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${() => this.minChars === 0 && !this.open && this.schedule(this.query)}
          @blur=${this.onBlur}
        />
        ${this.renderList()}
      </div>
      <span class="sr-only" role="status">${this.announcement}</span>
      ${this.renderMessages()}
    </div>`;
  }
}
