import { createContext, useContext, useEffect, useMemo } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import type { Note, TargetScope } from '../../../../shared/notes/model';
import { placeNotes } from '../../../../shared/report/place-notes';
import type { NoteMarkView } from './note-mark';
import type { SidePicks } from './selection';

export type { NoteMarkView };

/** The numbers of the open pair's notes, in reading order (the numbering of the exported PDF). */
export interface PairNumbers {
  a: string;
  b: string;
  numbers: ReadonlyMap<string, number>;
}

/** What the compare view needs to draw notes and offer to make them; absent, the view draws no note. */
export interface CompareNotes {
  notes: readonly Note[];
  /** Id of the note the user is looking at. */
  active: string | null;
  /** The label of a tag, for the markers' accessible names. */
  tagLabel: (tag: string) => string;
  /** Told the numbers of the open pair's notes whenever they change. */
  onNumbers: (numbers: PairNumbers) => void;
  /** A note's marker was activated: show the note in the list. */
  onOpen: (id: string) => void;
  /** A row or paragraph was picked for a note, with the tag it suggests (omission for a paragraph only A has…). */
  onPick: (picks: SidePicks, scope: TargetScope, tag?: string) => void;
}

/** Notes for the compare view, provided by the app shell. */
export const CompareNotesContext = createContext<CompareNotes | null>(null);

const NONE: { a: NoteMarkView[]; b: NoteMarkView[] } = { a: [], b: [] };

/**
 * The notes of the open pair as marks on each column, numbered in reading order over `rows` (row by row, A before
 * B) as the export numbers them. Only targets on the text shown (same file version, not orphaned) are drawn.
 */
export function usePairNoteMarks(
  articles: { a: Article; b: Article } | null,
  rows: readonly CompareRow[],
): { a: NoteMarkView[]; b: NoteMarkView[] } {
  const context = useContext(CompareNotesContext);
  const notes = context?.notes;
  const active = context?.active ?? null;
  const plan = useMemo(
    () => (articles && notes ? placeNotes(rows, notes, articles.a, articles.b) : null),
    [articles, notes, rows],
  );

  const numbers = useMemo(() => {
    const map = new Map<string, number>();
    if (!plan) return map;
    for (const entries of plan.byRow.values())
      for (const entry of entries) map.set(entry.note.id, entry.number);
    for (const entry of plan.unplaced) map.set(entry.note.id, entry.number);
    return map;
  }, [plan]);

  const onNumbers = context?.onNumbers;
  const aId = articles?.a.id;
  const bId = articles?.b.id;
  useEffect(() => {
    if (onNumbers && aId && bId) onNumbers({ a: aId, b: bId, numbers });
  }, [onNumbers, aId, bId, numbers]);

  return useMemo(() => {
    if (!plan) return NONE;
    const idOf = new Map([...numbers].map(([id, n]) => [n, id]));
    const view = (side: 'a' | 'b'): NoteMarkView[] =>
      plan.marks[side].map((m) => {
        const id = idOf.get(m.number) ?? '';
        return {
          id,
          number: m.number,
          start: m.span[0],
          end: m.span[1],
          at: m.at,
          highlight: m.highlight,
          active: id === active,
        };
      });
    return { a: view('a'), b: view('b') };
  }, [plan, numbers, active]);
}
