import { css } from 'lit';

/** The styles of <ck-combobox> beyond a field's: the listbox popup, its options, and the searching / no results / failed line. */
export const comboboxStyles = css`
  .wrap {
    position: relative;
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='listbox'],
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 4px);
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
    max-height: 280px;
    overflow: auto;
  }
  [role='option'] > span {
    /* Option labels and descriptions are data: bidi controls in one cannot reach past it. */
    unicode-bidi: isolate;
  }
  [role='option'] {
    padding: 8px 10px;
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
    display: grid;
    gap: 2px;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [role='option'][aria-selected='true'] .desc {
    color: inherit;
  }
  [role='option']:hover:not([aria-selected='true']) {
    background: var(--_surface);
  }
  .desc {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .status {
    margin: 0;
    padding: 8px 10px;
    color: var(--_muted);
  }
  .status.failed {
    color: var(--_danger);
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
`;
