import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { nullLogger, type Logger } from '../logger';
import { watchFolder, type FolderEvent, type FolderWatcher } from '../watch-folder';
import { PieceCollector, splitPieces } from './pieces';
import { decoders, same } from './codec';
import { cancelled, EngineCrashError, EngineRequestError } from './errors';
import type { FromWorker, ToWorker, WireError } from './protocol';
import type { TaskContext, TaskInput, TaskName, TaskOutput } from './tasks';

/** How long a cancelled task may take to stop before its worker is terminated (and replaced on the next task). */
const CANCEL_GRACE_MS = 300;

export { cancelled, EngineCrashError, EngineRequestError, isAbortError } from './errors';

/** How a caller follows and stops one task. */
export interface RunOptions {
  /** Cancels the task: it rejects with an AbortError, and its worker is free again. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Tasks with the same affinity run on the same worker while it lives (a kept concordance index). */
  affinity?: string;
}

/** Where engine work runs: a pool of worker threads (the app) or the calling thread (the CLI). */
export interface Engine {
  run<T extends TaskName>(task: T, input: TaskInput<T>, options?: RunOptions): Promise<TaskOutput<T>>;
  /** Watches a folder (in a worker thread of its own for the host), reporting changed files and state files in batches. */
  watch(root: string, onChange: (events: FolderEvent[]) => void): FolderWatcher;
  /** Stops every worker; tasks still running or queued reject. */
  close(): Promise<void>;
}

/** Error classes rebuilt on the host's side by name, so that callers can test them with `instanceof`. */
export type ErrorClasses = Record<string, abstract new (...args: never[]) => Error>;

/** The worker's file and how to start it. */
export interface WorkerEntry {
  url: URL;
  execArgv?: string[];
}

/** The TypeScript worker started under tsx: development, tests and the bench. */
export const typescriptWorker = (): WorkerEntry => ({ url: new URL('./tsx-worker.mjs', import.meta.url) });

/** What the host is built with. */
export interface EngineHostOptions {
  worker: WorkerEntry;
  /** How many workers at most (default: one per spare core, 1 to 2). */
  size?: number;
  logger?: Logger;
}

interface Job {
  id: number;
  task: TaskName;
  input: unknown;
  options: RunOptions;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  pieces: PieceCollector;
  slot?: Slot;
  settled: boolean;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  affinities: Set<string>;
}

/** The error a worker sent, rebuilt: the same class when the caller registered it, else an Error with its name. */
function rebuild(wire: WireError, classes: ErrorClasses): Error {
  if (wire.name === 'AbortError') return cancelled();
  const known = classes[wire.name];
  const error: Error = known ? (Object.create(known.prototype) as Error) : new Error(wire.message);
  Object.assign(error, wire.props, { message: wire.message });
  if (!known) error.name = wire.name;
  if (wire.stack) error.stack = wire.stack;
  return error;
}

const defaultSize = (): number => Math.max(1, Math.min(2, availableParallelism() - 1));

/**
 * Runs engine tasks in a pool of worker threads so that the calling thread's event loop stays free: inputs and
 * results travel in pieces (large arrays in slices of a few dozen items, one message each), progress comes back
 * as events, a signal cancels (terminating a worker that does not stop in time), and a worker that dies turns its
 * task into an EngineCrashError. Workers start on first use and do not keep the process alive when idle.
 */
