import type {
  CollateRequest,
  LocateRequest,
  StoryResult,
  StoryWorkerRequest,
  StoryWorkerResponse,
} from './story-protocol';
import { WorkerChannel } from './worker-channel';

/** Raised for a request replaced by another before it finished (its worker was stopped). */
export class StoryCancelledError extends Error {
  override name = 'StoryCancelledError';
  constructor() {
    super('The story view was closed or asked for something else.');
  }
}

/** Raised when the worker reports a failure. */
export class StoryFailedError extends Error {
  override name = 'StoryFailedError';
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Starts the story worker (a module worker bundled by Vite). */
export function startStoryWorker(): Worker {
  return new Worker(new URL('./story.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs collations (and finds rows of the side-by-side view) in a Web Worker, one request at a time: a new request
 * while one is running stops that worker and starts a fresh one, so the interface never waits on a stale story.
 */
export class StoryClient {
  private readonly channel: WorkerChannel<StoryWorkerRequest, StoryWorkerResponse>;

  constructor(create: () => Worker = startStoryWorker) {
    this.channel = new WorkerChannel({
      create,
      cancelled: () => new StoryCancelledError(),
      failed: (message, detail) => new StoryFailedError(message, detail),
      crashMessage: 'The story view stopped unexpectedly.',
    });
  }

  /** Collates in the worker, reporting each pairwise comparison done. */
  async collate(
    request: Omit<CollateRequest, 'id' | 'type'>,
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<{ result: StoryResult; ms: number }> {
    const response = await this.channel.send({ ...request, type: 'collate' }, (progress) =>
      onProgress(progress.done, progress.total),
    );
    if (response.type !== 'collated')
      throw new StoryFailedError('The story worker gave an unexpected answer.');
    return { result: response.result, ms: response.ms };
  }

  /** The index of the side-by-side view's row showing the given paragraph. */
  async locate(request: Omit<LocateRequest, 'id' | 'type'>): Promise<number> {
    const response = await this.channel.send({ ...request, type: 'locate' }, () => undefined);
    if (response.type !== 'located')
      throw new StoryFailedError('The story worker gave an unexpected answer.');
    return response.row;
  }

  /** Stops the running request, if any, by terminating its worker. */
  cancel(): void {
    this.channel.cancel();
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.channel.dispose();
  }
}
