/** A message a worker answers with: progress, a failure, or a result, each carrying the request's id. */
export type WorkerResponse =
  | { id: number; type: 'progress' }
  | { id: number; type: 'error'; message: string; detail?: string }
  | { id: number; type: string };

/** `T` without its `id`, member by member for a union of requests. */
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The answers of a worker that are neither progress nor failure. */
export type ResultOf<Res> = Exclude<Res, { type: 'progress' } | { type: 'error' }>;

/** What a channel needs to know of one kind of worker. */
export interface WorkerChannelOptions {
  /** Starts a fresh worker. */
  create: () => Worker;
  /** The error a request replaced by another (or cancelled) is rejected with. */
  cancelled: () => Error;
  /** The error a failure reported by the worker, or a crash of the worker, is rejected with. */
  failed: (message: string, detail?: string) => Error;
  /** What a crash of the worker says when the browser gives no message. */
  crashMessage: string;
}

interface Pending<Res> {
  id: number;
  resolve: (response: ResultOf<Res>) => void;
  reject: (error: Error) => void;
  onProgress: (response: Extract<Res, { type: 'progress' }>) => void;
}

/**
 * Sends requests to a Web Worker one at a time: a new request while one is running stops that worker (the running
 * request is cancelled) and starts a fresh one; an idle worker is kept, with whatever it caches.
 */
export class WorkerChannel<Req extends { id: number }, Res extends WorkerResponse> {
  private worker: Worker | null = null;
  private pending: Pending<Res> | null = null;
  private nextId = 1;

  constructor(private readonly options: WorkerChannelOptions) {}

  /** Posts `request` with a fresh id; resolves with the worker's result, rejects on failure or when replaced. */
  send(
    request: WithoutId<Req>,
    onProgress: (response: Extract<Res, { type: 'progress' }>) => void,
  ): Promise<ResultOf<Res>> {
    if (this.pending) this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      worker.postMessage({ ...request, id });
    });
  }

  /** Stops the running request, if any, by terminating its worker. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    pending.reject(this.options.cancelled());
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.options.create();
    worker.onmessage = (event: MessageEvent<Res>) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const pending = this.pending;
      this.pending = null;
      this.worker?.terminate();
      this.worker = null;
      pending?.reject(this.options.failed(event.message || this.options.crashMessage));
    };
    this.worker = worker;
    return worker;
  }

  private receive(response: Res): void {
    const pending = this.pending;
    if (!pending || pending.id !== response.id) return;
    if (isProgress(response)) {
      pending.onProgress(response);
      return;
    }
    this.pending = null;
    if (isError(response)) pending.reject(this.options.failed(response.message, response.detail));
    else pending.resolve(response as ResultOf<Res>);
  }
}

function isProgress<Res extends WorkerResponse>(
  response: Res,
): response is Extract<Res, { type: 'progress' }> {
  return response.type === 'progress';
}

function isError(
  response: WorkerResponse,
): response is { id: number; type: 'error'; message: string; detail?: string } {
  return response.type === 'error';
}
