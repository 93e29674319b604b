import { css } from 'lit';
import { listElementStyles } from '../../src/ui/data-table.styles.js';

/** The styles of <service-plan-list>: the kit's list look, the row buttons and the bar after a save; themable through --ck-* properties and ::part. */
export const servicePlanListStyles = [
  ...listElementStyles,
  css`
    .row-actions {
      row-gap: 0;
    }
    .row-actions .btn {
      min-height: 32px;
      padding: 0 4px;
    }
    .saved-bar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: var(--_success-bg);
      margin-bottom: calc(var(--_space) * 2);
    }
    .saved-bar p {
      margin: 0;
    }
    .saved-bar .spacer {
      flex: 1;
    }
  `,
];
