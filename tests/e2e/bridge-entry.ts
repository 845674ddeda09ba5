import { createApi } from '../../shared/ipc/create-api';

type Listener = (payload: unknown) => void;

interface BridgeWindow {
  __recoupeInvoke: (channel: string, args: unknown[]) => Promise<unknown>;
  __recoupeEmit: (channel: string, payload: unknown) => void;
  /** Paths the test gives to dropped files, by file name (a browser File has no path). */
  __recoupeDropPaths: Record<string, string>;
}

const bridge = window as unknown as Window & BridgeWindow;
const listeners = new Map<string, Set<Listener>>();

Object.defineProperty(window, 'api', {
  value: createApi(
    (channel, args) => bridge.__recoupeInvoke(channel, args),
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
    (file) => (file instanceof File ? (bridge.__recoupeDropPaths[file.name] ?? null) : null),
  ),
  writable: false,
  configurable: false,
});

bridge.__recoupeDropPaths = {};
bridge.__recoupeEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};
