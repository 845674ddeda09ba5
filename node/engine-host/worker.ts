import { parentPort } from 'node:worker_threads';
import type { Logger } from '../logger';
import { watchFolder } from '../watch-folder';
import { PieceCollector, PieceSender, splitPieces } from './pieces';
import { toWireError, type FromWorker, type ToWorker } from './protocol';
import { engineTasks, type TaskContext, type TaskName } from './tasks';

/** Progress messages are sent at most this often per task (the last one always). */
const PROGRESS_INTERVAL_MS = 50;

const port = parentPort;
if (!port) throw new Error('node/engine-host/worker.ts runs as a worker thread started by the engine host.');

const send = (message: FromWorker): void => port.postMessage(message);

const text = (value: unknown): string =>
  value instanceof Error
    ? (value.stack ?? value.message)
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** Log lines go to the host, which writes them to the app's log. */
const logger: Logger = {
  info: (message, ...rest) => send({ type: 'log', level: 'info', message, rest: rest.map(text) }),
  warn: (message, ...rest) => send({ type: 'log', level: 'warn', message, rest: rest.map(text) }),
  error: (message, ...rest) => send({ type: 'log', level: 'error', message, rest: rest.map(text) }),
};

const incoming = new Map<number, PieceCollector>();
const running = new Map<number, AbortController>();

/** The results being sent, by task: each waits for the host's acknowledgements of its pieces. */
const outgoing = new Map<number, PieceSender>();

/** Runs one task and sends its result back in pieces, or its error. */
async function run(id: number, name: string, input: unknown): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  let last = 0;
  const context: TaskContext = {
    signal: controller.signal,
    logger,
    progress: (done, total) => {
      const now = Date.now();
      if (done !== total && done !== 0 && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      send({ type: 'progress', id, done, total });
    },
  };
  try {
    if (!Object.hasOwn(engineTasks, name)) throw new Error(`The engine has no task named ${name}.`);
    const definition = engineTasks[name as TaskName] as {
      run(input: unknown, context: TaskContext): unknown;
    };
    const result = await definition.run(input, context);
    controller.signal.throwIfAborted();
    const { head, fields, pieces } = splitPieces(result);
    const sender = new PieceSender((piece) => send({ type: 'piece', id, piece }));
    outgoing.set(id, sender);
    await sender.send(pieces, controller.signal);
    send({ type: 'done', id, head, fields });
  } catch (error) {
    send({ type: 'error', id, error: toWireError(error) });
  } finally {
    running.delete(id);
    outgoing.delete(id);
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'watch': {
      // A worker of its own watches the open folder: chokidar's start over thousands of files stays off the main loop.
      const watcher = watchFolder(message.root, (events) => send({ type: 'changes', events }), {
        logger,
        stateFiles: true,
      });
      void watcher.ready.then(() => send({ type: 'watching' }));
      return;
    }
    case 'piece': {
      let collector = incoming.get(message.id);
      if (!collector) incoming.set(message.id, (collector = new PieceCollector()));
      collector.add(message.piece);
      return;
    }
    case 'run': {
      const collector = incoming.get(message.id);
      incoming.delete(message.id);
      const input = collector ? collector.join(message.head, message.fields) : message.head;
      void run(message.id, message.task, input);
      return;
    }
    case 'ack':
      outgoing.get(message.id)?.acknowledge();
      return;
    case 'cancel':
      running.get(message.id)?.abort(new DOMException('The task was cancelled.', 'AbortError'));
      return;
  }
});
