/**
 * The price negotiated for this subscription (issue 23): its form (a price per unit and period,
 * from, until), its rules and its save through the adapter. For a user allowed to see cost (the
 * detail carries economics) when the adapter can set it; a price below the seller's cost needs the
 * explicit confirmation the change form asks for too.
 */
import type { AdapterError } from '../../src/adapter/errors.js';
import type { SubscriptionAdapter } from '../../src/adapter/types.js';
import { readAmount } from '../../src/core/amount-text.js';
import { money, toDecimalString } from '../../src/core/money.js';
import { moneyError } from '../../src/schemas/money-messages.js';
import { sameDraft } from '../../src/ui/draft-path.js';
import { priceOverrideSchema, type Subscription, type SubscriptionDetail } from '../../src/schemas/subscription.js';
import { type FieldErrors, validate } from '../../src/schemas/validate.js';
import { FormState, type FormHost } from '../../src/ui/controllers/form-state.js';
import { Submission } from '../../src/ui/submission.js';
import * as z from 'zod/mini';
import { msg } from './messages.js';

export interface NegotiatedDraft {
  priceOverride: { unitPrice: string; from: string; until: string };
  confirmBelowCost: boolean;
}

const draftOf = (s: Subscription | undefined): NegotiatedDraft => {
  const o = s?.priceOverride;
  return { priceOverride: { unitPrice: o ? toDecimalString(money(s.currency, o.unitPrice)) : '', from: o?.from ?? '', until: o?.until ?? '' }, confirmBelowCost: false };
};

/** The override the draft asks for (minor units, dates), or null while its price cannot be read. */
function overrideOf(d: NegotiatedDraft, currency: string, locale: string) {
  const price = readAmount(d.priceOverride.unitPrice, currency, locale);
  return price.ok ? { unitPrice: price.value.minor, from: d.priceOverride.from, until: d.priceOverride.until || null } : null;
}

/** The draft's errors by path (the backend's 422 uses the same paths). */
export function negotiatedErrors(d: NegotiatedDraft, detail: SubscriptionDetail | null, locale: string): FieldErrors {
  if (!detail) return {};
  const s = detail.subscription;
  const errors: FieldErrors = {};
  const price = readAmount(d.priceOverride.unitPrice, s.currency, locale);
  if (!price.ok) errors['priceOverride.unitPrice'] = moneyError(price, s.currency, locale);
  const checked = validate(z.object({ priceOverride: priceOverrideSchema }), { priceOverride: { ...overrideOf(d, s.currency, locale), unitPrice: price.ok ? price.value.minor : 0 } }, locale);
  if (!checked.ok) Object.assign(errors, checked.errors, errors);
  const cost = detail.economics?.[s.planId]?.cost.unitPrice;
  if (price.ok && cost !== undefined && price.value.minor < cost && !d.confirmBelowCost) errors.confirmBelowCost = msg(locale, 'confirmNegotiatedBelowCost');
  return errors;
}

/** What it reads of the element: its adapter, the subscription loaded, the locale, and a reload. */
export interface NegotiatedContext {
  api(): SubscriptionAdapter | undefined;
  detail(): SubscriptionDetail | null;
  locale(): string;
  reload(): Promise<void>;
}

export class NegotiatedPrice {
  readonly form: FormState<NegotiatedDraft>;
  private readonly saving: Submission<Subscription>;

  constructor(host: FormHost, private readonly c: NegotiatedContext) {
    this.form = new FormState<NegotiatedDraft>(host, draftOf(undefined), { validate: (d) => negotiatedErrors(d, c.detail(), c.locale()), keys: () => [c.detail(), c.locale()] });
    this.saving = new Submission<Subscription>(host);
  }

  /** The subscription and the draft it gave when last loaded: what was typed since differs from it. */
  private loaded: { id: string; draft: NegotiatedDraft } | null = null;

  /**
   * Starts from the subscription's negotiated price, or none, each time the subscription loads;
   * a price typed and not saved stays when the same subscription loads again (after a change
   * made or refused, or a conflict), as nothing the user typed is lost.
   */
  load(detail: SubscriptionDetail | null): void {
    const draft = draftOf(detail?.subscription);
    const typed = !!detail && this.loaded?.id === detail.subscription.id && !sameDraft(this.form.draft, this.loaded.draft);
    this.loaded = detail ? { id: detail.subscription.id, draft } : null;
    if (!typed) this.form.reset(draft);
  }
  /** Shown to a user allowed to see cost, when the adapter can set the price. */
  get shown(): boolean {
    const d = this.c.detail();
    return !!d?.economics && !!this.c.api()?.setPriceOverride && d.subscription.status === 'active';
  }
  get busy(): boolean { return this.saving.busy; }
  /** Whether the last save was a removal (what Try again repeats). */
  lastRemove = false;
  /** Why the last save failed, when it was not a field's error (those show next to their fields): said with Try again where it helps. */
  get failure(): AdapterError | null {
    const e = this.saving.state === 'failed' ? this.saving.error : null;
    return e && e.kind !== 'validation' ? e : null;
  }
  /** The price below the seller's cost: the confirmation shows. */
  get belowCost(): boolean {
    const d = this.c.detail();
    const o = d && overrideOf(this.form.draft, d.subscription.currency, this.c.locale());
    const cost = d?.economics?.[d.subscription.planId]?.cost.unitPrice;
    return !!o && cost !== undefined && o.unitPrice < cost;
  }

  /** Saves the negotiated price (or removes it: `remove`); true when saved. */
  async save(remove = false): Promise<boolean> {
    const [api, detail, loc] = [this.c.api(), this.c.detail(), this.c.locale()];
    if (!detail || this.busy || !api?.setPriceOverride || (!remove && !(await this.form.attempt()))) return false;
    this.lastRemove = remove;
    const input = { etag: detail.subscription.etag, priceOverride: remove ? null : overrideOf(this.form.draft, detail.subscription.currency, loc) };
    const saved = await this.saving.run(input, (key, signal) => api.setPriceOverride!(detail.subscription.id, input, key, signal));
    if (!saved) {
      [this.form.serverErrors, this.saving.serverErrors] = [this.saving.serverErrors, {}];
      // Changed elsewhere meanwhile: load it as it is now (what was typed stays), so that Save
      // sends against the current version instead of failing the same way again.
      if (this.saving.error?.kind === 'conflict') await this.c.reload();
      return false;
    }
    this.saving.reset();
    this.loaded = null; // saved: the form starts from the price as saved
    await this.c.reload();
    return true;
  }
}
