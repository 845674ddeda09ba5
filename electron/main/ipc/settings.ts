import type { Settings } from '../../../shared/ipc/types';
import type { SettingsStore } from '../../../node/settings-store';

/** Handlers of the settings domain. */
export function createSettingsHandlers(store: SettingsStore) {
  return {
    getSettings: () => store.load(),
    updateSettings: (patch: Partial<Pick<Settings, 'theme' | 'language' | 'zoom' | 'layout'>>) =>
      store.update(patch),
  };
}
