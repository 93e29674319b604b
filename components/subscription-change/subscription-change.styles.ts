import { css } from 'lit';
import { buttonStyles, tokens } from '../../src/ui/styles.js';
import { widgetStyles } from '../../src/ui/widget-styles.js';

/** The styles of <subscription-change>: layout and look only; themable through --ck-* properties and ::part. */
export const subscriptionChangeStyles = [
  tokens,
  buttonStyles,
  widgetStyles,
  css`
    dl.sum {
      /* Long labels ("Credit for unused time on …") keep most of a narrow preview; amounts and dates the rest. */
      grid-template-columns: minmax(0, 1fr) fit-content(40%);
    }
    dl.sum dt small {
      display: block;
    }
    dl.sum dd {
      font-variant-numeric: tabular-nums;
    }
    dl.sum .total {
      border-top: 1px solid var(--_border-subtle);
      padding-top: var(--_space);
      color: inherit;
      font-weight: 700;
    }
    aside p {
      margin: 0;
    }
    .windows {
      margin-top: var(--_space);
    }
    .windows h4 {
      margin: 0 0 calc(var(--_space) / 2);
      font-size: inherit;
    }
    .windows ul {
      margin: 0 0 calc(var(--_space) / 2);
      padding-inline-start: 1.25em;
      overflow-wrap: anywhere;
    }
  `,
];
