/** Registers every form-kit part under its `ck-` tag (guarded). */
import { CkAlert } from './alert.js';
import { CkCheckbox } from './checkbox.js';
import { CkCombobox } from './combobox.js';
import { CkConfirmDialog } from './confirm-dialog.js';
import { CkDateField } from './date-field.js';
import { defineElement } from './define-element.js';
import { CkMoneyField } from './money-field.js';
import { CkSelectField } from './select-field.js';
import { CkSteps } from './steps.js';
import { CkSummaryList } from './summary-list.js';
import { CkNumberField, CkTextField } from './text-field.js';
import { CkToggle } from './toggle.js';

defineElement('ck-text-field', CkTextField);
defineElement('ck-number-field', CkNumberField);
defineElement('ck-money-field', CkMoneyField);
defineElement('ck-date-field', CkDateField);
defineElement('ck-select-field', CkSelectField);
defineElement('ck-combobox', CkCombobox);
defineElement('ck-toggle', CkToggle);
defineElement('ck-checkbox', CkCheckbox);
defineElement('ck-steps', CkSteps);
defineElement('ck-summary-list', CkSummaryList);
defineElement('ck-alert', CkAlert);
defineElement('ck-confirm-dialog', CkConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'ck-text-field': CkTextField;
    'ck-number-field': CkNumberField;
    'ck-money-field': CkMoneyField;
    'ck-date-field': CkDateField;
    'ck-select-field': CkSelectField;
    'ck-combobox': CkCombobox;
    'ck-toggle': CkToggle;
    'ck-checkbox': CkCheckbox;
    'ck-steps': CkSteps;
    'ck-summary-list': CkSummaryList;
    'ck-alert': CkAlert;
    'ck-confirm-dialog': CkConfirmDialog;
  }
}
