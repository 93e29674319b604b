import { html, noChange, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { CkField } from './field.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Each options list as `<option>` nodes, made once (a country list is 250 of them) and cloned for each select that shows it. */
const optionLists = new WeakMap<readonly SelectOption[], HTMLTemplateElement>();

/** `options` as a fragment of `<option>`s, the one whose value is `value` selected. */
function optionNodes(options: readonly SelectOption[], value: string): DocumentFragment {
  let list = optionLists.get(options);
  if (!list) {
    list = document.createElement('template');
    for (const o of options) list.content.append(Object.assign(new Option(o.label, o.value), { disabled: !!o.disabled }));
    optionLists.set(options, list);
  }
  const nodes = list.content.cloneNode(true) as DocumentFragment;
  const i = options.findIndex((o) => o.value === value);
  if (i >= 0) (nodes.children[i] as HTMLOptionElement).selected = true;
  return nodes;
}

/** Whether two options lists say the same (a view may make its list again on every render). */
const sameOptions = (a: readonly SelectOption[], b: readonly SelectOption[]) =>
  a === b || (a.length === b.length && a.every((o, i) => o.value === b[i]!.value && o.label === b[i]!.label && !o.disabled === !b[i]!.disabled));

/**
 * A labelled native select: the most accessible list there is, on every device.
 *
 * @summary Select with label, hint and error.
 * @tagname ck-select-field
 */
export class CkSelectField extends CkField<string> {
  @property() override value = '';
  @property({ attribute: false }) options: readonly SelectOption[] = [];
  /** Text of the empty first option; defaults to "Choose…". Set `no-placeholder` to omit it. */
  @property() placeholder: string | undefined = undefined;
  @property({ type: Boolean, attribute: 'no-placeholder' }) noPlaceholder = false;

  /** The options list on screen: its nodes are made again only when what it says changed. */
  private shown: readonly SelectOption[] | null = null;
  private optionsShown() {
    if (this.shown && sameOptions(this.shown, this.options)) return noChange;
    this.shown = this.options;
    return optionNodes(this.options, this.value);
  }

  protected override render() {
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderHint()}
      <select
        id="control"
        part="control"
        .value=${live(this.value)}
        ?disabled=${this.disabled || this.readonly}
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${this.errorShown ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        @change=${(e: Event) => this.userInput((e.target as HTMLSelectElement).value, true)}
        @blur=${this.onBlur}
      >
        ${this.noPlaceholder ? nothing : html`<option value="" ?selected=${this.value === ''}>${this.placeholder ?? this.t('kit.choose')}</option>`}
        ${this.optionsShown()}
      </select>
      ${this.renderMessages()}
    </div>`;
  }
}
