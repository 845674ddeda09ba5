import type { Settings } from '../../../shared/ipc/types';
import type { SettingsStore } from '../../node/settings-store';

/** Handlers of the settings domain. */
export function createSettingsHandlers(store: SettingsStore, apply: (settings: Settings) => void) {
  return {
    getSettings: async () => {
      const settings = await store.load();
      apply(settings);
      return settings;
    },
    updateSettings: async (patch: Partial<Pick<Settings, 'theme' | 'language' | 'zoom'>>) => {
      const settings = await store.update(patch);
      apply(settings);
      return settings;
    },
  };
}
