/** The form kit: the parts the widgets are built from. Import define-kit.js to register them. */
export * from './ck-element.js';
export * from './field.js';
export * from './text-field.js';
export * from './money-field.js';
export * from './date-field.js';
export * from './select-field.js';
export * from './combobox.js';
export * from './toggle.js';
export * from './checkbox.js';
export * from './steps.js';
export * from './summary-list.js';
export * from './alert.js';
export * from './confirm-dialog.js';
export * from './focus.js';
export * from './styles.js';
export * from './define-element.js';
