/** Detail of `step-change`, fired by the multi-step widgets when the user moves to another step. */
export interface StepChangeDetail {
  /** 0-based index of the step now shown. */
  step: number;
  /** Its stable name (e.g. "contract", "distribution"). */
  name: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'step-change': CustomEvent<StepChangeDetail>;
  }
}
