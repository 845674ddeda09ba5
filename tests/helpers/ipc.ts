import { createDispatcher } from '../../electron/main/ipc/dispatch';
import type { Handlers } from '../../electron/main/ipc/handlers';
import { nullLogger } from '../../node/logger';
import type { z } from 'zod';
import type { Contract, Method, ResultOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';

/** The app's own window, as the dispatcher sees the sender. */
const APP_SENDER = { url: 'app://recoupe/index.html' };

/** IPC calls as the app's window sends them, through the dispatcher of the handlers last connected. */
export interface IpcTestClient {
  /** Sends the next calls to these handlers (a new dispatcher over them). */
  connect: (handlers: Handlers) => void;
  /** Calls a method through the dispatcher (sender check and zod validation included). */
  send: (method: string, ...args: unknown[]) => Promise<IpcResult<unknown>>;
  /** Calls a method with arguments the contract accepts and returns its value; throws with the error's code and message otherwise. */
  call: <M extends Method>(method: M, ...args: z.input<Contract[M]['args']>) => Promise<ResultOf<M>>;
}

/** A client for handler tests: `connect` the handlers (in `beforeEach`), then `send` or `call` methods. */
export function ipcTestClient(): IpcTestClient {
  let dispatch: ReturnType<typeof createDispatcher> | null = null;
  const send = (method: string, ...args: unknown[]): Promise<IpcResult<unknown>> => {
    if (!dispatch) throw new Error('connect the handlers before sending IPC calls');
    return dispatch(method, APP_SENDER, args);
  };
  return {
    connect: (handlers) => {
      dispatch = createDispatcher(handlers, nullLogger);
    },
    send,
    call: async (method, ...args) => {
      const result = await send(method, ...(args as unknown[]));
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as ResultOf<typeof method>;
    },
  };
}
