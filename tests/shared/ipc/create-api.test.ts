import { describe, expect, it, vi } from 'vitest';
import { methods } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { createApi } from '../../../shared/ipc/create-api';
import { IpcError } from '../../../shared/ipc/errors';

describe('createApi', () => {
  it('exposes one method per contract entry, frozen', () => {
    const api = createApi(
      async () => ({ ok: true, value: null }),
      () => () => undefined,
      () => null,
    );
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'on', 'pathForFile'].sort());
    expect([...methods].sort()).toEqual(Object.keys(contract).sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends calls on recoupe:<method> and unwraps results', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { name: 'Recoupe' } }));
    const api = createApi(
      invoke,
      () => () => undefined,
      () => null,
    );
    await expect(api.getAppInfo()).resolves.toEqual({ name: 'Recoupe' });
    expect(invoke).toHaveBeenCalledWith('recoupe:getAppInfo', []);
  });

  it('throws an IpcError carrying code, message and detail', async () => {
    const api = createApi(
      async () => ({
        ok: false,
        error: { code: 'BAD_ARGS', message: 'bad', detail: 'openFolder: 0: expected string' },
      }),
      () => () => undefined,
      () => null,
    );
    const error = await api.openFolder('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toMatchObject({
      code: 'BAD_ARGS',
      message: 'bad',
      detail: 'openFolder: 0: expected string',
    });
  });

  it('subscribes to events on recoupe-event:<name>', () => {
    const subscribe = vi.fn((_channel: string, _listener: (payload: unknown) => void) => () => undefined);
    const api = createApi(
      async () => null,
      subscribe,
      () => null,
    );
    const listener = vi.fn();
    api.on('menuCommand', listener);
    expect(subscribe).toHaveBeenCalledWith('recoupe-event:menuCommand', expect.any(Function));
  });
});
