import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the announcer needs of its element: the shadow root its regions go in. */
export interface AnnouncerHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

type Urgency = 'polite' | 'assertive';

/**
 * What a widget says to a screen reader, in one place: a polite status region and an assertive
 * one, put in the element's shadow root when it connects, before its first render (a live region
 * must exist before its text changes, or it is read unreliably), of which only the text changes.
 * They sit outside the part Lit renders, so no render replaces them; they use the `.sr-only`
 * class of the element's styles. Saying the same words again reads them again.
 */
export class Announcer implements ReactiveController {
  private readonly regions: Partial<Record<Urgency, HTMLElement>> = {};

  constructor(private readonly host: AnnouncerHost) {
    host.addController(this);
  }

  hostConnected(): void {
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

  private announce(text: string, urgency: Urgency): void {
    const region = this.regions[urgency];
    if (!region) return;
    if (region.textContent !== text) region.textContent = text;
    else {
      // The same words again: empty the region for a frame, then put them back, so they are read.
      region.textContent = '';
      requestAnimationFrame(() => (region.textContent = text));
    }
  }
}
