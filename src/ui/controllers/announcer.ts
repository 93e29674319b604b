import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the announcer needs of its element: the shadow root its regions go in. */
export interface AnnouncerHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

type Urgency = 'polite' | 'assertive';

/** How long a price must stay the same before it is read. */
export const PRICE_PAUSE_MS = 700;

/**
 * What a widget says to a screen reader, in one place: a polite status region and an assertive
 * one, put in the element's shadow root when it connects, before its first render (a live region
 * must exist before its text changes, or it is read unreliably), of which only the text changes.
 * They sit outside the part Lit renders, so no render replaces them; they use the `.sr-only`
 * class of the element's styles. Saying the same words again reads them again.
 */
export class Announcer implements ReactiveController {
  private readonly regions: Partial<Record<Urgency, HTMLElement>> = {};
  private priceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The price sentence last read (undefined until the widget first shows one: that is not news). */
  private lastPrice: string | undefined;
  /** The widget around this one is closing it and says what happened itself: see handOver. */
  private handedOver = false;

  constructor(private readonly host: AnnouncerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.handedOver = false;
    for (const urgency of ['polite', 'assertive'] as const) {
      let region = [...this.host.renderRoot.children].find((c): c is HTMLElement => c instanceof HTMLElement && c.dataset.announce === urgency);
      if (!region) {
        region = document.createElement('div');
        region.className = 'sr-only';
        region.dataset.announce = urgency;
        region.setAttribute('aria-live', urgency);
        region.setAttribute('aria-atomic', 'true');
        if (urgency === 'polite') region.setAttribute('role', 'status');
        this.host.renderRoot.prepend(region);
      }
      this.regions[urgency] = region;
    }
  }

  /** Says `text` politely (after what is being read): completion, a step change, "added". */
  say(text: string): void {
    this.announce(text, 'polite');
  }

  /** Says `text` at once: a failure the user must know about now. */
  alert(text: string): void {
    this.announce(text, 'assertive');
  }

  /**
   * The widget's price sentence now ("Sale total $1,342.00"): read once it has stayed the same for
   * a moment after a change the user made (`byUser`; a user typing a quantity hears the last
   * figure). A price that changes without the user (first shown, loaded, restored) is not news.
   */
  price(text: string, byUser = true): void {
    if (this.lastPrice === undefined || !byUser) {
      clearTimeout(this.priceTimer);
      this.lastPrice = text;
      return;
    }
    clearTimeout(this.priceTimer);
    this.priceTimer = setTimeout(() => {
      if (text && text !== this.lastPrice) this.say(text);
      this.lastPrice = text;
    }, PRICE_PAUSE_MS);
  }

  /**
   * The widget around this one (a list that opened it in place) closes it now and says what
   * happened itself: nothing more is said from here until the widget is connected again. Else
   * the user hears the completion twice, once from a region about to be removed (read
   * unreliably, if at all) and once from the list.
   */
  handOver(): void {
    clearTimeout(this.priceTimer);
    this.handedOver = true;
  }

  private announce(text: string, urgency: Urgency): void {
    const region = this.regions[urgency];
    if (!region || this.handedOver) return;
    if (region.textContent !== text) region.textContent = text;
    else {
      // The same words again: empty the region for a frame, then put them back, so they are read.
      region.textContent = '';
      requestAnimationFrame(() => (region.textContent = text));
    }
  }
}
