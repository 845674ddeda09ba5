import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderView } from '../../../../shared/ipc/types';
import type { NoteWorkspace } from '../../hooks/use-note-workspace';
import { ErrorBanner } from '../ErrorBanner';
import { NoteComposer } from './NoteComposer';
import { NoteFilters } from './NoteFilters';
import { NoteList } from './NoteList';
import { filterNotes, isOrphaned, notedOutlets, orderNotes } from './note-items';
import { NotesNotices } from './NotesNotices';
import { OrphanedNotes } from './OrphanedNotes';
import { addNoteShortcut } from './place';
import { useTagOptions } from './tags';
import '../../notes.css';

/** The label of the notes tab: its name, how many notes, and a mark when something needs the user's attention. */
export function NotesTabLabel({ workspace }: { workspace: NoteWorkspace }) {
  const { t } = useTranslation();
  const view = workspace.notes.view;
  const count = view?.notes.length ?? 0;
  const orphaned = view?.notes.filter(isOrphaned).length ?? 0;
  const warn = orphaned > 0 || (view?.notices.some((_, i) => !workspace.dismissed.has(i)) ?? false);
  return (
    <>
      {t('notes.tab')}
      {count > 0 ? (
        <>
          {' '}
          <span className="notes-tab-count">{count}</span>
        </>
      ) : null}
      {warn ? (
        <span className="notes-tab-warn" title={t('notes.tabAttention')}>
          <span aria-hidden="true">!</span>
          <span className="sr-only">{t('notes.tabAttention')}</span>
        </span>
      ) : null}
    </>
  );
}

/**
 * The notes side of the side panel: what the user must know about where notes are kept, the note being written,
 * orphaned notes, and the folder's notes with filters by tag and outlet.
 */
export function NotesPanel({ workspace, folder }: { workspace: NoteWorkspace; folder: FolderView }) {
  const { t } = useTranslation();
  const { notes, pair, draft } = workspace;
  const view = notes.view;
  const articles = useMemo(() => new Map(folder.articles.map((x) => [x.id, x])), [folder.articles]);
  const all = view?.notes;
  const tagOptions = useTagOptions(view?.tags ?? []);
  const placed = useMemo(
    () => (all ?? []).filter((note) => note.targets.some((target) => target.status !== 'orphaned')),
    [all],
  );
  const orphaned = useMemo(() => (all ?? []).filter(isOrphaned), [all]);
  const outlets = useMemo(() => notedOutlets(all ?? [], articles), [all, articles]);
  const usedTags = useMemo(
    () => tagOptions.filter((tag) => all?.some((note) => note.tag === tag.id)),
    [tagOptions, all],
  );
  // A filter on a tag or outlet no note has any more (the last one was deleted) shows everything again.
  const filter = {
    tag: usedTags.some((tag) => tag.id === workspace.filter.tag) ? workspace.filter.tag : '',
    outlet: outlets.some((outlet) => outlet.id === workspace.filter.outlet) ? workspace.filter.outlet : '',
  };
  const listed = orderNotes(filterNotes(placed, filter, articles), workspace.numbers);
  const missing = useMemo(() => {
    if (!draft?.length || draft.length > 1) return null;
    const other = [pair.a, pair.b].find((id) => id && !draft.some((target) => target.article === id));
    return other ? (articles.get(other) ?? null) : null;
  }, [draft, pair.a, pair.b, articles]);

  const { focus } = workspace;
  useEffect(() => {
    if (!focus) return;
    const item = document.querySelector<HTMLElement>(`.notes-panel [data-note="${CSS.escape(focus.id)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.querySelector<HTMLElement>('button')?.focus();
  }, [focus]);

  return (
    <div className="notes-panel">
      <div className="notes-heading-row">
        <h2 className="notes-heading">{t('notes.title')}</h2>
        <button
          type="button"
          className="button small-button"
          title={t('notes.addTitle', { shortcut: addNoteShortcut() })}
          onMouseDown={(event) => event.preventDefault()}
          onClick={workspace.addFromSelection}
        >
          {t('notes.add')}
        </button>
      </div>
      {view ? (
        <NotesNotices view={view} dismissed={workspace.dismissed} onDismiss={workspace.dismissNotice} />
      ) : null}
      {notes.error ? <ErrorBanner error={notes.error} onDismiss={notes.dismissError} /> : null}
      {workspace.hint && !draft ? (
        <p className="notes-hint" role="status">
          {t('notes.hint', { shortcut: addNoteShortcut() })}
        </p>
      ) : null}
      {draft ? (
        <NoteComposer
          targets={draft}
          tag={workspace.draftTag}
          articles={articles}
          missing={missing}
          tags={view?.tags ?? []}
          onAddTag={workspace.addTag}
          onUseSelection={workspace.addFromSelection}
          onRemoveTarget={workspace.removeDraftTarget}
          onSave={workspace.saveDraft}
          onCancel={workspace.cancelDraft}
        />
      ) : null}
      {view ? (
        <>
          <OrphanedNotes
            notes={orphaned}
            articles={articles}
            tags={view.tags}
            open={[pair.a, pair.b].filter((id): id is string => Boolean(id))}
            feedback={workspace.feedback}
            onAttach={workspace.attach}
            onOpenArticle={workspace.openArticle}
            onRemoveTarget={workspace.removeTarget}
            onDelete={workspace.remove}
          />
          <section className="notes-all" aria-labelledby="notes-all-title">
            <h3 id="notes-all-title" className="notes-subheading">
              {t('notes.list.title', { count: listed.length })}
            </h3>
            {all && all.length > 0 ? (
              <NoteFilters filter={filter} tags={usedTags} outlets={outlets} onChange={workspace.setFilter} />
            ) : null}
            <NoteList
              notes={listed}
              numbers={workspace.numbers}
              articles={articles}
              tags={view.tags}
              active={workspace.active}
              editing={workspace.editing}
              onShow={workspace.show}
              onEdit={workspace.setEditing}
              onSave={workspace.saveEdit}
              onDelete={workspace.remove}
              onAddTag={workspace.addTag}
              empty={
                placed.length > 0
                  ? t('notes.list.noMatch')
                  : t('notes.list.none', { shortcut: addNoteShortcut() })
              }
            />
          </section>
        </>
      ) : null}
      <div className="sr-only" role="status" aria-live="polite">
        {workspace.announcement}
      </div>
    </div>
  );
}
