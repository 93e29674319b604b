import { CkCombobox } from '../../../src/ui/combobox.js';
import { CkConfirmDialog } from '../../../src/ui/confirm-dialog.js';
import { CkDateField } from '../../../src/ui/date-field.js';
import { CkRadioGroup } from '../../../src/ui/radio-group.js';
import { CkSelectField } from '../../../src/ui/select-field.js';
import { CkSteps } from '../../../src/ui/steps.js';
import { CkSummaryList } from '../../../src/ui/summary-list.js';
import { CkNumberField, CkTextField } from '../../../src/ui/text-field.js';
import { widgetViewElements } from '../../../src/ui/widget-view-elements.js';

/** The kit's elements the wizard's views render, by tag (the element's `static dependencies`: its define module registers them). */
export const saleWizardDependencies = {
  ...widgetViewElements,
  'ck-combobox': CkCombobox,
  'ck-confirm-dialog': CkConfirmDialog,
  'ck-date-field': CkDateField,
  'ck-number-field': CkNumberField,
  'ck-radio-group': CkRadioGroup,
  'ck-select-field': CkSelectField,
  'ck-steps': CkSteps,
  'ck-summary-list': CkSummaryList,
  'ck-text-field': CkTextField,
};
