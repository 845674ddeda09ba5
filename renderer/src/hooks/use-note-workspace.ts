import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderView, MenuCommand } from '../../../shared/ipc/types';
import type { NewNote } from '../../../shared/notes/ipc';
import type { Note, NoteTarget, TargetScope } from '../../../shared/notes/model';
import type { CompareNotes, PairNumbers } from '../components/notes/compare-notes';
import { ALL_NOTES, type NoteFilter } from '../components/notes/note-items';
import { currentPicks, type DraftTarget, type SidePicks } from '../components/notes/selection';
import { tagSlug, useTagLabel } from '../components/notes/tags';
import { displayAccelerator, useCommands } from './use-commands';
import type { ComparePairState } from './use-compare-pair';
import { useNotes, type NotesState } from './use-notes';
import type { TextTarget } from './use-reveal';

/** The tag a note on selected text starts with: none is presumed, the user picks one. */
const DEFAULT_TAG = 'other';

/** Id of the notes tab in the side panel. */
export const NOTES_TAB = 'notes';

/** Everything the notes UI shows and does: the notes, the note being written, the list's state, the side tab. */
export interface NoteWorkspace {
  notes: NotesState;
  /** Articles of the open comparison (A, B), when open. */
  pair: { a: string | null; b: string | null };
  /** What the compare view needs to draw and make notes. */
  compare: CompareNotes;
  /** The note being written: the text it points at in each article; null when none is. */
  draft: DraftTarget[] | null;
  /** The tag the note being written starts with. */
  draftTag: string;
  /** True after Add Note found no selected text: the panel says how to make a note. */
  hint: boolean;
  /** The numbers of the open comparison's notes. */
  numbers: ReadonlyMap<string, number>;
  active: string | null;
  editing: string | null;
  filter: NoteFilter;
  /** Feedback on re-attaching an orphaned note. */
  feedback: { id: string; message: string } | null;
  /** The last thing done, for screen readers. */
  announcement: string;
  /** Indexes of the notices the user dismissed. */
  dismissed: ReadonlySet<number>;
  /** A note to scroll to and focus in the list (a new `seq` asks again). */
  focus: { id: string; seq: number } | null;
  sideTab: string;
  setSideTab: (tab: string) => void;
  /** Add Note: starts a note on the selected text, adds it to the note being written, or says what to do. */
  addFromSelection: () => void;
  /** Adds picked text (selection, row, paragraph) to the note being written, starting one (with `tag`) if needed. */
  pick: (picks: SidePicks, scope: TargetScope, tag?: string) => void;
  removeDraftTarget: (article: string) => void;
  cancelDraft: () => void;
  saveDraft: (tag: string, text: string) => void;
  addTag: (label: string) => Promise<string | null>;
  show: (note: Note) => void;
  setEditing: (id: string | null) => void;
  saveEdit: (id: string, tag: string, text: string) => void;
  remove: (note: Note) => void;
  attach: (note: Note, target: NoteTarget) => void;
  openArticle: (note: Note, target: NoteTarget) => void;
  removeTarget: (note: Note, target: NoteTarget) => void;
  setFilter: (filter: NoteFilter) => void;
  dismissNotice: (index: number) => void;
}

