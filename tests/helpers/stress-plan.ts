import { createHash } from 'node:crypto';
import type { AnchorText } from '../../shared/notes/anchor';
import { harbourArticle } from './harbour-folder';
import { random } from './random';

/** Writers of the concurrent-writers stress test, and operations each makes. */
export const WRITERS = 3;
export const OPERATIONS = 100;
/** Notes and articles every writer edits (created before the writers start). */
export const SHARED = 3;

/** One operation of a writer: idempotent (set or delete), so that a writer killed during it can simply do it again. */
export type StressOp =
  | { kind: 'note-set'; id: string; text: string }
  | { kind: 'note-delete'; id: string }
  | { kind: 'outlet-set'; article: string; outlet: string }
  | { kind: 'outlet-clear'; article: string }
  | { kind: 'phrase-add'; phrase: string }
  | { kind: 'phrase-remove'; phrase: string };

/** The article file names of the test folder: the shared ones, then two of each writer's own. */
export function articleNames(): string[] {
  return [
    ...Array.from({ length: SHARED }, (_, k) => `shared-${k}.txt`),
    ...Array.from({ length: WRITERS }, (_, w) => [`own-${w}-0.txt`, `own-${w}-1.txt`]).flat(),
  ];
}

/** The text of an article of the test folder (generated harbour news, our own writing). */
export function articleText(index: number): string {
  return harbourArticle(index, 3);
}

/** The article the notes point at, as the notes store is given it. */
export function notesArticle(): AnchorText {
  const text = articleText(0);
  return { id: 'shared-0.txt', sha256: createHash('sha256').update(text).digest('hex'), text };
}

/** The id of a note: `urn:uuid:` with the writer (9 for shared) and a number. */
export function noteId(writer: number, n: number): string {
  return `urn:uuid:00000000-0000-4000-8000-${String(writer).padStart(4, '0')}${String(n).padStart(8, '0')}`;
}

/** The operations writer `w` makes, in order: adds, edits and deletions of its own items, edits of shared ones. */
export function planOf(w: number): StressOp[] {
  const rand = random(1000 + w);
  const notes: string[] = [];
  const phrases: string[] = [];
  const ops: StressOp[] = [];
  let made = 0;
  for (let k = 0; ops.length < OPERATIONS; k++) {
    const value = `w${w} op${ops.length}`;
    const roll = rand();
    if (roll < 0.2) {
      const id = noteId(w, made++);
      notes.push(id);
      ops.push({ kind: 'note-set', id, text: value });
    } else if (roll < 0.3 && notes.length > 0) {
      ops.push({ kind: 'note-set', id: notes[Math.floor(rand() * notes.length)]!, text: value });
    } else if (roll < 0.4 && notes.length > 0) {
      ops.push({ kind: 'note-delete', id: notes.splice(Math.floor(rand() * notes.length), 1)[0]! });
    } else if (roll < 0.5) {
      ops.push({ kind: 'note-set', id: noteId(9, Math.floor(rand() * SHARED)), text: value });
    } else if (roll < 0.6) {
      ops.push({ kind: 'outlet-set', article: `own-${w}-${Math.floor(rand() * 2)}.txt`, outlet: value });
    } else if (roll < 0.65) {
      ops.push({ kind: 'outlet-clear', article: `own-${w}-${Math.floor(rand() * 2)}.txt` });
    } else if (roll < 0.8) {
      ops.push({ kind: 'outlet-set', article: `shared-${Math.floor(rand() * SHARED)}.txt`, outlet: value });
    } else if (roll < 0.92 || phrases.length === 0) {
      const phrase = `veille ${w} ${made++}`;
      phrases.push(phrase);
      ops.push({ kind: 'phrase-add', phrase });
    } else {
      ops.push({ kind: 'phrase-remove', phrase: phrases.splice(Math.floor(rand() * phrases.length), 1)[0]! });
    }
  }
  return ops;
}
