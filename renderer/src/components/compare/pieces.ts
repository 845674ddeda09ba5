import type { Span } from '../../../../shared/article/model';
import { tokenize } from '../../../../shared/text/tokenize';
import type { Link, Segment } from '../../../../shared/compare/types';
import type { NoteMarkView } from '../notes/note-mark';

/** How a piece of a segment's text compares with the other side. */
export type Change = 'plain' | 'equal' | 'delete' | 'insert';

/** A run of a segment's text with one change, cut where numbers and find matches start and end. */
export interface Piece {
  start: number;
  end: number;
  change: Change;
  /** A number inside a deletion or an insertion (a differing number, emphasised). */
  number: boolean;
  /** Index of the find match this piece is in, if any. */
  match?: number;
  /** A highlight this piece is in: a watched phrase, or the text the user asked to be shown. */
  mark?: TextMark['kind'];
  /** Ids of the notes highlighting this piece, and whether one is the note the user is looking at. */
  notes?: string[];
  noteActive?: boolean;
  /** Numbers of the notes whose marker goes right after this piece. */
  refs?: { id: string; number: number; active: boolean }[];
}

/** A highlighted span of an article's text: a watched phrase, or the target of "show in the comparison". */
export interface TextMark {
  start: number;
  end: number;
  kind: 'watch' | 'target';
}

/** A find match in an article's text. */
export interface TextMatch {
  start: number;
  end: number;
  /** Position of the match in the whole list, to tell the current one. */
  index: number;
}

/** The changes tiling one segment: a link's operations on that side, or the whole segment as plain text. */
export function segmentChanges(
  segment: Segment,
  side: 'a' | 'b',
  link: Link | undefined,
): { start: number; end: number; change: Change }[] {
  if (!link) return [{ start: segment.start, end: segment.end, change: 'plain' }];
  const out: { start: number; end: number; change: Change }[] = [];
  for (const op of link.ops) {
    const span = op[side];
    if (!span || span[0] < segment.start || span[1] > segment.end || span[1] <= span[0]) continue;
    out.push({ start: span[0], end: span[1], change: op.op });
  }
  return out.length ? out : [{ start: segment.start, end: segment.end, change: 'plain' }];
}

/**
 * Cuts a segment's changes into pieces at the boundaries of numbers (inside deletions and insertions), of find
 * matches, of highlights and of notes (with their markers), so each piece can be drawn with one style.
 */
export function cutPieces(
  text: string,
  changes: readonly { start: number; end: number; change: Change }[],
  matches: readonly TextMatch[],
  marks: readonly TextMark[] = [],
  notes: readonly NoteMarkView[] = [],
): Piece[] {
  const pieces: Piece[] = [];
  for (const change of changes) {
    const numbers: Span[] =
      change.change === 'delete' || change.change === 'insert'
        ? tokenize(text, change.start, change.end)
            .filter((t) => t.kind === 'number')
            .map((t): Span => [t.start, t.end])
        : [];
    const cuts = new Set<number>([change.start, change.end]);
    for (const [s, e] of numbers) cuts.add(s).add(e);
    for (const m of [...matches, ...marks]) {
      if (m.end <= change.start || m.start >= change.end) continue;
      cuts.add(Math.max(m.start, change.start)).add(Math.min(m.end, change.end));
    }
    for (const n of notes) {
      if (n.highlight && n.end > change.start && n.start < change.end) {
        cuts.add(Math.max(n.start, change.start)).add(Math.min(n.end, change.end));
      }
      if (n.at > change.start && n.at < change.end) cuts.add(n.at);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i] ?? 0;
      const end = points[i + 1] ?? 0;
      if (end <= start) continue;
      const match = matches.find((m) => m.start <= start && end <= m.end);
      const piece: Piece = {
        start,
        end,
        change: change.change,
        number: numbers.some(([s, e]) => s <= start && end <= e),
      };
      if (match) piece.match = match.index;
      const covering = marks.filter((m) => m.start <= start && end <= m.end);
      const mark = covering.find((m) => m.kind === 'target') ?? covering[0];
      if (mark) piece.mark = mark.kind;
      const noting = notes.filter((n) => n.highlight && n.start <= start && end <= n.end);
      if (noting.length) {
        piece.notes = noting.map((n) => n.id);
        piece.noteActive = noting.some((n) => n.active);
      }
      const refs = notes.filter((n) => n.at === end).sort((x, y) => x.number - y.number);
      if (refs.length) piece.refs = refs.map(({ id, number, active }) => ({ id, number, active }));
      pieces.push(piece);
    }
  }
  return pieces;
}

/** Case-insensitive matches of `query` in `text[start, end)`, as offsets into `text`. */
export function findInText(text: string, start: number, end: number, query: string): Span[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  const hay = text.slice(start, end);
  const folded = hay.toLocaleLowerCase();
  const sameLength = folded.length === hay.length;
  const lower = sameLength ? folded : hay;
  const wanted = sameLength ? needle : query.trim();
  const out: Span[] = [];
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    out.push([start + at, start + at + wanted.length]);
  }
  return out;
}
