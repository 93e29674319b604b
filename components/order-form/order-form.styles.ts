import { css } from 'lit';
import { buttonStyles, tokens } from '../../src/ui/styles.js';
import { widgetStyles } from '../../src/ui/widget-styles.js';

/** The styles of <order-form>: layout and look only; themable through --ck-* properties and ::part. */
export const orderFormStyles = [
  tokens,
  buttonStyles,
  widgetStyles,
  css`
    .cells {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 2);
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
    }
    .cell {
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2.5);
      display: grid;
      gap: var(--_space);
      /* Title, text, button: the text takes the spare height, so the cells' buttons line up. */
      grid-template-rows: auto 1fr auto;
      justify-items: start;
    }
    .cell.muted {
      background: var(--_surface);
    }
    .cell .btn {
      margin-top: var(--_space);
    }
    .tag {
      font-size: 0.75em;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_primary);
    }
    aside p {
      margin: 0;
    }
  `,
];
