import { css } from 'lit';

/**
 * Design tokens. Every colour, size and font comes from a `--ck-*` custom property with a
 * light and a dark default (chosen by the inherited `color-scheme`), so a host re-brands the
 * kit by setting properties only. Defaults meet WCAG AA contrast in both schemes.
 */
export const tokens = css`
  :host {
    --_font: var(--ck-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--ck-color-text, light-dark(#1b1f24, #e6edf3));
    --_muted: var(--ck-color-text-muted, light-dark(#57606a, #9da7b3));
    --_bg: var(--ck-color-background, light-dark(#ffffff, #0f1419));
    --_surface: var(--ck-color-surface, light-dark(#f6f8fa, #161b22));
    --_border: var(--ck-color-border, light-dark(#8c959f, #6e7781));
    --_border-subtle: var(--ck-color-border-subtle, light-dark(#d0d7de, #30363d));
    --_primary: var(--ck-color-primary, light-dark(#0b5cad, #4f9cf9));
    --_on-primary: var(--ck-color-on-primary, light-dark(#ffffff, #0b1220));
    --_danger: var(--ck-color-danger, light-dark(#b42318, #ff7b72));
    --_danger-bg: var(--ck-color-danger-background, light-dark(#fef3f2, #2d1416));
    --_warning: var(--ck-color-warning, light-dark(#8a4b00, #e3b341));
    --_warning-bg: var(--ck-color-warning-background, light-dark(#fff8e6, #2b2111));
    --_success: var(--ck-color-success, light-dark(#1a7f37, #3fb950));
    --_success-bg: var(--ck-color-success-background, light-dark(#effbf1, #12261a));
    --_info-bg: var(--ck-color-info-background, light-dark(#eef5fd, #112235));
    --_radius: var(--ck-radius, 8px);
    --_space: var(--ck-space, 8px);
    --_size: var(--ck-font-size, 15px);
    --_control-height: var(--ck-control-height, 40px);
    --_focus: var(--ck-focus-ring, 0 0 0 3px light-dark(#0b5cad66, #4f9cf988));
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.45;
    color: var(--_text);
    /* A very long word from the backend wraps instead of pushing the layout wider. break-word (not
       anywhere) leaves min-content widths alone, so labels in grids and tables still wrap at spaces. */
    overflow-wrap: break-word;
  }
`;

/** `.sr-only`: read by screen readers, not shown (the one copy every element uses). */
export const visuallyHidden = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Shared control styles: inputs, buttons, field chrome. */
export const controlStyles = css`
  .field {
    display: grid;
    /* One column as wide as the field, never as wide as its longest word (a label from data). */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) / 2);
  }
  label,
  .label {
    font-weight: 600;
    font-size: 0.93em;
  }
  /* Label, control, then what is said about it (error, then hint), as in Polaris and Stripe: fields
     side by side keep their inputs on one line however long each one's hint is. The DOM keeps the
     hint before the control, and aria-describedby reads it with the control either way. */
  .field > .error,
  .field > .warning,
  .field > .counter {
    order: 1;
  }
  .field > .hint {
    order: 2;
  }
  .required {
    color: var(--_danger);
    margin-inline-start: 2px;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.87em;
    margin: 0;
  }
  .warning {
    color: var(--_warning);
    font-size: 0.87em;
    margin: 0;
    display: flex;
    gap: 6px;
  }
  .error {
    color: var(--_danger);
    font-size: 0.87em;
    font-weight: 500;
    margin: 0;
    display: flex;
    gap: 6px;
  }
  .error[hidden] {
    display: none;
  }
  .error::before {
    content: '!' / ''; /* a mark for the eye; the message is what is read */
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.2em;
    height: 1.2em;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_bg);
    font-size: 0.8em;
    font-weight: 700;
    margin-top: 0.15em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 1.5);
    box-sizing: border-box;
    width: 100%;
  }
  textarea {
    padding: var(--_space) calc(var(--_space) * 1.5);
    min-height: calc(var(--_control-height) * 2);
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 1px;
    box-shadow: var(--_focus);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  input:disabled,
  select:disabled,
  textarea:disabled {
    background: var(--_surface);
    color: var(--_muted);
    cursor: not-allowed;
  }
  input[readonly] {
    background: var(--_surface);
  }
  .control {
    display: flex;
    align-items: stretch;
  }
  .adornment {
    display: inline-flex;
    align-items: center;
    padding: 0 calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    /* A currency code never breaks, even in a narrow column. */
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .adornment.start {
    border-inline-end: 0;
    border-radius: calc(var(--_radius) * 0.75) 0 0 calc(var(--_radius) * 0.75);
  }
  .adornment.start + input {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .counter {
    color: var(--_muted);
    font-size: 0.8em;
    justify-self: end;
  }
  /* A read-only value: text on the line an input would take, so rows beside inputs stay aligned. */
  .read-only .value {
    display: flex;
    align-items: center;
    min-height: var(--_control-height);
    overflow-wrap: anywhere;
  }
  .counter.over {
    color: var(--_danger);
  }
  ${visuallyHidden}
`;

/** Buttons, for the kit and the widgets. */
export const buttonStyles = css`
  .btn {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-height: var(--_control-height);
    padding: 0 calc(var(--_space) * 2);
    border-radius: calc(var(--_radius) * 0.75);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .btn:hover {
    background: var(--_surface);
  }
  .btn.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
  }
  .btn.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .btn.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    padding: 0 var(--_space);
    /* A link's words wrap as a sentence does, from the start, not centred under each other. */
    justify-content: flex-start;
    text-align: start;
  }
  .btn[disabled],
  .btn[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .btn:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
`;
