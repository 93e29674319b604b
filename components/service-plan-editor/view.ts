import type { MessageParams } from '../../src/i18n/catalog.js';
import type { PlanContext, ProductResource } from '../../src/schemas/plan.js';
import type { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import type { FormHost, FormState } from '../../src/ui/controllers/form-state.js';
import type { PlanMessage } from './messages.js';
import type { PlanDraft } from './model.js';
import type { PlanSaving } from './plan-saving.js';
import type { PreviewDraft } from './preview-model.js';
import type { SchedulePreview } from './schedule-preview.js';
import type { VersionMoves } from './version-moves.js';

/** What the views read from <service-plan-editor> and call on it; the element implements it. */
export interface PlanEditorView extends FormHost {
  readonly form: FormState<PlanDraft>;
  preview: PreviewDraft;
  readonly readonly: boolean;
  readonly context: PlanContext | null;
  readonly currencies: string[];
  /** Whether the plan was saved before (deprecated types stay offered only then). */
  readonly planExisted: boolean;
  readonly dirty: boolean;
  readonly nameWarning: string;
  /** The preview's charges: count and total now, the table once edits pause. */
  readonly charges: SchedulePreview;
  readonly localeCode: string;
  readonly restored: boolean;
  readonly droppedDraft: boolean;
  readonly notice: { title: string; text: string } | null;
  /** Save, copy and a conflict's answer, with their state. */
  readonly saver: PlanSaving;
  /** The copy dialog is open over unsaved edits: they are saved before the copy. */
  readonly copyUnsaved: boolean;
  copyName: string;
  descriptionTab: string;
  resourceToAdd: string;
  m(key: PlanMessage, params?: MessageParams): string;
  resourceInfo(id: string): ProductResource | undefined;
  money(currency: string, minor: number): string;
  date(d: string, style?: 'long' | 'medium' | 'short'): string;
  /** The plan's versions and moving subscriptions of older ones to the current one. */
  readonly versions: VersionMoves;
  /** Asks before a saved plan is deactivated. */
  readonly deactivateDialog: CkConfirmDialog;
}
