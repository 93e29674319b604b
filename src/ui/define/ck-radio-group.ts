import { defineElement } from '../define-element.js';
import { CkRadioGroup } from '../radio-group.js';

defineElement('ck-radio-group', CkRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'ck-radio-group': CkRadioGroup;
  }
}
