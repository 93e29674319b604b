/** Registers every form-kit part (for tests, stories and the demo; widgets import only the parts they use from ./define/). */
import './define/ck-text-field.js';
import './define/ck-number-field.js';
import './define/ck-money-field.js';
import './define/ck-date-field.js';
import './define/ck-select-field.js';
import './define/ck-combobox.js';
import './define/ck-toggle.js';
import './define/ck-checkbox.js';
import './define/ck-steps.js';
import './define/ck-summary-list.js';
import './define/ck-alert.js';
import './define/ck-error-summary.js';
import './define/ck-confirm-dialog.js';
import './define/ck-radio-group.js';
