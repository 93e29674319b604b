import { css } from 'lit';
import { buttonStyles, tokens } from '../../src/ui/styles.js';
import { widgetStyles } from '../../src/ui/widget-styles.js';

/** The styles of <sale-wizard>: layout and look only; themable through --ck-* properties and ::part. */
export const saleWizardStyles = [
  tokens,
  buttonStyles,
  widgetStyles,
  css`
    .body {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .nav {
      margin-top: calc(var(--_space) * 3);
    }
    .actions.start {
      justify-content: flex-start;
    }
    .person {
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      margin: 0;
      display: grid;
      gap: var(--_space);
      justify-items: start;
    }
    .person .fields {
      width: 100%;
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .lines {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .lines li {
      display: flex;
      /* On a phone the amount and Remove go under the name instead of past the card's edge. */
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
      align-items: center;
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_border-subtle);
    }
    .grow {
      flex: 1 1 12em;
    }
    .line-error {
      color: var(--_danger);
      font-size: 0.87em;
    }
    .total {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      margin: 0;
    }
    .bar {
      margin-bottom: var(--_space);
    }
    .title {
      margin-bottom: calc(var(--_space) * 2);
    }
    .review + .review {
      margin-top: calc(var(--_space) * 2);
    }
  `,
];
