import { css } from 'lit';

/**
 * The look of a plan's versions in <service-plan-editor>: the version line, each older version
 * with Review move, and the move's table, whose rows stack (each cell labelled) under 560 px of
 * width so it never scrolls sideways.
 */
export const versionStyles = css`
  .versions {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    display: grid;
    gap: var(--_space);
  }
  .versions h3,
  .versions h4,
  .versions p {
    margin: 0;
  }
  .version-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .moves {
    width: 100%;
    border-collapse: collapse;
  }
  .moves th[scope='row'] {
    color: inherit;
    font-size: inherit;
    text-align: start;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media (max-width: 560px) {
    .moves thead {
      display: none;
    }
    .moves tr,
    .moves th[scope='row'],
    .moves td {
      display: block;
    }
    .moves td {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      border-bottom: 0;
    }
    .moves td::before {
      content: attr(data-label);
      color: var(--_muted);
      text-align: start;
    }
    .moves tr {
      border-bottom: 1px solid var(--_border-subtle);
    }
  }
`;
