import type { Article, Span } from '../article/model';
import type { CompareRow } from '../compare/view-rows';
import type { Note, NoteTarget } from '../notes/model';
import type { NoteMark } from './marks';

/** A note with its number and the usable targets on each side of the comparison. */
export interface NumberedNote {
  number: number;
  note: Note;
  /** The target on A and on B when it can be placed on the current text. */
  a?: NoteTarget;
  b?: NoteTarget;
}

/** A note that could not be put on a row, with what it pointed to. */
export interface UnplacedNote extends NumberedNote {
  /** The target that could not be placed, for its quote. */
  target: NoteTarget;
  /** True when the note's text is gone from the file (orphaned or the file changed). */
  orphaned: boolean;
}

/** Where every note goes in a report. */
export interface NotePlan {
  /** Notes printed beside each row, by row key, in number order. */
  byRow: Map<string, NumberedNote[]>;
  /** Notes whose text is not on any row shown, numbered after the others. */
  unplaced: UnplacedNote[];
  /** Markers and highlights to draw in each side's text. */
  marks: { a: NoteMark[]; b: NoteMark[] };
}

/** The rows on one side whose text contains a position: the segments and boilerplate cell of each row. */
function rowSpans(rows: readonly CompareRow[], side: 'a' | 'b'): { key: string; span: Span }[] {
  const out: { key: string; span: Span }[] = [];
  for (const row of rows) {
    for (const segment of row[side]) out.push({ key: row.key, span: [segment.start, segment.end] });
    if (row.boilerplate?.side === side) out.push({ key: row.key, span: row.boilerplate.span });
  }
  return out;
}

/** The target of a note on an article when it can be drawn on the article's current text. */
function usableTarget(note: Note, article: Article): NoteTarget | undefined {
  const target = note.targets.find((t) => t.article === article.id);
  if (!target || target.status === 'orphaned' || target.sha256 !== article.sha256) return undefined;
  const [start, end] = target.span;
  return start >= 0 && start <= end && end <= article.text.length ? target : undefined;
}

/** The notes of a folder that concern either article of the comparison. */
export function notesOf(notes: readonly Note[], a: Article, b: Article): Note[] {
  return notes.filter((n) => n.targets.some((t) => t.article === a.id || t.article === b.id));
}

/** The keys of the rows (among `rows`, hidden ones included) that a note would sit on. */
export function notedRowKeys(
  rows: readonly CompareRow[],
  notes: readonly Note[],
  a: Article,
  b: Article,
): Set<string> {
  const keys = new Set<string>();
  const spans = { a: rowSpans(rows, 'a'), b: rowSpans(rows, 'b') };
  for (const note of notes) {
    for (const side of ['a', 'b'] as const) {
      const target = usableTarget(note, side === 'a' ? a : b);
      const key = target && findRow(spans[side], target.span);
      if (key) keys.add(key);
    }
  }
  return keys;
}

/** The row whose text holds the start of a span (or, for an empty span, its position). */
function findRow(spans: readonly { key: string; span: Span }[], target: Span): string | undefined {
  const at = target[0];
  return spans.find(({ span }) => span[0] <= at && (at < span[1] || (at === span[1] && target[1] === at)))
    ?.key;
}

/**
 * Numbers the notes in reading order (row by row, A before B, then by position) and assigns each to the first row
 * it appears on; notes that fall on no row shown are numbered last and listed apart. Pure.
 */
export function placeNotes(
  rows: readonly CompareRow[],
  notes: readonly Note[],
  a: Article,
  b: Article,
): NotePlan {
  const spans = { a: rowSpans(rows, 'a'), b: rowSpans(rows, 'b') };
  const rowOrder = new Map(rows.map((r, i) => [r.key, i]));
  const anchored: { note: Note; side: 'a' | 'b'; target: NoteTarget; row: number; key: string }[] = [];
  for (const note of notesOf(notes, a, b)) {
    for (const side of ['a', 'b'] as const) {
      const target = usableTarget(note, side === 'a' ? a : b);
      const key = target && findRow(spans[side], target.span);
      if (target && key !== undefined)
        anchored.push({ note, side, target, row: rowOrder.get(key) ?? 0, key });
    }
  }
  anchored.sort(
    (x, y) =>
      x.row - y.row ||
      (x.side === y.side ? 0 : x.side === 'a' ? -1 : 1) ||
      x.target.span[0] - y.target.span[0],
  );

  const numbered = new Map<string, NumberedNote>();
  const byRow = new Map<string, NumberedNote[]>();
  const marks: NotePlan['marks'] = { a: [], b: [] };
  for (const { note, side, target, key } of anchored) {
    let entry = numbered.get(note.id);
    if (!entry) {
      entry = { number: numbered.size + 1, note };
      numbered.set(note.id, entry);
      byRow.set(key, [...(byRow.get(key) ?? []), entry]);
    }
    entry[side] = target;
    const cell = spans[side]
      .filter((s) => s.key === key)
      .find((s) => s.span[0] <= target.span[0] && target.span[0] <= s.span[1]);
    const at = Math.min(target.span[1], cell?.span[1] ?? target.span[1]);
    marks[side].push({
      number: entry.number,
      span: target.span,
      at: Math.max(at, target.span[0]),
      highlight: target.scope === 'text',
    });
  }

  const unplaced: UnplacedNote[] = [];
  for (const note of notesOf(notes, a, b)) {
    if (numbered.has(note.id)) continue;
    const target = note.targets.find((t) => t.article === a.id || t.article === b.id) as NoteTarget;
    const article = target.article === a.id ? a : b;
    const orphaned = usableTarget(note, article) === undefined;
    unplaced.push({ number: numbered.size + unplaced.length + 1, note, target, orphaned });
  }
  return { byRow, unplaced, marks };
}
