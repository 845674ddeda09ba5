import type { CollateRequest, LocateRequest, StoryResult, StoryWorkerResponse } from './story-protocol';

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

interface Pending {
  id: number;
  resolve: (response: StoryWorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress: (done: number, total: number) => void;
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
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor(private readonly create: () => Worker = startStoryWorker) {}

  /** Collates in the worker, reporting each pairwise comparison done. */
  async collate(
    request: Omit<CollateRequest, 'id' | 'type'>,
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<{ result: StoryResult; ms: number }> {
    const response = await this.send({ ...request, type: 'collate' }, onProgress);
    if (response.type !== 'collated')
      throw new StoryFailedError('The story worker gave an unexpected answer.');
    return { result: response.result, ms: response.ms };
  }

  /** The index of the side-by-side view's row showing the given paragraph. */
  async locate(request: Omit<LocateRequest, 'id' | 'type'>): Promise<number> {
    const response = await this.send({ ...request, type: 'locate' }, () => undefined);
    if (response.type !== 'located')
      throw new StoryFailedError('The story worker gave an unexpected answer.');
    return response.row;
  }

  /** Stops the running request, if any, by terminating its worker. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending.reject(new StoryCancelledError());
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private send(
    request: Omit<CollateRequest, 'id'> | Omit<LocateRequest, 'id'>,
    onProgress: (done: number, total: number) => void,
  ): Promise<StoryWorkerResponse> {
    if (this.pending) this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      worker.postMessage({ ...request, id });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<StoryWorkerResponse>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const pending = this.pending;
      this.pending = null;
      this.worker?.terminate();
      this.worker = null;
      pending?.reject(new StoryFailedError(event.message || 'The story view stopped unexpectedly.'));
    };
    this.worker = worker;
    return worker;
  }

  private receive(response: StoryWorkerResponse): void {
    const pending = this.pending;
    if (!pending || pending.id !== response.id) return;
    if (response.type === 'progress') {
      pending.onProgress(response.done, response.total);
      return;
    }
    this.pending = null;
    if (response.type === 'error') pending.reject(new StoryFailedError(response.message, response.detail));
    else pending.resolve(response);
  }
}
