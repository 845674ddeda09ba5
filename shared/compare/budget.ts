/** Thrown when the caller cancels a comparison through its signal. */
export class CompareAbortedError extends Error {
  override name = 'CompareAbortedError';
  constructor() {
    super('The comparison was cancelled.');
  }
}

/** A cancellation flag the caller may set at any time (an `AbortSignal` fits). */
export interface AbortFlag {
  readonly aborted: boolean;
}

/** Time left for a comparison, and its cancellation. */
export interface Budget {
  /** True once the time budget is spent. */
  expired: () => boolean;
  /** Milliseconds spent so far. */
  elapsed: () => number;
  /** Throws CompareAbortedError when the signal is set. */
  checkAborted: () => void;
}

/** Starts a budget of `ms` milliseconds on the clock `now`, cancellable through `signal`. */
export function startBudget(ms: number, now: () => number, signal?: AbortFlag): Budget {
  const start = now();
  return {
    expired: () => now() - start > ms,
    elapsed: () => now() - start,
    checkAborted: () => {
      if (signal?.aborted) throw new CompareAbortedError();
    },
  };
}
