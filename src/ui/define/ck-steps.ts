import { defineElement } from '../define-element.js';
import { CkSteps } from '../steps.js';

defineElement('ck-steps', CkSteps);

declare global {
  interface HTMLElementTagNameMap {
    'ck-steps': CkSteps;
  }
}
