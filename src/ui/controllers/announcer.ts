import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One thing said to a screen reader. */
export interface Announcement {
  text: string;
  urgency: 'polite' | 'assertive';
}

export interface AnnouncerOptions {
  /** How long prices must stay still before they are read (a user typing a quantity hears the last one). */
  priceDelayMs?: number;
}

/** What the announcer needs of its element: the shadow root its regions go in. */
export interface AnnouncerHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/**
 * What a widget says to a screen reader, in one place: a polite status region and an assertive
 * one, put in the element's shadow root when it connects, before its first render (a live region
 * must exist before its text changes, or it is read unreliably), of which only the text changes.
 * They sit outside the part Lit renders, so no render replaces them; they use the `.sr-only`
 * class of the element's styles. Success, step changes, "added" /
 * "removed" and failures go through `say` or `alert`; prices that change as the user edits go
 * through `price`, read once they settle, as one sentence. Saying the same text again is read
 * again (the region is emptied first). `said` keeps what was announced, for tests and docs.
 */
export class Announcer implements ReactiveController {
  private readonly regions: Partial<Record<Announcement['urgency'], HTMLElement>> = {};
  private priceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPrice = '';
  /** Every announcement, in order (the most recent 50). */
  readonly said: Announcement[] = [];

  constructor(
    private readonly host: AnnouncerHost,
    private readonly options: AnnouncerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    for (const urgency of ['polite', 'assertive'] as const) {
      let region = [...(root as ParentNode).children].find((c): c is HTMLElement => c instanceof HTMLElement && c.dataset.announce === urgency);
      if (!region) {
        region = document.createElement('div');
        region.className = 'sr-only';
        region.dataset.announce = urgency;
        region.setAttribute('aria-live', urgency);
        region.setAttribute('aria-atomic', 'true');
        if (urgency === 'polite') region.setAttribute('role', 'status');
        root.prepend(region);
      }
      this.regions[urgency] = region;
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.priceTimer);
  }

  /** Says `text` politely (after what is being read): completion, a step change, "added". */
  say(text: string): void {
    this.announce({ text, urgency: 'polite' });
  }

  /** Says `text` at once: a failure the user must know about now. */
  alert(text: string): void {
    this.announce({ text, urgency: 'assertive' });
  }

  /** A price or total that changed as the user edited: read once it has not changed for a moment. */
  price(text: string): void {
    clearTimeout(this.priceTimer);
    this.priceTimer = setTimeout(() => {
      if (text && text !== this.lastPrice) this.announce({ text, urgency: 'polite' });
      this.lastPrice = text;
    }, this.options.priceDelayMs ?? 750);
  }

  /** The price now shown, as the one not to announce again (after a load, not an edit). */
  settlePrice(text: string): void {
    clearTimeout(this.priceTimer);
    this.lastPrice = text;
  }

  /** Empties both regions (the user moved on: nothing stale is read later). */
  clear(): void {
    for (const r of Object.values(this.regions)) r.textContent = '';
  }

  private announce(a: Announcement): void {
    this.said.push(a);
    if (this.said.length > 50) this.said.shift();
    const region = this.regions[a.urgency];
    if (!region) return;
    if (region.textContent === a.text) {
      // The same words again: empty the region for a frame, then put them back, so they are read.
      region.textContent = '';
      requestAnimationFrame(() => (region.textContent = a.text));
      return;
    }
    region.textContent = a.text;
  }
}
