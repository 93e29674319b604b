import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** One thing said to a screen reader. */
export interface Announcement {
  text: string;
  urgency: 'polite' | 'assertive';
}

export interface AnnouncerOptions {
  /** How long prices must stay still before they are read (a user typing a quantity hears the last one). */
  priceDelayMs?: number;
}

/**
 * What a widget says to a screen reader, in one place: a polite status region and an assertive
 * one, rendered from the widget's first paint (a live region must exist before its text changes,
 * or it is read unreliably), of which only the text changes. Success, step changes, "added" /
 * "removed" and failures go through `say` or `alert`; prices that change as the user edits go
 * through `price`, read once they settle, as one sentence. Saying the same text again is read
 * again (the region is emptied first). `said` keeps what was announced, for tests and docs.
 */
export class Announcer implements ReactiveController {
  private text: Record<Announcement['urgency'], string> = { polite: '', assertive: '' };
  private priceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPrice = '';
  /** Every announcement, in order (the most recent 50). */
  readonly said: Announcement[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AnnouncerOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.priceTimer);
  }

  /** The two regions; render them in every state of the widget, from the first render on. */
  regions(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-announce="polite">${this.text.polite}</div>
      <div class="sr-only" aria-live="assertive" aria-atomic="true" data-announce="assertive">${this.text.assertive}</div>`;
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
    this.text = { polite: '', assertive: '' };
    this.host.requestUpdate();
  }

  private announce(a: Announcement): void {
    this.said.push(a);
    if (this.said.length > 50) this.said.shift();
    if (this.text[a.urgency] === a.text) {
      // The same words again: empty the region for one render, then put them back, so it is read.
      this.text = { ...this.text, [a.urgency]: '' };
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => requestAnimationFrame(() => this.set(a)));
      return;
    }
    this.set(a);
  }

  private set(a: Announcement): void {
    this.text = { ...this.text, [a.urgency]: a.text };
    this.host.requestUpdate();
  }
}
