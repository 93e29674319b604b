import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { AdapterError } from '../../src/adapter/errors.js';
import type { LicenseAdapter } from '../../src/adapter/types.js';
import type { Contract } from '../../src/schemas/license.js';
import { Submission } from '../../src/ui/submission.js';
import { contractOf, type LicenseContext, type LicenseDraft, type StepId } from './model.js';

/** What the loads depend on, read from the element. */
interface DataInputs {
  /** The adapter to load with (undefined: nothing loads). */
  api: () => LicenseAdapter | undefined;
  open: () => boolean;
  draft: () => LicenseDraft;
  /** Registers a task so that removing the widget aborts it (WidgetElement#track). */
  track: <T extends Task<readonly unknown[], unknown>>(task: T) => T;
}

/**
 * What a purchase loads, step by step, as tasks that return their data: the contracts and
 * accounts (while open), the chosen contract's products, and the stock and active licenses of
 * the chosen product for the contract's account. `context` is what the model reads. It also
 * saves the account a contract's purchases are tracked under.
 */
export class LicenseData {
  readonly accountSave: Submission<Contract>;
  /** The contracts as the last account save left them, while the loaded list is still `from`. */
  private saved: { from: readonly Contract[]; list: readonly Contract[] } | null = null;

  readonly contractsTask;
  readonly productsTask;
  readonly detailsTask;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: DataInputs,
  ) {
    const { api, open, draft, track } = inputs;
    this.accountSave = new Submission<Contract>(host);
    this.contractsTask = track(
      new Task(host, {
        args: () => [api(), open()] as const,
        task: async ([api, open], { signal }) => {
          if (!open || !api?.listContracts || !api.listAccounts) return null;
          const [contracts, accounts] = await Promise.all([api.listContracts(signal), api.listAccounts(signal)]);
          return { contracts, accounts };
        },
      }),
    );
    this.productsTask = track(
      new Task(host, {
        args: () => [api(), open() ? draft().contractId : ''] as const,
        task: ([api, contractId], { signal }) => (contractId && api?.listContractProducts ? api.listContractProducts(contractId, signal) : null),
      }),
    );
    this.detailsTask = track(
      new Task(host, {
        args: () => [api(), draft().contractId, draft().productId, contractOf(draft(), this.context)?.accountId ?? ''] as const,
        task: async ([api, contractId, productId, accountId], { signal }) => {
          if (!contractId || !productId || !accountId || !api?.getStock || !api.getActiveLicenses) return null;
          const [stock, active] = await Promise.all([api.getStock(contractId, productId, signal), api.getActiveLicenses(accountId, productId, signal)]);
          return { stock, active };
        },
      }),
    );
  }

  get contracts(): readonly Contract[] {
    const loaded = this.contractsTask.value?.contracts ?? [];
    return this.saved?.from === loaded ? this.saved.list : loaded;
  }

  get context(): LicenseContext {
    // A task loading again has no data yet: a new contract's products are not the last one's.
    const complete = <T>(task: { status: TaskStatus; value?: T }) => (task.status === TaskStatus.COMPLETE ? (task.value ?? null) : null);
    const details = complete(this.detailsTask);
    return { contracts: this.contracts, accounts: this.contractsTask.value?.accounts ?? [], products: complete(this.productsTask), stock: details?.stock ?? null, active: details?.active ?? null };
  }

  /** The figures the preview depends on are being loaded again. */
  get reloadingDetails(): boolean {
    return this.detailsTask.status === TaskStatus.PENDING;
  }

  /** Saves the account of a contract; the contracts show it. Null when it failed (see `accountFailure`). */
  async saveAccount(contractId: string, accountId: string): Promise<Contract | null> {
    const api = this.inputs.api();
    if (!api?.saveContractAccount || this.accountSave.busy) return null;
    const saved = await this.accountSave.run({ contractId, accountId }, (key, signal) => api.saveContractAccount(contractId, accountId, key, signal));
    if (saved) {
      this.saved = { from: this.contractsTask.value?.contracts ?? [], list: this.contracts.map((c) => (c.id === saved.id ? saved : c)) };
      this.host.requestUpdate();
    } else if (this.accountFailure && !this.accountFailure.retryable) void this.contractsTask.run();
    return saved;
  }

  get accountFailure(): AdapterError | null {
    return this.accountSave.state === 'failed' ? this.accountSave.error : null;
  }

  /** What Next on `step` waits for: the loads its choice started (they start in the update after it). */
  async settled(step: StepId): Promise<void> {
    await this.host.updateComplete;
    const task = step === 'product' ? this.productsTask : step === 'quantity' ? this.detailsTask : null;
    await task?.taskComplete.catch(() => undefined);
  }
}
