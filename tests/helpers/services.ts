import { join } from 'node:path';
import { vi } from 'vitest';
import type { Services } from '../../electron/main/ipc/services';
import { nullLogger } from '../../electron/node/logger';

/** Services for handler tests: data and resources under `base`, every dialog cancelled, side effects recorded. */
export function stubServices(base: string, overrides: Partial<Services> = {}): Services {
  return {
    appInfo: { name: 'Recoupe', version: '0.0.0', platform: 'linux' },
    dataDir: join(base, 'data'),
    resourcesDir: join(base, 'resources'),
    readClipboardText: async () => '',
    systemLocale: 'fr-FR',
    logger: nullLogger,
    dialogs: { chooseFolder: async () => null, confirmOpenExternal: async () => false, saveFile: async () => null },
    printPdf: async () => new Uint8Array(),
    openExternal: vi.fn(async () => undefined),
    openPath: vi.fn(async () => undefined),
    showItemInFolder: vi.fn(),
    applySettings: vi.fn(),
    emit: vi.fn(),
    ...overrides,
  };
}
