import { join } from 'node:path';
import type { Services } from '../../electron/main/ipc/services';
import { nullLogger } from '../../node/logger';
import { testEngine } from './engine';

/**
 * Services for handler tests and benches: data and resources under `base`, every dialog cancelled, no side
 * effects; engine work in the shared test engine host's worker threads. Tests that check a side effect pass a spy for it in `overrides`.
 */
export function stubServices(base: string, overrides: Partial<Services> = {}): Services {
  return {
    appInfo: { name: 'Recoupe', version: '0.0.0', platform: 'linux' },
    dataDir: join(base, 'data'),
    resourcesDir: join(base, 'resources'),
    // Tests open folders by path as if the user had dropped each one; tests of the refusal pass folderGrants().
    folderGrants: { add: () => undefined, has: () => true },
    readClipboardText: async () => '',
    systemLocale: 'fr-FR',
    logger: nullLogger,
    engine: testEngine(),
    dialogs: {
      chooseFolder: async () => null,
      saveFile: async () => null,
    },
    printPdf: async () => new Uint8Array(),
    openPath: async () => undefined,
    showItemInFolder: () => undefined,
    applySettings: () => undefined,
    emit: () => undefined,
    ...overrides,
  };
}
