import { ALIGNMENT_FILE } from '../../../node/alignment-store';
import { ANNOTATIONS_FILE } from '../../../node/annotation-store';
import { CLAIMS_FILE } from '../../../node/claims-state';
import type { UndoDomain } from '../../../shared/ipc/undo';
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

/** The state the window reloads when a state file of `.recoupe/` changes on disk (the events of an Undo). */
const STATE_FILE_DOMAINS: Partial<Record<string, UndoDomain>> = {
  [ANNOTATIONS_FILE]: 'notes',
  [ALIGNMENT_FILE]: 'alignment',
  [CLAIMS_FILE]: 'claims',
};

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
  } = createFolderHandlers(services, settings, (names) => stateFilesChanged(names));
  const {
    dispose: disposeNotes,
    liveNotes,
    reloadFromDisk,
    ...notes
  } = createNotesHandlers(services, currentSession, history);
  /** State files saved elsewhere: the notes are merged in, and the window reloads what it shows of each. */
  const stateFilesChanged = (names: string[]): void => {
    const tell = (changed: UndoDomain): void =>
      services.emit('undoChanged', { state: history.state(), changed });
    for (const name of names) {
      const domain = STATE_FILE_DOMAINS[name];
      if (name === ANNOTATIONS_FILE)
        void reloadFromDisk().then(
          (changed) => changed && tell('notes'),
          (error: unknown) =>
            services.logger.warn('notes: could not reload the notes saved elsewhere', error),
        );
      else if (domain) tell(domain);
    }
  };
  return {
    ...createAppHandlers(services),
    ...createSettingsHandlers(settings),
    ...folder,
    ...createAlignmentHandlers(services, settings, currentRoot, history, (id) => {
      currentSession()?.article(id);
    }),
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
