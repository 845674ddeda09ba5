import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const created: { options: { webPreferences: Record<string, unknown> }; url?: string }[] = [];
const openExternal = vi.fn(async () => undefined);

vi.mock('electron', () => {
  class BrowserWindow {
    listeners = new Map<string, Listener>();
    contentsListeners = new Map<string, Listener>();
    windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
    permissionHandler: Listener | undefined;
    record: (typeof created)[number];
    webContents = {
      on: (event: string, listener: Listener) => this.contentsListeners.set(event, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
        this.windowOpenHandler = handler;
      },
      session: {
        setPermissionRequestHandler: (handler: Listener) => {
          this.permissionHandler = handler;
        },
        setPermissionCheckHandler: vi.fn(),
      },
    };
    constructor(options: (typeof created)[number]['options']) {
      this.record = { options };
      created.push(this.record);
    }
    once(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return { BrowserWindow, dialog: {}, shell: { openExternal } };
});

const { createMainWindow } = await import('../../../electron/main/window');

describe('main window', () => {
  it('is created with the secure preferences and loads app://', () => {
    createMainWindow(undefined, async () => false);
    const record = created.at(-1);
    expect(record?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(record?.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(record?.url).toBe('app://recoupe/index.html');
  });

  it('denies navigation, new windows and permissions, and opens a link only after confirmation', async () => {
    const confirm = vi.fn(async () => true);
    const window = createMainWindow(undefined, confirm) as unknown as {
      contentsListeners: Map<string, Listener>;
      windowOpenHandler: (details: { url: string }) => unknown;
      permissionHandler: Listener;
    };
    const event = { preventDefault: vi.fn() };
    window.contentsListeners.get('will-navigate')?.(event, 'https://example.org/page');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.windowOpenHandler({ url: 'https://example.org/popup' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledWith('https://example.org/popup'));
    expect(confirm).toHaveBeenCalledWith('https://example.org/page');

    const inside = { preventDefault: vi.fn() };
    window.contentsListeners.get('will-navigate')?.(inside, 'app://recoupe/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const callback = vi.fn();
    window.permissionHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });
});
