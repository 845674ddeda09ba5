import type { DiffOp } from './types';

/** How deletions and insertions are marked in inline text. */
export interface InlineMarks {
  deleteOpen: string;
  deleteClose: string;
  insertOpen: string;
  insertClose: string;
  /** Written where the operations move on to another paragraph of a split or merged link. */
  paragraphBreak: string;
}

/** The marks of `git diff --word-diff`: `[-deleted-]` and `{+inserted+}`. */
export const WORD_DIFF_MARKS: InlineMarks = {
  deleteOpen: '[-',
  deleteClose: '-]',
  insertOpen: '{+',
  insertClose: '+}',
  paragraphBreak: '\n',
};

/**
 * Renders a link's operations as one inline text: equal text, `[-deleted-]`, `{+inserted+}`. Equal text is taken
 * from A, or from B right after an insertion so that the space after the inserted words is kept; a paragraph
 * break is written where either side moves on to its next paragraph.
 */
export function renderInline(
  ops: readonly DiffOp[],
  textA: string,
  textB: string,
  marks: InlineMarks = WORD_DIFF_MARKS,
): string {
  let out = '';
  let previous: DiffOp['op'] | undefined;
  let endA: number | undefined;
  let endB: number | undefined;
  for (const op of ops) {
    const jumps =
      (op.a && endA !== undefined && op.a[0] !== endA) || (op.b && endB !== undefined && op.b[0] !== endB);
    if (jumps) out += marks.paragraphBreak;
    if (op.a) endA = op.a[1];
    if (op.b) endB = op.b[1];
    if (op.op === 'equal' && op.a && op.b) {
      out += previous === 'insert' ? textB.slice(op.b[0], op.b[1]) : textA.slice(op.a[0], op.a[1]);
    } else if (op.op === 'delete' && op.a) {
      out += `${marks.deleteOpen}${textA.slice(op.a[0], op.a[1])}${marks.deleteClose}`;
    } else if (op.op === 'insert' && op.b) {
      out += `${marks.insertOpen}${textB.slice(op.b[0], op.b[1])}${marks.insertClose}`;
    }
    previous = op.op;
  }
  return out;
}
