import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { CompareRequest, CompareResponse, CompareStage } from './compare-protocol';

/** Raised for a comparison replaced by another before it finished (its worker was stopped). */
export class CompareCancelledError extends Error {
  override name = 'CompareCancelledError';
  constructor() {
    super('The comparison was replaced by another one.');
  }
}

/** Raised when the worker reports a failure. */
export class CompareFailedError extends Error {
  override name = 'CompareFailedError';
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

interface Pending {
  id: number;
  resolve: (result: { comparison: CorrectedComparison; ms: number }) => void;
  reject: (error: Error) => void;
  onProgress: (stage: CompareStage) => void;
}

/** Starts the compare worker (a module worker bundled by Vite). */
export function startCompareWorker(): Worker {
  return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs comparisons in a Web Worker, one at a time: a new request while one is running stops that worker (the
 * running comparison is cancelled) and starts a fresh one; an idle worker is kept with its cache.
 */
export class CompareClient {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor(private readonly create: () => Worker = startCompareWorker) {}

  /** Compares in the worker; rejects with CompareCancelledError when replaced, CompareFailedError on failure. */
  run(
    request: Omit<CompareRequest, 'id'>,
    onProgress: (stage: CompareStage) => void = () => undefined,
  ): Promise<{ comparison: CorrectedComparison; ms: number }> {
    if (this.pending) this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      worker.postMessage({ ...request, id } satisfies CompareRequest);
    });
  }

  /** Stops the running comparison, if any, by terminating its worker. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending.reject(new CompareCancelledError());
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<CompareResponse>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const pending = this.pending;
      this.pending = null;
      this.worker?.terminate();
      this.worker = null;
      pending?.reject(new CompareFailedError(event.message || 'The comparison stopped unexpectedly.'));
    };
    this.worker = worker;
    return worker;
  }

  private receive(response: CompareResponse): void {
    const pending = this.pending;
    if (!pending || pending.id !== response.id) return;
    if (response.type === 'progress') {
      pending.onProgress(response.stage);
      return;
    }
    this.pending = null;
    if (response.type === 'done') pending.resolve({ comparison: response.comparison, ms: response.ms });
    else pending.reject(new CompareFailedError(response.message, response.detail));
  }
}
