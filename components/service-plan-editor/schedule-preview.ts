import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChargeSchedule, ChargeTotals, ScheduleInput } from '../../src/core/schedule.js';
import type { PlanDraft } from './model.js';
import { type PreviewDraft, previewInput, previewSchedule, previewTotals } from './preview-model.js';

/** How long an edit must stay the last one before the schedule's table is drawn again. */
export const TABLE_PAUSE_MS = 300;

/**
 * The preview's charges, kept off the input path (issue 21). Every render prices the plan with
 * the core's totals-only path (`chargeTotals`), so the charge count and the total (the price said
 * to screen readers) follow each edit at once. The table of charges, each with its lines
 * (`chargeSchedule`), is computed and drawn again once the edits pause for TABLE_PAUSE_MS; until
 * then it keeps the charges it shows, marked as not current. The first charges shown, and those
 * of a plan that can be priced again, are drawn at once. Once edits pause the table is the core's
 * schedule of the plan shown.
 */
export class SchedulePreview implements ReactiveController {
  /** The charges now, without their lines (null while the plan cannot be priced). */
  totals: ChargeTotals | null = null;
  /** The charges the table shows: the current schedule, or the last one while edits go on. */
  table: ChargeSchedule | null = null;
  /** Whether the table shows the plan as it is now. */
  current = true;
  /** What was last priced: drafts and the preview's fields are replaced on every edit, never changed in place. */
  private priced: readonly [PlanDraft, PreviewDraft, string] | null = null;
  private input: ScheduleInput | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => readonly [PlanDraft, PreviewDraft, string],
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const now = this.read();
    const was = this.priced;
    if (was && now[0] === was[0] && now[1] === was[1] && now[2] === was[2]) return;
    this.priced = now;
    this.input = previewInput(...now);
    this.totals = previewTotals(this.input);
    if (!this.totals || !this.table) return this.draw();
    this.current = false;
    clearTimeout(this.timer);
    // Left to run if the editor is removed meanwhile: the table is drawn for when it comes back.
    this.timer = setTimeout(() => {
      this.draw();
      this.host.requestUpdate();
    }, TABLE_PAUSE_MS);
  }

  private draw(): void {
    clearTimeout(this.timer);
    this.table = this.totals && previewSchedule(this.input);
    this.current = true;
  }
}
