import { css } from 'lit';
import { visuallyHidden } from './styles.js';

/** Layout shared by the four widgets: panels, sections, grids, action bars, the summary aside. */
export const widgetStyles = css`
  ${visuallyHidden}
  :host {
    display: block;
    container-type: inline-size;
  }
  [hidden] {
    display: none !important;
  }
  .panel {
    background: var(--_bg);
    border: 1px solid var(--_border-subtle);
    border-radius: calc(var(--_radius) * 1.5);
    padding: calc(var(--_space) * 3);
  }
  /* On a phone the frame keeps 16 px, as Polaris's cards do: 24 px on each side left a 375 px
     screen too little for the fields. */
  @container (max-width: 480px) {
    .panel {
      padding: calc(var(--_space) * 2);
    }
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.05em;
  }
  .lead {
    color: var(--_muted);
    margin: calc(var(--_space) / 2) 0 0;
  }
  /* One-column grids take their box's width, never their content's: an auto column grows to the
     widest unbreakable content, and a summary's fit-content(50%) value counts at its full
     max-content width there (the percentage has nothing to resolve against while sizing), so a
     longer translation drew the order summary 100 px past a 320 px screen (#14, pseudo-locale). */
  .stack,
  .section,
  aside {
    grid-template-columns: minmax(0, 1fr);
  }
  .stack {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  /* The done heading says a record's name: an unbroken one wraps instead of widening the card (#14). */
  #done-heading {
    overflow-wrap: anywhere;
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-top: calc(var(--_space) * 3);
    border-top: 1px solid var(--_border-subtle);
  }
  .section:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(220px, 100%), 1fr));
  }
  .fields > * {
    /* A field shrinks to its column; a long word in its label wraps inside it. */
    min-width: 0;
  }
  .fields .wide {
    grid-column: 1 / -1;
  }
  .columns {
    display: grid;
    gap: calc(var(--_space) * 3);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 860px) {
    .columns {
      /* The summary grows with the screen (up to 420 px) so its labels stay on a line or two. */
      grid-template-columns: minmax(0, 1fr) clamp(320px, 38%, 420px);
    }
    .columns > aside,
    .columns > .skel-aside {
      grid-column: 2;
      grid-row: 1 / span 2;
      position: sticky;
      top: var(--_space);
    }
    /* The form's actions follow the summary in the document, under the fields on screen. */
    .columns > aside ~ *,
    .columns > .skel-aside ~ * {
      grid-column: 1;
      grid-row: 2;
    }
  }
  /* A summary's figures: a label and its amount on each row. */
  dl.sum {
    margin: 0;
    display: grid;
    /* A long value (a charge's basis) wraps within half the width: the labels keep the rest. */
    grid-template-columns: 1fr fit-content(50%);
    gap: var(--_space) calc(var(--_space) * 2);
  }
  dl.sum dt {
    color: var(--_muted);
    font-size: 0.93em;
  }
  dl.sum dd {
    margin: 0;
    text-align: end;
    font-weight: 600;
  }
  /* In a summary an amount with its words ("$30.00 / month") wraps between them when the box is
     narrow; the amount itself is Intl's, joined by non-breaking spaces, so it never splits. */
  aside .money,
  dl.sum .money {
    white-space: normal;
  }
  aside {
    background: var(--_surface);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2.5);
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: flex-end;
  }
  .actions .spacer {
    flex: 1;
  }
  .note {
    color: var(--_muted);
    font-size: 0.87em;
    margin: 0;
  }
  .money {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .big {
    font-size: 1.6em;
    font-weight: 700;
  }
  .head,
  .bar {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .row {
    display: flex;
    gap: var(--_space);
    align-items: flex-end;
    flex-wrap: wrap;
  }
  .row > ck-select-field {
    flex: 1 1 240px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 8px;
    border-bottom: 1px solid var(--_border-subtle);
    vertical-align: top;
  }
  th {
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.85em;
  }
  .num {
    text-align: end;
  }
  .scroll {
    overflow: auto;
  }
  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: ck-spin 0.8s linear infinite;
  }
  @keyframes ck-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  /* Loading (loadingSkeleton): blocks the size of what is coming, so nothing jumps. */
  .skeleton .skel {
    display: block;
    border-radius: var(--_radius);
    background: var(--ck-skeleton-color, var(--_border-subtle));
    opacity: 0.6;
  }
  .skel.heading {
    height: 1.6em;
    width: min(40%, 260px);
  }
  .skel.text {
    height: 1em;
    width: 70%;
  }
  .skel-section {
    border-top: 1px solid var(--_border-subtle);
    padding-top: calc(var(--_space) * 3);
  }
  .skel.subheading {
    height: 1.3em;
    width: min(30%, 200px);
  }
  .skel.steps {
    height: 2.75em;
  }
  .skel.box {
    height: 7em;
  }
  .skel.card,
  .skel.choices {
    height: 11em;
  }
  .skel-aside .skel.box {
    height: 12.5em;
  }
  .skel-field {
    display: grid;
    gap: 6px;
  }
  .skel.label {
    height: 1.05em;
    width: 45%;
  }
  .skel.hint {
    height: 0.9em;
    width: 70%;
  }
  .skel.control {
    height: var(--_control-height);
  }
  .skel.button {
    height: var(--_control-height);
    width: 9em;
  }
  /* On a narrow screen a sentence takes three lines, a stepper says its step in words. */
  @container (max-width: 600px) {
    .skel.text {
      height: 4.35em;
    }
    .skel.steps {
      height: 4.5em;
    }
    .skel.box {
      height: 10em;
    }
    .skel.choices {
      height: 22em;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .skel {
      animation: ck-pulse 1.6s ease-in-out infinite alternate;
    }
  }
  @keyframes ck-pulse {
    to {
      opacity: 0.3;
    }
  }
`;
