import type { Span } from '../article/model';
import type { DiffOp, LinkKind } from './types';

/** Counts the words of one side lying inside a span. */
export type SpanWords = (span: Span) => number;

/**
 * Kind and similarity of diffed text from its operations, with the engine's thresholds on the share of each side's
 * words that are equal; the similarity is the share of both sides' words that are equal, to three decimals.
 */
export function classifyOps(
  ops: readonly DiffOp[],
  wordsA: SpanWords,
  wordsB: SpanWords,
): { kind: LinkKind; similarity: number } {
  let equalA = 0;
  let equalB = 0;
  let totalA = 0;
  let totalB = 0;
  let changed = false;
  for (const op of ops) {
    const wa = op.a ? wordsA(op.a) : 0;
    const wb = op.b ? wordsB(op.b) : 0;
    totalA += wa;
    totalB += wb;
    if (op.op === 'equal') {
      equalA += wa;
      equalB += wb;
    } else {
      changed = true;
    }
  }
  const similarity = roundShare(totalA + totalB ? (equalA + equalB) / (totalA + totalB) : 1);
  const coverA = totalA ? equalA / totalA : 1;
  const coverB = totalB ? equalB / totalB : 1;
  const low = Math.min(coverA, coverB);
  const high = Math.max(coverA, coverB);
  if (!changed) return { kind: 'identical', similarity };
  if (low >= 0.75) return { kind: 'edited', similarity };
  if (high >= 0.8) return { kind: 'partial', similarity };
  if (low >= 0.4) return { kind: 'edited', similarity };
  return { kind: 'paraphrase', similarity };
}

/** Rounds a share to three decimals for stable output. */
export function roundShare(x: number): number {
  return Math.round(x * 1000) / 1000;
}
