import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, isTrustedSender } from '../../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../../electron/main/ipc/handlers';
import type { Services } from '../../../../electron/main/ipc/services';
import { nullLogger } from '../../../../node/logger';
import { HandlerError } from '../../../../shared/ipc/errors';
import { stubServices } from '../../../helpers/services';

async function setup(overrides: Partial<Services> = {}) {
  const services = stubServices(await mkdtemp(join(tmpdir(), 'recoupe-ipc-')), {
    appInfo: { name: 'Recoupe', version: '1.2.3', platform: 'linux' },
    applySettings: vi.fn(),
    ...overrides,
  });
  const handlers = createHandlers(services);
  return { services, handlers, dispatch: createDispatcher(handlers, nullLogger) };
}

const app = { url: 'app://recoupe/index.html' };

describe('IPC dispatcher', () => {
  it('answers a valid call from the app', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('getAppInfo', app, [])).toEqual({
      ok: true,
      value: { name: 'Recoupe', version: '1.2.3', platform: 'linux' },
    });
  });

  it('returns BAD_ARGS for arguments that do not match the schema', async () => {
    const { dispatch } = await setup();
    for (const args of [[42], [], ['a', 'b'], 'not-a-tuple', [{ theme: 'purple' }]]) {
      const method = Array.isArray(args) && typeof args[0] === 'object' ? 'updateSettings' : 'openFolder';
      const result = await dispatch(method, app, args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('BAD_ARGS');
    }
  });

  it('refuses a call whose sender is not app://', async () => {
    const handler = vi.fn();
    const { handlers } = await setup();
    const dispatch = createDispatcher({ ...handlers, getAppInfo: handler }, nullLogger);
    for (const url of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'http://127.0.0.1:5173/',
      'app://other/',
      '',
    ]) {
      const result = await dispatch('getAppInfo', { url }, []);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when it is named', () => {
    expect(isTrustedSender('http://localhost:5173/', ['http://localhost:5173'])).toBe(true);
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
  });

  it('refuses unknown channels', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('deleteEverything', app, [])).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('passes a HandlerError through with its code and params, and hides other failures behind INTERNAL', async () => {
    const { handlers } = await setup();
    const failing = createDispatcher(
      {
        ...handlers,
        getAppInfo: () => {
          throw new HandlerError('NOT_FOUND', 'gone', { params: { name: 'x.txt' } });
        },
        getCurrentFolder: () => {
          throw new TypeError('boom');
        },
      },
      nullLogger,
    );
    expect(await failing('getAppInfo', app, [])).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone', params: { name: 'x.txt' } },
    });
    const internal = await failing('getCurrentFolder', app, []);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('has no channel that opens a web link: the renderer never asked for one', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('openExternal', app, ['https://example.org/'])).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('starts in French on a French system and persists a language change', async () => {
    const { dispatch, services } = await setup();
    expect(await dispatch('getSettings', app, [])).toMatchObject({
      ok: true,
      value: { language: 'fr', theme: 'system' },
    });
    expect(await dispatch('updateSettings', app, [{ language: 'en' }])).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });
    expect(services.applySettings).toHaveBeenLastCalledWith(expect.objectContaining({ language: 'en' }));
    const again = createDispatcher(createHandlers(services), nullLogger);
    expect(await again('getSettings', app, [])).toMatchObject({ ok: true, value: { language: 'en' } });
  });
});