export function createEngineHost(options: EngineHostOptions): Engine {
  const logger = options.logger ?? nullLogger;
  const classes: ErrorClasses = { EngineRequestError };
  const slots: Slot[] = Array.from({ length: options.size ?? defaultSize() }, () => ({
    worker: null,
    job: null,
    affinities: new Set<string>(),
  }));
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const post = (slot: Slot, message: ToWorker): void => slot.worker?.postMessage(message);

  const settle = (job: Job, outcome: { value: unknown } | { error: unknown }): void => {
    if (job.settled) return;
    job.settled = true;
    if (job.slot?.job === job) {
      job.slot.job = null;
      job.slot.worker?.unref();
    }
    if ('value' in outcome) job.resolve(outcome.value);
    else job.reject(outcome.error);
    pump();
  };

  /** Forgets a worker that ended; its task, if any, fails with the reason. */
  const lose = (slot: Slot, worker: Worker, detail: string): void => {
    if (slot.worker !== worker) return;
    slot.worker = null;
    slot.affinities.clear();
    const job = slot.job;
    if (job) settle(job, { error: new EngineCrashError(job.task, detail) });
  };

  const start = (slot: Slot): Worker => {
    const worker = new Worker(options.worker.url, {
      ...(options.worker.execArgv ? { execArgv: options.worker.execArgv } : {}),
    });
    slot.worker = worker;
    worker.on('message', (message: FromWorker) => receive(slot, message));
    worker.on('error', (error) => {
      logger.error('engine: a worker failed', error);
      lose(slot, worker, error.message);
    });
    worker.on('exit', (code) => lose(slot, worker, `the worker exited with code ${code}`));
    return worker;
  };

  const receive = (slot: Slot, message: FromWorker): void => {
    if (message.type === 'log') {
      logger[message.level](message.message, ...message.rest);
      return;
    }
    const job = slot.job;
    if (!job || !('id' in message) || job.id !== message.id) return;
    switch (message.type) {
      case 'progress':
        job.options.onProgress?.(message.done, message.total);
        return;
      case 'piece':
        job.pieces.add(message.piece);
        post(slot, { type: 'ack', id: job.id });
        return;
      case 'done': {
        const wire = job.pieces.join(message.head, message.fields);
        const decode = (decoders[job.task] ?? same) as (wire: unknown) => unknown;
        try {
          settle(job, { value: decode(wire) });
        } catch (error) {
          settle(job, { error });
        }
        return;
      }
      case 'error':
        settle(job, { error: rebuild(message.error, classes) });
        return;
    }
  };

  /** Sends a job's input, its large arrays in pieces with a turn of the event loop between two. */
  const dispatch = async (slot: Slot, job: Job): Promise<void> => {
    slot.job = job;
    job.slot = slot;
    if (job.options.affinity) slot.affinities.add(job.options.affinity);
    const worker = slot.worker ?? start(slot);
    worker.ref();
    const { head, fields, pieces } = splitPieces(job.input);
    for (const piece of pieces) {
      if (job.settled || slot.worker !== worker) return;
      post(slot, { type: 'piece', id: job.id, piece });
      await new Promise((done) => setImmediate(done));
    }
    if (!job.settled && slot.worker === worker)
      post(slot, { type: 'run', id: job.id, task: job.task, head, fields });
  };

  /** Starts queued jobs on free workers: a job with an affinity waits for the worker that has it. */
  function pump(): void {
    for (let i = 0; i < queue.length;) {
      const job = queue[i]!;
      const affinity = job.options.affinity;
      const owner = affinity ? slots.find((s) => s.affinities.has(affinity)) : undefined;
      const slot = owner ? (owner.job ? undefined : owner) : slots.find((s) => !s.job);
      if (!slot) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      void dispatch(slot, job);
    }
  }

  /** Cancels a job: out of the queue, or asked to stop and its worker terminated if it does not in time. */
  const cancel = (job: Job): void => {
    if (job.settled) return;
    const slot = job.slot;
    if (!slot) {
      queue.splice(queue.indexOf(job), 1);
      settle(job, { error: cancelled() });
      return;
    }
    post(slot, { type: 'cancel', id: job.id });
    const worker = slot.worker;
    setTimeout(() => {
      if (job.settled || !worker || slot.worker !== worker) return;
      slot.worker = null;
      slot.affinities.clear();
      settle(job, { error: cancelled() });
      void worker.terminate();
    }, CANCEL_GRACE_MS).unref();
  };

  return {
    watch(root: string, onChange: (events: FolderEvent[]) => void): FolderWatcher {
      const worker = new Worker(options.worker.url, {
        ...(options.worker.execArgv ? { execArgv: options.worker.execArgv } : {}),
      });
      worker.unref();
      let ready!: () => void;
      const watching = new Promise<void>((done) => (ready = done));
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'changes') onChange(message.events);
        else if (message.type === 'watching') ready();
        else if (message.type === 'log') logger[message.level](message.message, ...message.rest);
      });
      worker.on('error', (error) => logger.error(`engine: watching ${root} failed`, error));
      worker.on('exit', () => ready());
      worker.postMessage({ type: 'watch', root } satisfies ToWorker);
      return {
        ready: watching,
        close: async () => {
          await worker.terminate();
        },
      };
    },
    run<T extends TaskName>(
      task: T,
      input: TaskInput<T>,
      runOptions: RunOptions = {},
    ): Promise<TaskOutput<T>> {
      if (closed) return Promise.reject(new EngineCrashError(task, 'the engine was closed'));
      const signal = runOptions.signal;
      if (signal?.aborted) return Promise.reject(cancelled());
      return new Promise<TaskOutput<T>>((resolve, reject) => {
        const job: Job = {
          id: nextId++,
          task,
          input,
          options: runOptions,
          resolve: resolve as (value: unknown) => void,
          reject,
          pieces: new PieceCollector(),
          settled: false,
        };
        const onAbort = (): void => cancel(job);
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = (): void => signal?.removeEventListener('abort', onAbort);
        job.resolve = (value) => {
          done();
          resolve(value as TaskOutput<T>);
        };
        job.reject = (error) => {
          done();
          reject(error);
        };
        queue.push(job);
        pump();
      });
    },
    async close(): Promise<void> {
      closed = true;
      for (const job of queue.splice(0))
        settle(job, { error: new EngineCrashError(job.task, 'the engine was closed') });
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          if (slot.job)
            settle(slot.job, { error: new EngineCrashError(slot.job.task, 'the engine was closed') });
          await worker?.terminate();
        }),
      );
    },
  };
}

/**
 * Runs engine tasks on the calling thread, with the same task table, progress and cancellation (checked between
 * steps): for one-shot commands, where no event loop needs to stay free.
 */
export function createInProcessEngine(logger: Logger = nullLogger): Engine {
  return {
    watch: (root, onChange) => watchFolder(root, onChange, { logger, stateFiles: true }),
    async run<T extends TaskName>(task: T, input: TaskInput<T>, runOptions: RunOptions = {}) {
      const signal = runOptions.signal ?? new AbortController().signal;
      signal.throwIfAborted();
      const context: TaskContext = {
        signal,
        logger,
        progress: (done, total) => runOptions.onProgress?.(done, total),
      };
      // Loaded on first use, so that a command that runs no task loads no engine module.
      const { engineTasks } = await import('./tasks');
      const definition = engineTasks[task] as {
        run(input: unknown, context: TaskContext): unknown;
        decode(wire: unknown): unknown;
      };
      return definition.decode(await definition.run(input, context)) as TaskOutput<T>;
    },
    close: async () => undefined,
  };
}
