import { SettingsStore } from '../../../node/settings-store';
import { createAlignmentHandlers } from './alignment';
import { createAppHandlers } from './app';
import { createExportHandlers } from './export';
import { createClaimsHandlers } from './claims';
import type { HandlerTable } from './dispatch';
import { createFolderHandlers } from './folder';
import { createNotesHandlers } from './notes';
import type { Services } from './services';
import { createSettingsHandlers } from './settings';
import { createStoryHandlers } from './story';
import { createUndoHandlers } from './undo';

/** The handler table plus `dispose`, which stops what the handlers keep running (the folder watcher). */
export type Handlers = HandlerTable & { dispose(): Promise<void> };

/** Builds the one handler table the main process registers and the end-to-end bridge calls. */
export function createHandlers(services: Services): Handlers {
  const settings = new SettingsStore(services.dataDir, services.systemLocale, services.logger, (value) =>
    services.applySettings(value),
  );
  const {
    currentRoot,
    currentSession,
    history,
    dispose: disposeFolder,
    ...folder
  } = createFolderHandlers(services, settings);
  const {
    dispose: disposeNotes,
    liveNotes,
    ...notes
  } = createNotesHandlers(services, currentSession, history);
  return {
    ...createAppHandlers(services),
    ...createSettingsHandlers(settings),
    ...folder,
    ...createAlignmentHandlers(services, settings, currentRoot, history),
    ...notes,
    ...createExportHandlers(services, currentSession, liveNotes),
    ...createClaimsHandlers(services, currentSession, history),
    ...createStoryHandlers(services, currentSession),
    ...createUndoHandlers(history),
    dispose: async () => {
      await Promise.all([disposeFolder(), disposeNotes(), settings.settled()]);
    },
  };
}
