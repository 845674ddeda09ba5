import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/ipc/errors';
import type { MenuCommand, Settings } from '../../shared/ipc/types';
import { api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { ClaimsSidePanel } from './components/claims/ClaimsSidePanel';
import { CompareWorkspace } from './components/compare/CompareWorkspace';
import { DemoBanner } from './components/DemoBanner';
import { EmptyState } from './components/EmptyState';
import { FictionalContext } from './components/fictional';
import { ErrorBanner } from './components/ErrorBanner';
import { ExportDialog } from './components/ExportDialog';
import { LoadingOverlay } from './components/LoadingOverlay';
import { CompareNotesContext } from './components/notes/compare-notes';
import { NoteOverlays } from './components/notes/NoteOverlays';
import { PaneSeparator } from './components/layout/PaneSeparator';
import { NotesPanel, NotesTabLabel } from './components/notes/NotesPanel';
import { RecentFolders } from './components/RecentFolders';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { Sidebar } from './components/Sidebar';
import { StoryView } from './components/story/StoryView';
import { toAppError } from './errors';
import { isTyping, useCommands } from './hooks/use-commands';
import { useComparePair } from './hooks/use-compare-pair';
import { useFolder } from './hooks/use-folder';
import { NOTES_TAB, useNoteWorkspace } from './hooks/use-note-workspace';
import { useReveal } from './hooks/use-reveal';
import { LayoutContext, useLayout } from './hooks/use-layout';
import { useUndo } from './hooks/use-undo';
import { useWatchlist } from './hooks/use-watchlist';
import { setLanguage } from './i18n';

const ZOOM_STEP = 0.1;

/** The application shell: sidebar, compare area, side panel, dialogs and commands. */
export function App({
  initialSettings,
  startupError,
}: {
  initialSettings: Settings;
  startupError?: unknown;
}) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [error, setError] = useState<AppError | null>(startupError ? toAppError(startupError) : null);
  const [dialog, setDialog] = useState<'about' | 'shortcuts' | 'export' | null>(null);
  const [dragging, setDragging] = useState(false);
  const layoutState = useLayout(initialSettings.layout, setError);
  const { layout, change: changeLayout } = layoutState;
  const folders = useFolder(setError);
  const undo = useUndo(setError);
  const { folder } = folders;
  const pair = useComparePair(folder);
  const watch = useWatchlist(folder);
  const reveal = useReveal(pair);
  const [storyOpen, setStoryOpen] = useState<string | null>(null);
  const notes = useNoteWorkspace(folder, pair, (target, partner) => {
    setStoryOpen(null);
    reveal.show(target, partner);
  });

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
    document.documentElement.style.setProperty('zoom', String(settings.zoom));
  }, [settings.theme, settings.zoom]);

  const update = useCallback(async (patch: Partial<Pick<Settings, 'theme' | 'language' | 'zoom'>>) => {
    try {
      const next = await api().updateSettings(patch);
      if (patch.language) await setLanguage(next.language);
      setSettings(next);
    } catch (e) {
      setError(toAppError(e));
    }
  }, []);

  const run = (command: MenuCommand, path?: string): void => {
    const round = (z: number): number => Math.round(z * 10) / 10;
    switch (command) {
      case 'open-folder':
        void folders.openDialog();
        break;
      case 'open-recent':
        if (path) void folders.openPath(path);
        break;
      case 'new-from-clipboard':
        void folders.pasteArticle().then((id) => id && pair.select(id));
        break;
      case 'undo':
      case 'redo':
        if (isTyping(document.activeElement)) document.execCommand(command);
        else void undo.run(command);
        break;
      case 'export-pdf':
        if (pair.view.a && pair.view.b) setDialog('export');
        else
          setError({ code: 'NO_PAIR', message: 'Open a comparison of two articles first, then export it.' });
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
      case 'toggle-sidebar':
        changeLayout({ sidebar: !layout.sidebar });
        break;
      case 'toggle-panel':
        changeLayout({ panel: !layout.panel });
        break;
      case 'about':
        setDialog('about');
        break;
      case 'shortcuts':
        setDialog('shortcuts');
        break;
      case 'open-demo':
        setStoryOpen(null);
        void folders.openDemo();
        break;
    }
  };
  useCommands(run);
  // The story view takes the whole width: the side panel holds the open pair's facts and notes.
  const panelShown = layout.panel && !storyOpen;

  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    const path = file ? api().pathForFile(file) : null;
    if (path) void folders.openPath(path);
  };

  return (
    <div
      className={dragging ? 'app dragging' : 'app'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      <div className="sr-only" role="status" aria-live="polite">
        {undo.announcement}
      </div>
      {folders.starting ? null : folder ? (
        <FictionalContext.Provider value={folder.demo}>
          <div
            className="workspace"
            data-sidebar={layout.sidebar ? undefined : 'hidden'}
            data-panel={panelShown ? undefined : 'hidden'}
            style={{
              gridTemplateColumns: `${layout.sidebar ? layout.sidebarWidth : 0}px minmax(0, 1fr) ${panelShown ? layout.panelWidth : 0}px`,
            }}
          >
            <Sidebar
              folder={folder}
              selected={pair.view.a}
              compared={pair.view.b}
              onSelect={pair.select}
              onOpenFolder={() => void folders.openDialog()}
              onSetOutlet={(id, name) => void folders.setOutlet(id, name)}
              onMove={(ids, storyId) => void folders.moveToStory(ids, storyId)}
              onOpenStory={setStoryOpen}
            />
            <main className="workspace-main" aria-label={t('shell.compareLabel')}>
              <h1 className="sr-only">{t('layout.heading', { folder: folder.name })}</h1>
              <PaneSeparator
                side="start"
                controls="pane-sidebar"
                width={layout.sidebarWidth}
                shown={layout.sidebar}
                label={t('layout.sidebarSeparator')}
                toggleLabel={layout.sidebar ? t('layout.hideSidebar') : t('layout.showSidebar')}
                onWidth={(width, done) => changeLayout({ sidebarWidth: width }, done)}
                onToggle={() => changeLayout({ sidebar: !layout.sidebar })}
              />
              <div className="compare-area">
                {folder.demo ? (
                  <DemoBanner
                    folder={folder}
                    onStart={(a, b) => {
                      setStoryOpen(null);
                      pair.select(a);
                      pair.compareWith(b);
                    }}
                    onOpenFolder={() => void folders.openDialog()}
                  />
                ) : null}
                {storyOpen ? (
                  <StoryView
                    folder={folder}
                    storyId={storyOpen}
                    options={pair.view.options}
                    onClose={() => setStoryOpen(null)}
                    onOpenPair={(a, b, row) => {
                      pair.select(a);
                      pair.compareWith(b);
                      pair.setScrollRow(row);
                      setStoryOpen(null);
                    }}
                  />
                ) : (
                  <CompareNotesContext.Provider value={notes.compare}>
                    <LayoutContext.Provider value={layoutState}>
                      <CompareWorkspace
                        folder={folder}
                        pair={pair}
                        watchPhrases={watch.phrases}
                        reveal={reveal.reveal}
                        onOpenFolder={() => void folders.openDialog()}
                      />
                    </LayoutContext.Provider>
                  </CompareNotesContext.Provider>
                )}
              </div>
              {storyOpen ? null : (
                <PaneSeparator
                  side="end"
                  controls="pane-panel"
                  width={layout.panelWidth}
                  shown={layout.panel}
                  label={t('layout.panelSeparator')}
                  toggleLabel={layout.panel ? t('layout.hidePanel') : t('layout.showPanel')}
                  onWidth={(width, done) => changeLayout({ panelWidth: width }, done)}
                  onToggle={() => changeLayout({ panel: !layout.panel })}
                />
              )}
            </main>
            <aside id="pane-panel" className="side-panel" aria-label={t('shell.panelLabel')}>
              <ClaimsSidePanel
                folder={folder}
                a={pair.view.a}
                b={pair.view.b}
                watch={watch}
                onShow={(target, partner) => {
                  setStoryOpen(null);
                  reveal.show(target, partner);
                }}
                tab={notes.sideTab}
                onTab={notes.setSideTab}
                extraTabs={[
                  {
                    id: NOTES_TAB,
                    label: <NotesTabLabel workspace={notes} />,
                    panel: <NotesPanel workspace={notes} folder={folder} />,
                  },
                ]}
              />
            </aside>
            {!storyOpen && pair.view.b ? <NoteOverlays onAdd={notes.addFromSelection} /> : null}
          </div>
        </FictionalContext.Provider>
      ) : (
        <main className="start">
          <div className="start-column">
            <EmptyState onOpenFolder={() => void folders.openDialog()} />
            <RecentFolders
              folders={folders.recent}
              onOpen={(path) => void folders.openPath(path)}
              onLocate={(entry) => void folders.locate(entry)}
              onForget={(entry) => void folders.forget(entry)}
            />
          </div>
        </main>
      )}
      {folders.loading || folders.starting ? (
        <LoadingOverlay progress={folders.progress} onCancel={folders.cancel} />
      ) : null}
      {dragging ? (
        <div className="drop-hint" aria-hidden="true">
          {t('shell.dropHint')}
        </div>
      ) : null}
      {dialog === 'about' ? <AboutDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' && pair.view.a && pair.view.b ? (
        <ExportDialog
          a={pair.view.a}
          b={pair.view.b}
          equivalence={pair.view.options}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
