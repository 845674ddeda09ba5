import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppError, type AppError } from '../../shared/ipc/errors';
import type { FolderView, MenuCommand, Settings } from '../../shared/ipc/types';
import { api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { EmptyState } from './components/EmptyState';
import { ErrorBanner } from './components/ErrorBanner';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { Sidebar } from './components/Sidebar';
import { useCommands } from './hooks/use-commands';
import { setLanguage } from './i18n';

const ZOOM_STEP = 0.1;

/** Turns anything thrown into an AppError the banner can show. */
function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  return { code: 'INTERNAL', message: String(error), detail: error instanceof Error ? error.stack : undefined };
}

/** The application shell: sidebar, compare area, side panel, dialogs and commands. */
export function App({ initialSettings, startupError }: { initialSettings: Settings; startupError?: unknown }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [folder, setFolder] = useState<FolderView | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(startupError ? toAppError(startupError) : null);
  const [dialog, setDialog] = useState<'about' | 'shortcuts' | null>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
    document.documentElement.style.setProperty('zoom', String(settings.zoom));
  }, [settings.theme, settings.zoom]);

  useEffect(() => {
    void api()
      .getCurrentFolder()
      .then((current) => current && setFolder(current), (e: unknown) => setError(toAppError(e)));
    return api().on('folderChanged', setFolder);
  }, []);

  const update = useCallback(async (patch: Partial<Pick<Settings, 'theme' | 'language' | 'zoom'>>) => {
    try {
      const next = await api().updateSettings(patch);
      if (patch.language) await setLanguage(next.language);
      setSettings(next);
    } catch (e) {
      setError(toAppError(e));
    }
  }, []);

  const openFolder = useCallback(async () => {
    try {
      const opened = await api().openFolderDialog();
      if (opened) {
        setFolder(opened);
        setSelected(null);
      }
    } catch (e) {
      setError(toAppError(e));
    }
  }, []);

  const run = (command: MenuCommand): void => {
    const round = (z: number): number => Math.round(z * 10) / 10;
    switch (command) {
      case 'open-folder':
        void openFolder();
        break;
      case 'export-pdf':
        break;
      case 'zoom-in':
        void update({ zoom: Math.min(3, round(settings.zoom + ZOOM_STEP)) });
        break;
      case 'zoom-out':
        void update({ zoom: Math.max(0.5, round(settings.zoom - ZOOM_STEP)) });
        break;
      case 'zoom-reset':
        void update({ zoom: 1 });
        break;
      case 'theme-system':
      case 'theme-light':
      case 'theme-dark':
        void update({ theme: command.slice('theme-'.length) as Settings['theme'] });
        break;
      case 'language-fr':
      case 'language-en':
        void update({ language: command.slice('language-'.length) as Settings['language'] });
        break;
      case 'about':
        setDialog('about');
        break;
      case 'shortcuts':
        setDialog('shortcuts');
        break;
    }
  };
  useCommands(run);

  return (
    <div className="app">
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      {folder ? (
        <div className="workspace">
          <Sidebar folder={folder} selected={selected} onSelect={setSelected} onOpenFolder={() => void openFolder()} />
          <main className="compare-area" aria-label={t('shell.compareLabel')}>
            <p className="placeholder">{t('shell.selectArticle')}</p>
          </main>
          <aside className="side-panel" aria-label={t('shell.panelLabel')}>
            <p className="placeholder">{t('shell.panelEmpty')}</p>
          </aside>
        </div>
      ) : (
        <main className="start">
          <EmptyState onOpenFolder={() => void openFolder()} />
        </main>
      )}
      {dialog === 'about' ? <AboutDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