/** The notes UI's state and actions for the open folder and pair; handles the Add Note command. */
export function useNoteWorkspace(
  folder: FolderView | null,
  pair: ComparePairState,
  onShow: (target: TextTarget, partner?: string) => void,
): NoteWorkspace {
  const { t } = useTranslation();
  const notes = useNotes(folder);
  const { view } = notes;
  const tagLabel = useTagLabel(view?.tags ?? []);
  const { a, b } = pair.view;
  const [draft, setDraft] = useState<DraftTarget[] | null>(null);
  const [draftTag, setDraftTag] = useState<string>(DEFAULT_TAG);
  const [hint, setHint] = useState(false);
  const [pairNumbers, setPairNumbers] = useState<PairNumbers | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [filter, setFilter] = useState<NoteFilter>(ALL_NOTES);
  const [feedback, setFeedback] = useState<{ id: string; message: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const [focus, setFocus] = useState<{ id: string; seq: number } | null>(null);
  const [sideTab, setSideTab] = useState('claims');
  const focusSeq = useRef(0);

  const folderName = folder?.name ?? null;
  const [shownFor, setShownFor] = useState(folderName);
  if (shownFor !== folderName) {
    setShownFor(folderName);
    setDraft(null);
    setActive(null);
    setEditing(null);
    setDismissed(new Set());
    setFilter(ALL_NOTES);
  }

  // The notes tab is shown when the store has something new to tell (a damaged file, a read-only folder…); derived
  // during render, as React recommends for state that follows other state.
  const noticeCount = view?.notices.length ?? 0;
  const [seenNotices, setSeenNotices] = useState(0);
  if (noticeCount !== seenNotices) {
    setSeenNotices(noticeCount);
    if (noticeCount > seenNotices) setSideTab(NOTES_TAB);
  }

  const numbers = useMemo(
    () =>
      pairNumbers && pairNumbers.a === a && pairNumbers.b === b
        ? pairNumbers.numbers
        : new Map<string, number>(),
    [pairNumbers, a, b],
  );

  const pick = useCallback(
    (picks: SidePicks, scope: TargetScope, tag?: string) => {
      const picked: DraftTarget[] = [];
      if (picks.a && a) picked.push({ ...picks.a, article: a, scope });
      if (picks.b && b) picked.push({ ...picks.b, article: b, scope });
      if (picked.length === 0) return;
      if (!draft) setDraftTag(tag ?? DEFAULT_TAG);
      const kept = (draft ?? []).filter((target) => !picked.some((p) => p.article === target.article));
      setDraft([...kept, ...picked].slice(-2));
      setHint(false);
      setSideTab(NOTES_TAB);
      document.getSelection()?.removeAllRanges();
    },
    [a, b, draft],
  );

  const addFromSelection = useCallback(() => {
    const picks = currentPicks();
    if (picks.a || picks.b) {
      pick(picks, 'text');
      return;
    }
    setSideTab(NOTES_TAB);
    if (!draft) setHint(true);
  }, [pick, draft]);

  useCommands((command: MenuCommand) => {
    if (command === 'add-note') addFromSelection();
  });

  const saveDraft = useCallback(
    (tag: string, text: string) => {
      if (!draft?.length) return;
      const note: NewNote = {
        tag,
        text,
        targets: draft.map(({ article, start, end, scope }) => ({ article, start, end, scope })),
      };
      void notes.add(note).then((id) => {
        if (!id) return;
        setDraft(null);
        setActive(id);
        setAnnouncement(t('notes.announce.added', { shortcut: displayAccelerator('CmdOrCtrl+Z') }));
      });
    },
    [draft, notes, t],
  );

  const addTag = useCallback(
    async (label: string): Promise<string | null> => {
      const id = tagSlug(
        label,
        (view?.tags ?? []).map((tag) => tag.id),
      );
      return (await notes.apply([{ type: 'addTag', tag: { id, label } }])) ? id : null;
    },
    [notes, view],
  );

  const show = useCallback(
    (note: Note) => {
      const usable = note.targets.filter((target) => target.status !== 'orphaned');
      const target = usable.find((x) => x.article === a || x.article === b) ?? usable[0];
      if (!target) return;
      const partner = note.targets.find((x) => x.article !== target.article)?.article;
      setActive(note.id);
      onShow({ article: target.article, start: target.span[0], end: target.span[1] }, partner);
    },
    [a, b, onShow],
  );

  const saveEdit = useCallback(
    (id: string, tag: string, text: string) => {
      const note = view?.notes.find((n) => n.id === id);
      setEditing(null);
      if (!note || (note.tag === tag && note.text === text)) return;
      void notes.apply([{ type: 'edit', id, tag, text }]).then((ok) => {
        if (ok) setAnnouncement(t('notes.announce.edited'));
      });
    },
    [view, notes, t],
  );

  const remove = useCallback(
    (note: Note) => {
      void notes.apply([{ type: 'delete', id: note.id }]).then((ok) => {
        if (!ok) return;
        if (active === note.id) setActive(null);
        setAnnouncement(t('notes.announce.deleted', { shortcut: displayAccelerator('CmdOrCtrl+Z') }));
      });
    },
    [notes, active, t],
  );

  const attach = useCallback(
    (note: Note, target: NoteTarget) => {
      const side = target.article === a ? 'a' : target.article === b ? 'b' : null;
      const outlet = folder?.articles.find((x) => x.id === target.article)?.outlet.name ?? target.article;
      const picked = side ? currentPicks()[side] : undefined;
      if (!picked) {
        setFeedback({ id: note.id, message: t('notes.orphaned.selectFirst', { outlet }) });
        return;
      }
      void notes
        .setTarget(note.id, { article: target.article, start: picked.start, end: picked.end, scope: 'text' })
        .then((ok) => {
          if (!ok) return;
          document.getSelection()?.removeAllRanges();
          setFeedback(null);
          setActive(note.id);
          setAnnouncement(t('notes.announce.attached', { outlet }));
        });
    },
    [a, b, folder, notes, t],
  );

  const openArticle = useCallback(
    (note: Note, target: NoteTarget) => {
      const partner = note.targets.find((x) => x.article !== target.article)?.article;
      onShow({ article: target.article, start: 0, end: 0 }, partner);
    },
    [onShow],
  );

  const removeTarget = useCallback(
    (note: Note, target: NoteTarget) => {
      void notes.apply([{ type: 'removeTarget', id: note.id, article: target.article }]);
    },
    [notes],
  );

  const onOpen = useCallback((id: string) => {
    setSideTab(NOTES_TAB);
    setActive(id);
    setFilter(ALL_NOTES);
    focusSeq.current += 1;
    setFocus({ id, seq: focusSeq.current });
  }, []);

  const compare = useMemo<CompareNotes>(
    () => ({ notes: view?.notes ?? [], active, tagLabel, onNumbers: setPairNumbers, onOpen, onPick: pick }),
    [view, active, tagLabel, onOpen, pick],
  );

  return {
    notes,
    pair: { a, b },
    compare,
    draft,
    draftTag,
    hint,
    numbers,
    active,
    editing,
    filter,
    feedback,
    announcement,
    dismissed,
    focus,
    sideTab,
    setSideTab,
    addFromSelection,
    pick,
    removeDraftTarget: (article) =>
      setDraft((current) => current?.filter((x) => x.article !== article) ?? null),
    cancelDraft: () => setDraft(null),
    saveDraft,
    addTag,
    show,
    setEditing,
    saveEdit,
    remove,
    attach,
    openArticle,
    removeTarget,
    setFilter,
    dismissNotice: (index) => setDismissed((current) => new Set([...current, index])),
  };
}
