import type { PlanRow } from '../../src/schemas/lists.js';
import type { PlanListMessage } from './messages.js';

/** What the views read from <service-plan-list>; the element implements it. */
export interface PlanListView {
  readonly localeCode: string;
  m(key: PlanListMessage, params?: Record<string, string | number>): string;
  /** A copy or an activation is being sent: the row buttons wait. */
  readonly busy: boolean;
  /** The name the copy dialog proposes and the user edits. */
  copyName: string;
  /** The plan the activation dialog asks about. */
  readonly asking: PlanRow | null;
}

/** What the row buttons do. */
export interface PlanRowActions {
  copy(row: PlanRow): void;
  toggle(row: PlanRow): void;
}
