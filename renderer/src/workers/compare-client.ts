import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { CompareRequest, CompareResponse, CompareStage } from './compare-protocol';
import { WorkerChannel } from './worker-channel';

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

/** Starts the compare worker (a module worker bundled by Vite). */
export function startCompareWorker(): Worker {
  return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs comparisons in a Web Worker, one at a time: a new request while one is running stops that worker (the
 * running comparison is cancelled) and starts a fresh one; an idle worker is kept with its cache.
 */
export class CompareClient {
  private readonly channel: WorkerChannel<CompareRequest, CompareResponse>;

  constructor(create: () => Worker = startCompareWorker) {
    this.channel = new WorkerChannel({
      create,
      cancelled: () => new CompareCancelledError(),
      failed: (message, detail) => new CompareFailedError(message, detail),
      crashMessage: 'The comparison stopped unexpectedly.',
    });
  }

  /** Compares in the worker; rejects with CompareCancelledError when replaced, CompareFailedError on failure. */
  run(
    request: Omit<CompareRequest, 'id'>,
    onProgress: (stage: CompareStage) => void = () => undefined,
  ): Promise<{ comparison: CorrectedComparison; ms: number }> {
    return this.channel
      .send(request, (response) => onProgress(response.stage))
      .then((response) => ({ comparison: response.comparison, ms: response.ms }));
  }

  /** Stops the running comparison, if any, by terminating its worker. */
  cancel(): void {
    this.channel.cancel();
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.channel.dispose();
  }
}

/**
 * A compare client kept across pairs (the worker stays started and warm): a view giving it up only cancels its run;
 * `close` stops the worker for good.
 */
export class SharedCompareClient extends CompareClient {
  /** Cancels the running comparison; the worker is kept for the next pair. */
  override dispose(): void {
    this.cancel();
  }

  /** Stops the worker for good. */
  close(): void {
    super.dispose();
  }
}
