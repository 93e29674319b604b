import { css } from 'lit';
import { buttonStyles, tokens } from '../../src/ui/styles.js';
import { widgetStyles } from '../../src/ui/widget-styles.js';

/** The styles of <license-purchase>: layout and look only; themable through --ck-* properties and ::part. */
export const licensePurchaseStyles = [
  tokens,
  buttonStyles,
  widgetStyles,
  css`
    .head {
      margin-bottom: calc(var(--_space) * 2);
    }
    .details {
      background: var(--_surface);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      display: grid;
      gap: var(--_space);
    }
    .products,
    .contracts {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .products li {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      flex-wrap: wrap;
    }
    .body {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .nav {
      margin-top: calc(var(--_space) * 3);
    }
    .scroll {
      overflow-x: auto;
      max-height: 360px;
    }
  `,
];
