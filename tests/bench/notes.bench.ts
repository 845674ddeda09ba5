import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationStore } from '../../node/annotation-store';
import { anchorSpan, reanchorFile, type AnchorText } from '../../shared/notes/anchor';
import { emptyAnnotationFile, type AnnotationFile, type Note } from '../../shared/notes/model';
import type { BenchRow } from './types';
import { madeUpWord, random } from '../helpers/random';

/** A made-up text of about `chars` characters, in paragraphs of invented words. */
function inventText(chars: number, next: () => number): string {
  let text = '';
  while (text.length < chars) {
    const word = madeUpWord(next, 1 + Math.floor(next() * 3));
    text += word + (next() < 0.08 ? '.\n\n' : next() < 0.1 ? ', ' : ' ');
  }
  return text;
}

/** `count` notes on random spans of 10 to 120 characters. */
function notesOn(article: AnchorText, count: number, next: () => number): AnnotationFile {
  const notes: Note[] = Array.from({ length: count }, (_, i) => {
    const length = 10 + Math.floor(next() * 110);
    const start = Math.floor(next() * (article.text.length - length));
    return {
      id: `urn:uuid:bench-${i}`,
      created: '2026-03-01T09:00:00.000Z',
      modified: '2026-03-01T09:00:00.000Z',
      tag: 'other',
      text: `note ${i}`,
      targets: [anchorSpan(article, [start, start + length])],
    };
  });
  return { ...emptyAnnotationFile(), notes };
}

/** Median time of `runs` calls of `work`, in ms. */
function median(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Re-anchoring (unchanged, shifted, reworded articles) and saving/loading large notes files. */
export default async function bench(): Promise<BenchRow[]> {
  const next = random(7);
  const text = inventText(60_000, next);
  const article: AnchorText = { id: 'long.txt', sha256: 'a'.repeat(64), text };
  const file = notesOn(article, 1_000, next);
  const rows: BenchRow[] = [];

  const unchanged = median(5, () => reanchorFile(file, [article]));
  rows.push({
    case: 'notes: re-anchor, article unchanged',
    size: '1000 notes, 60k chars',
    timeMs: unchanged,
    ratio: 1,
    baseline: 'itself',
  });

  const shifted: AnchorText = {
    id: 'long.txt',
    sha256: 'b'.repeat(64),
    text: `Un paragraphe ajouté en tête.\n\n${text}`,
  };
  let report = reanchorFile(file, [shifted]).report;
  const shiftedMs = median(3, () => reanchorFile(file, [shifted]));
  rows.push({
    case: 'notes: re-anchor after an insertion before every note',
    size: '1000 notes, 60k chars',
    timeMs: shiftedMs,
    ratio: shiftedMs / unchanged,
    baseline: 'article unchanged',
    note: `${report.reanchored} re-anchored, ${report.orphaned} orphaned`,
  });

  const fuzzyFile = { ...file, notes: file.notes.slice(0, 200) };
  let reworded = text;
  for (const note of fuzzyFile.notes) {
    const [start, end] = note.targets[0]!.span;
    const middle = Math.floor((start + end) / 2);
    reworded = `${reworded.slice(0, middle)}#${reworded.slice(middle + 1)}`;
  }
  const rewordedArticle: AnchorText = { id: 'long.txt', sha256: 'c'.repeat(64), text: reworded };
  report = reanchorFile(fuzzyFile, [rewordedArticle]).report;
  const fuzzyMs = median(3, () => reanchorFile(fuzzyFile, [rewordedArticle]));
  rows.push({
    case: 'notes: fuzzy re-anchor, one character changed inside each quote',
    size: '200 notes, 60k chars',
    timeMs: fuzzyMs,
    ratio: fuzzyMs / unchanged,
    baseline: 'article unchanged (1000 notes)',
    note: `${report.reanchored} re-anchored, ${report.orphaned} orphaned; ${(fuzzyMs / 200).toFixed(2)} ms per note`,
  });

  const big = notesOn(article, 5_000, next);
  const base = await mkdtemp(join(tmpdir(), 'recoupe-notes-bench-'));
  try {
    const options = { root: base, dataDir: join(base, 'data'), articles: [article], debounceMs: 60_000 };
    const store = await AnnotationStore.open(options);
    store.replace(big);
    const heapBefore = process.memoryUsage().heapUsed;
    let started = performance.now();
    await store.close();
    const saveMs = performance.now() - started;
    rows.push({
      case: 'notes: atomic save (W3C JSON, fsync, .bak)',
      size: '5000 notes',
      timeMs: saveMs,
      memoryMB: Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024,
    });
    started = performance.now();
    const loaded = await AnnotationStore.open(options);
    const loadMs = performance.now() - started;
    rows.push({
      case: 'notes: load (validate with zod, convert positions, re-anchor)',
      size: '5000 notes',
      timeMs: loadMs,
      ratio: loadMs / saveMs,
      baseline: 'atomic save',
      note: `${loaded.file.notes.length} notes loaded`,
    });
    await loaded.close();
  } finally {
    await rm(base, { recursive: true, force: true });
  }
  return rows;
}
