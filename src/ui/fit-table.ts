import { nothing } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from 'lit/async-directive.js';

/**
 * A table that fits its box or is drawn as stacked rows, never scrolled sideways inside it (#14):
 * placed on an empty probe element inside the table's wrapper, it sets `data-stacked` on the
 * wrapper whenever the table's columns need more width than the wrapper has. Which width that
 * is depends on the columns, the language and the data (nine sales columns need 1,008 px in
 * English, 1,224 px in German), so it is measured, not guessed: on every width change of the
 * probe (a zero-height block as wide as the wrapper, so stacking never resizes it and the
 * ResizeObserver never loops) and after every render of the rows. Under 760 px the container
 * query stacks the rows without measuring (data-table.styles.ts).
 */
class StackWhenTooWide extends AsyncDirective {
  private probe?: Element;
  private observer?: ResizeObserver;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('stackWhenTooWide() goes on an element');
  }

  render() {
    return nothing;
  }

  override update(part: ElementPart) {
    if (this.probe !== part.element) {
      this.probe = part.element;
      this.observe();
    }
    // The rows of this render are in the DOM once the current commit ends.
    void Promise.resolve().then(() => this.fit());
    return nothing;
  }

  private observe() {
    this.observer?.disconnect();
    if (!this.probe || typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(this.probe);
  }

  private fit() {
    const wrap = this.probe?.parentElement;
    if (!wrap || !this.isConnected) return;
    // Measured as a table: stacked rows always fit.
    wrap.removeAttribute('data-stacked');
    if (wrap.scrollWidth > wrap.clientWidth + 1) wrap.setAttribute('data-stacked', '');
  }

  protected override disconnected() {
    this.observer?.disconnect();
  }

  protected override reconnected() {
    this.observe();
  }
}

/** `<div class="table-wrap"><div class="fit-probe" ${stackWhenTooWide()}></div><table>…`: see StackWhenTooWide. */
export const stackWhenTooWide = directive(StackWhenTooWide);
