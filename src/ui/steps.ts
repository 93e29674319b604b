import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CkElement } from './ck-element.js';
import { focusAfterRender } from './focus.js';
import { tokens, visuallyHidden } from './styles.js';

/**
 * Wizard steps: an indicator of where the user is and the current step's heading. When
 * `current` changes, focus moves to the heading (after the new step is painted) so keyboard
 * and screen reader users start at the top of the new step.
 *
 * @summary Step indicator and heading of a multi-step flow.
 * @slot - The current step's content.
 * @csspart indicator - The list of steps.
 * @csspart step-heading - The heading of the current step.
 * @tagname ck-steps
 */
export class CkSteps extends CkElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      ol {
        list-style: none;
        margin: 0 0 calc(var(--_space) * 3);
        padding: 0;
        display: flex;
        gap: var(--_space);
        counter-reset: step;
      }
      li {
        flex: 1;
        min-width: 0;
        overflow-wrap: anywhere;
        display: grid;
        gap: 6px;
        font-size: 0.85em;
        color: var(--_muted);
      }
      li::before {
        content: '';
        height: 4px;
        border-radius: 2px;
        background: var(--_border-subtle);
      }
      li.done::before,
      li[aria-current='step']::before {
        background: var(--_primary);
      }
      li[aria-current='step'] {
        color: var(--_text);
        font-weight: 600;
      }
      .num {
        font-variant-numeric: tabular-nums;
      }
      h2 {
        margin: 0 0 calc(var(--_space) * 2);
        font-size: 1.3em;
        line-height: 1.25;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 2px solid var(--_primary);
        outline-offset: 4px;
        border-radius: 2px;
      }
      /* Narrow: the bars stay, the titles give way to "Step 3 of 6:" in the heading. */
      @container (max-width: 600px) {
        li > .label {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0, 0, 0, 0);
          white-space: nowrap;
        }
        h2 .count {
          position: static;
          width: auto;
          height: auto;
          overflow: visible;
          clip: auto;
          white-space: normal;
          display: block;
          font-size: 0.75em;
          font-weight: 500;
          color: var(--_muted);
        }
      }
    `,
    visuallyHidden,
  ];

  /** Titles of the steps, in order. */
  @property({ attribute: false }) steps: readonly string[] = [];
  /** Index of the current step (0-based). */
  @property({ type: Number }) current = 0;
  /** Heading level of the step heading (2 by default). */
  @property({ type: Number }) level = 2;

  /**
   * Moves focus to the current step's heading once the step is painted (focus moved before the
   * paint forces a synchronous layout of the new step and holds its paint). Resolves once it moved.
   */
  focusHeading(): Promise<void> {
    return focusAfterRender(this, '#heading');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('current') && changed.get('current') !== undefined) void this.focusHeading();
  }

  protected override render() {
    const total = this.steps.length;
    const title = this.steps[this.current] ?? '';
    // A list, not a navigation landmark: its steps are not links.
    return html`<ol part="indicator" aria-label=${this.t('kit.stepOf', { current: this.current + 1, total })}>
          ${this.steps.map(
            (s, i) =>
              html`<li class=${i < this.current ? 'done' : ''} aria-current=${ifDefined(i === this.current ? 'step' : undefined)}>
                <span class="label"><span class="num">${i + 1}.</span> ${s}</span>${i < this.current ? html`<span class="sr-only">(${this.t('kit.stepDone')})</span>` : nothing}
              </li>`,
          )}
      </ol>
      <h2 id="heading" part="step-heading" tabindex="-1" aria-level=${this.level}>
        <span class="sr-only count">${this.t('kit.stepOf', { current: this.current + 1, total })}: </span>${title}
      </h2>
      <slot></slot>`;
  }
}
