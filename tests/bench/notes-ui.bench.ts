import type { Article } from '../../shared/article/model';
import { compare } from '../../shared/compare/compare';
import { alignRows, type CompareRow } from '../../shared/compare/view-rows';
import { anchorSpan } from '../../shared/notes/anchor';
import type { Note } from '../../shared/notes/model';
import { placeNotes } from '../../shared/report/place-notes';
import { cutPieces, segmentChanges } from '../../renderer/src/components/compare/pieces';
import type { NoteMarkView } from '../../renderer/src/components/notes/note-mark';
import { makeArticle } from '../helpers/compare-article';
import { fileText, longArticle, rewrite } from '../helpers/long-article';
import { random } from '../helpers/random';
import type { BenchRow } from './types';

const RUNS = 5;

/** Median time of `runs` calls of `work`, in ms. */
function median(work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((x, y) => x - y)[Math.floor(RUNS / 2)]!;
}

/** `count` notes on random spans of A's segments, every other one also on B. */
function notesOn(a: Article, b: Article, rows: readonly CompareRow[], count: number): Note[] {
  const next = random(5);
  const spans = { a: rows.flatMap((r) => r.a), b: rows.flatMap((r) => r.b) };
  const on = (article: Article, side: 'a' | 'b') => {
    const segment = spans[side][Math.floor(next() * spans[side].length)]!;
    const start = segment.start + Math.floor(next() * (segment.end - segment.start - 40));
    return anchorSpan(article, [start, start + 20 + Math.floor(next() * 20)]);
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    tag: 'other',
    text: '',
    targets: i % 2 === 0 ? [on(a, 'a'), on(b, 'b')] : [on(a, 'a')],
  }));
}

/** What the compare view does when the notes change: number them over the rows, then cut every drawn segment. */
function drawAll(a: Article, b: Article, rows: readonly CompareRow[], notes: readonly Note[]): void {
  const plan = placeNotes(rows, notes, a, b);
  const marks: { a: NoteMarkView[]; b: NoteMarkView[] } = { a: [], b: [] };
  for (const side of ['a', 'b'] as const) {
    for (const m of plan.marks[side])
      marks[side].push({
        id: String(m.number),
        number: m.number,
        start: m.span[0],
        end: m.span[1],
        at: m.at,
        highlight: m.highlight,
        active: false,
      });
  }
  for (const row of rows) {
    for (const side of ['a', 'b'] as const) {
      const text = side === 'a' ? a.text : b.text;
      for (const segment of row[side]) {
        const here = marks[side].filter(
          (n) =>
            (n.end > segment.start && n.start < segment.end) || (n.at > segment.start && n.at <= segment.end),
        );
        cutPieces(text, segmentChanges(segment, side, row.link), [], [], here);
      }
    }
  }
}

/**
 * Notes in the compare view: numbering (the export's reading order) and cutting every segment's text around the
 * highlights and markers, as one render of all rows does, on a 10,000-word pair. Baseline: the same pass with no note.
 */
export default async function bench(): Promise<BenchRow[]> {
  const original = longArticle(10_000, 7);
  const a = makeArticle(fileText(original), { id: 'long-a.txt', outlet: 'Gazette' });
  const b = makeArticle(fileText(rewrite(original, 11)), { id: 'long-b.txt', outlet: 'Courrier' });
  const rows = alignRows(compare(a, b));
  const size = `10,000-word pair, ${rows.length} rows`;
  const baseline = median(() => drawAll(a, b, rows, []));
  const out: BenchRow[] = [
    { case: 'notes UI: cut the rows, no note', size, timeMs: baseline, ratio: 1, baseline: 'itself' },
  ];
  for (const count of [200, 1_000]) {
    const notes = notesOn(a, b, rows, count);
    const time = median(() => drawAll(a, b, rows, notes));
    out.push({
      case: `notes UI: number and draw ${count} notes`,
      size,
      timeMs: time,
      ratio: time / baseline,
      baseline: 'no note',
      note: `${notes.filter((n) => n.targets.length === 2).length} on both articles`,
    });
  }
  return out;
}
