import { focusAfterRender } from '../../../src/ui/controllers/form-state.js';
import { languageName } from '../../../src/ui/language-name.js';
import type { PlanEditorView } from '../view.js';

/** The name of the field at a path, for the error summary ("Period 2 · Quantity"). */
export function pathLabel(v: PlanEditorView, path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'description') return v.m('descriptionIn', { language: languageName(v.localeCode, parts[1] ?? 'en') });
  if (parts[0] === 'periods' && parts[1] !== undefined) {
    const n = Number(parts[1]) + 1;
    const field = parts[2] === 'fees' ? v.m('feeIn', { fee: v.m('periodFees'), currency: parts[3] ?? '' }) : parts[2] === 'endless' || parts[2] === 'trial' ? v.m(parts[2]) : v.m('quantity');
    return `${v.m('period', { n })} · ${field}`;
  }
  if (parts[0] === 'resources' && parts[1] !== undefined) {
    const r = v.form.draft.resources[Number(parts[1])];
    const name = (r && v.resourceInfo(r.resourceId)?.name) ?? v.m('resource');
    const key = parts[2];
    const field =
      key === 'fees' && parts[3]
        ? v.m('feeIn', { fee: v.m(parts[3] as 'recurring'), currency: parts[4] ?? '' })
        : key === 'fees'
          ? v.m('feeTypes')
          : v.m((key ?? 'resource') as 'included');
    return `${name} · ${field}`;
  }
  if (parts[0] === 'periods') return v.m('periods');
  return v.m((parts[0] ?? 'name') as 'name');
}

/** Focuses the control of a path, switching the description tab when needed. */
export function focusPath(v: PlanEditorView, path: string): Promise<void> {
  const lang = /^description\.(.+)$/.exec(path)?.[1];
  if (lang) v.descriptionTab = lang;
  return focusAfterRender(v, `[data-path="${path}"]`);
}
