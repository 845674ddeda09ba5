import { channelOf, eventChannelOf, methods, type EventMap, type EventName } from './channels';
import type { ArgsOf, Method, ResultOf } from './contract';
import { IpcError, isAppError, type IpcResult } from './errors';

/** The typed API the renderer calls: one async method per contract entry, plus event subscription. */
export type Api = {
  readonly [M in Method]: (...args: ArgsOf<M>) => Promise<ResultOf<M>>;
} & {
  readonly on: <E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) => () => void;
  /** The filesystem path of a file or folder dropped on the window (a DOM `File`), or null. */
  readonly pathForFile: (file: unknown) => string | null;
};

/** Sends one call over a channel and resolves with the handler's envelope. */
export type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;

/** Subscribes to an event channel; returns the unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/** Builds the frozen `window.api` from the contract; the preload and the test bridge both use it. */
export function createApi(
  invoke: Invoke,
  subscribe: Subscribe,
  pathForFile: (file: unknown) => string | null,
): Api {
  const api: Record<string, unknown> = {};
  for (const method of methods) {
    api[method] = async (...args: unknown[]) => {
      const envelope = (await invoke(channelOf(method), args)) as IpcResult<unknown>;
      if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
        if (envelope.ok) return envelope.value;
        throw new IpcError(envelope.error);
      }
      throw new IpcError({
        code: 'INTERNAL',
        message: 'The app answered in an unexpected way.',
        detail: String(envelope),
      });
    };
  }
  api.pathForFile = pathForFile;
  api.on = (event: EventName, listener: (payload: unknown) => void) =>
    subscribe(eventChannelOf(event), listener);
  return Object.freeze(api) as Api;
}

export { isAppError };
