import type { DiffOp } from '../compare/types';

/** A piece of a cell shown with its differences: kept text, text the reference had (`del`), text added (`ins`), a paragraph break. */
export interface InlinePiece {
  kind: 'equal' | 'del' | 'ins' | 'break';
  text: string;
}

/**
 * Turns a cell's operations against its reference into the pieces shown inline: kept text from the cell, the
 * reference's words it left out, the words it added, and a break where the operations jump to another paragraph
 * (a cell or a reference made of several paragraphs). Adjacent pieces of the same kind are joined.
 */
export function inlinePieces(ops: readonly DiffOp[], referenceText: string, ownText: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  const push = (kind: InlinePiece['kind'], text: string): void => {
    if (!text) return;
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind && kind !== 'break') last.text += text;
    else pieces.push({ kind, text });
  };
  let endA: number | undefined;
  let endB: number | undefined;
  for (const op of ops) {
    const jumped =
      (op.a && endA !== undefined && op.a[0] > endA) || (op.b && endB !== undefined && op.b[0] > endB);
    if (jumped && pieces.length && pieces[pieces.length - 1]?.kind !== 'break') push('break', '\n');
    if (op.op === 'equal' && op.b) push('equal', ownText.slice(op.b[0], op.b[1]));
    else if (op.op === 'delete' && op.a) push('del', referenceText.slice(op.a[0], op.a[1]));
    else if (op.op === 'insert' && op.b) push('ins', ownText.slice(op.b[0], op.b[1]));
    if (op.a) endA = op.a[1];
    if (op.b) endB = op.b[1];
  }
  return pieces;
}

/**
 * True when a space must be shown between `previous` and `piece` so that words do not read as glued: one of them
 * is deleted text (shown, though the cell's own text holds the space on one side only) and a letter or digit
 * meets a letter or digit at the junction.
 */
export function needsGap(previous: InlinePiece | undefined, piece: InlinePiece): boolean {
  if (!previous || piece.kind === 'break' || previous.kind === 'break') return false;
  if (previous.kind !== 'del' && piece.kind !== 'del') return false;
  return /[\p{L}\p{N}]$/u.test(previous.text) && /^[\p{L}\p{N}]/u.test(piece.text);
}
