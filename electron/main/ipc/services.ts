import type { EventMap, EventName } from '../../../shared/ipc/channels';
import type { AppInfo, Settings } from '../../../shared/ipc/types';
import type { Logger } from '../../node/logger';

/** What handlers need from the outside world; main wires Electron to it, tests pass stubs. */
export interface Services {
  appInfo: AppInfo;
  /** The app's data folder (settings, recent folders, logs). */
  dataDir: string;
  /** Where the bundled resources are (`resources/`, with `demo/`). */
  resourcesDir: string;
  /** A folder given on the command line, opened at start. */
  initialFolder?: string;
  /** The clipboard's text (File > New Article from Clipboard). */
  readClipboardText(): Promise<string>;
  /** The operating system's locale, e.g. `fr-FR`. */
  systemLocale: string;
  logger: Logger;
  dialogs: {
    /** Asks the user for a folder; null when cancelled. */
    chooseFolder(): Promise<string | null>;
    /** Asks the user whether to open a web link in the system browser. */
    confirmOpenExternal(url: string): Promise<boolean>;
  };
  /** Opens an http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Called with the settings whenever they are loaded or changed (main updates the menu language). */
  applySettings(settings: Settings): void;
  /** Pushes an event to the renderer. */
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}
