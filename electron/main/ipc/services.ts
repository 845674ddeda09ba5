import { resolve } from 'node:path';
import type { EventMap, EventName } from '../../../shared/ipc/channels';
import type { AppInfo, Settings } from '../../../shared/ipc/types';
import type { Engine } from '../../../node/engine-host/host';
import type { Logger } from '../../../node/logger';
import type { PrintOptions } from '../../../node/print-pdf';

/** Paths the user handed to the app; compared resolved. */
export interface FolderGrants {
  add(path: string): void;
  has(path: string): boolean;
}

/** A FolderGrants that holds exactly the paths added. */
export function folderGrants(): FolderGrants {
  const granted = new Set<string>();
  return {
    add: (path) => void granted.add(resolve(path)),
    has: (path) => granted.has(resolve(path)),
  };
}

/** What handlers need from the outside world; main wires Electron to it, tests pass stubs. */
export interface Services {
  appInfo: AppInfo;
  /** The app's data folder (settings, recent folders, logs). */
  dataDir: string;
  /** Where the bundled resources are (`resources/`, with `demo/`). */
  resourcesDir: string;
  /** A folder given on the command line, opened at start. */
  initialFolder?: string;
  /**
   * Folders the user gave outside the renderer's calls (dropped on the window, reported by the preload from the
   * dropped file; named on the command line): `openFolder` opens only these, the recent ones and the dialog's.
   */
  folderGrants: FolderGrants;
  /** The clipboard's text (File > New Article from Clipboard). */
  readClipboardText(): Promise<string>;
  /** The operating system's locale, e.g. `fr-FR`. */
  systemLocale: string;
  logger: Logger;
  /** Where engine work runs (reading and analysing folders, claims, concordance, stories): off the main loop. */
  engine: Engine;
  dialogs: {
    /** Asks the user for a folder; null when cancelled. */
    chooseFolder(): Promise<string | null>;
    /** Asks where to save an export, starting from a suggested path; null when cancelled. */
    saveFile(suggestedPath: string, format: 'pdf' | 'html'): Promise<string | null>;
  };
  /** Prints a static HTML document to PDF (a hidden window in the app, headless Chromium in tests). */
  printPdf(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** Opens a file with the system's default application. */
  openPath(path: string): Promise<void>;
  /** Shows a file in the system's file manager. */
  showItemInFolder(path: string): void;
  /** Called with the settings whenever they are loaded or changed (main updates the menu language). */
  applySettings(settings: Settings): void;
  /** Pushes an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}
