import { noChange } from 'lit';
import { Directive, directive, type DirectiveResult, type ElementPart, PartType, type PartInfo } from 'lit/directive.js';
import type { FormBinding } from './form-state.js';

interface BoundField extends HTMLElement {
  value: unknown;
  error: string;
  submitted: boolean;
}

const bindings = new WeakMap<Element, { form: FormBinding; path: string }>();

function onInput(this: Element, e: Event): void {
  const b = bindings.get(this);
  if (b) b.form.set(b.path, (e as CustomEvent<{ value: unknown }>).detail.value);
}

/**
 * Binds a form-kit field to a path of a form's draft, in one place instead of five attributes on
 * every field: the value at the path, the path's error, whether the form was submitted,
 * `data-path` (where focus and the error summary find the field), and `ck-input` setting it.
 * `<ck-text-field ${bindField(form, 'name')} label=…>`
 */
class BindFieldDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('bindField() goes on an element: <ck-text-field ${bindField(form, path)}>');
  }

  render(_form: FormBinding, _path: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [form, path]: [FormBinding, string]): unknown {
    const el = part.element as BoundField;
    if (!bindings.has(el)) el.addEventListener('ck-input', onInput);
    bindings.set(el, { form, path });
    const value = form.get(path) ?? '';
    if (el.value !== value) el.value = value;
    el.error = form.err(path);
    el.submitted = form.submittedAt(path);
    if (el.dataset.path !== path) el.dataset.path = path;
    return noChange;
  }
}

// Typed as a directive result (not unknown), so lit-analyzer accepts it in an element binding.
export const bindField = directive(BindFieldDirective) as (form: FormBinding, path: string) => DirectiveResult<typeof BindFieldDirective>;
