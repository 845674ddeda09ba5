import type { Span } from '../article/model';
import type { Comparison, Link, Segment } from './types';
import { equivalenceKey, type TextEquivalence } from '../text/fold';
import { isDiffToken, tokenize } from '../text/tokenize';

/** One side as the checker needs it: the text and the segments a link's ids refer to. */
export interface CheckSide {
  text: string;
  segments: readonly Segment[];
}

/**
 * Throws unless the operations of `link` are a valid diff: they tile A's segments and B's segments completely and
 * in order (no gap, no overlap), `equal` operations pair texts that are equal under the options, and A's text
 * with the deletions removed and the insertions added reproduces B's text (under the options).
 */
export function assertValidOps(
  link: Link,
  a: CheckSide,
  b: CheckSide,
  options: Partial<TextEquivalence> = {},
): void {
  const eq: TextEquivalence = {
    ignoreCase: options.ignoreCase ?? false,
    ignorePunctuation: options.ignorePunctuation ?? false,
    ignoreTypography: options.ignoreTypography ?? false,
  };
  const where = `link ${link.a.join('+')} → ${link.b.join('+')}`;
  link.ops.forEach((op, i) => {
    const shape =
      op.op === 'equal'
        ? Boolean(op.a && op.b)
        : op.op === 'delete'
          ? Boolean(op.a && !op.b)
          : Boolean(!op.a && op.b);
    if (!shape) throw new Error(`${where}: op ${i} (${op.op}) has the wrong spans`);
  });
  const spansA = link.ops.flatMap((op) => (op.a ? [op.a] : []));
  const spansB = link.ops.flatMap((op) => (op.b ? [op.b] : []));
  assertTiling(`${where}, side A`, spansA, segmentsOf(link.a, a.segments, where));
  assertTiling(`${where}, side B`, spansB, segmentsOf(link.b, b.segments, where));

  link.ops.forEach((op, i) => {
    if (op.op !== 'equal' || !op.a || !op.b) return;
    const ta = a.text.slice(op.a[0], op.a[1]);
    const tb = b.text.slice(op.b[0], op.b[1]);
    const same = keys(a.text, op.a, eq).join('\u0000') === keys(b.text, op.b, eq).join('\u0000');
    if (!same || squash(ta, eq) !== squash(tb, eq)) {
      throw new Error(
        `${where}: equal op ${i} pairs different texts: ${JSON.stringify(ta)} vs ${JSON.stringify(tb)}`,
      );
    }
  });

  const rebuilt: string[] = [];
  const rebuiltKeys: string[] = [];
  for (const op of link.ops) {
    const from =
      op.op === 'equal'
        ? { text: a.text, span: op.a }
        : op.op === 'insert'
          ? { text: b.text, span: op.b }
          : undefined;
    if (!from?.span) continue;
    rebuilt.push(from.text.slice(from.span[0], from.span[1]));
    rebuiltKeys.push(...keys(from.text, from.span, eq));
  }
  const target = segmentsOf(link.b, b.segments, where);
  const targetKeys = target.flatMap((s) => keys(b.text, [s.start, s.end], eq));
  const targetText = target.map((s) => b.text.slice(s.start, s.end)).join('');
  if (
    rebuiltKeys.join('\u0000') !== targetKeys.join('\u0000') ||
    squash(rebuilt.join(''), eq) !== squash(targetText, eq)
  ) {
    throw new Error(`${where}: A with the deletions removed and the insertions added does not give B`);
  }
}

/** Runs `assertValidOps` on every link of a comparison, with the options it was made with. */
export function assertValidComparison(comparison: Comparison, options: Partial<TextEquivalence> = {}): void {
  const a = { text: comparison.a.text, segments: comparison.segments.a };
  const b = { text: comparison.b.text, segments: comparison.segments.b };
  for (const link of comparison.links) assertValidOps(link, a, b, options);
}

/** The segments named by `ids`, in order; throws on an unknown id. */
function segmentsOf(ids: readonly string[], segments: readonly Segment[], where: string): Segment[] {
  return ids.map((id) => {
    const segment = segments.find((s) => s.id === id);
    if (!segment) throw new Error(`${where}: unknown segment ${id}`);
    return segment;
  });
}

/** Throws unless `spans` cover `segments` exactly, in order, each span inside one segment and non-empty. */
function assertTiling(where: string, spans: readonly Span[], segments: readonly Segment[]): void {
  let s = 0;
  let cursor = segments[0]?.start ?? 0;
  for (const [start, end] of spans) {
    const segment = segments[s];
    if (!segment) throw new Error(`${where}: span [${start}, ${end}) is beyond the link's segments`);
    if (start !== cursor)
      throw new Error(`${where}: span [${start}, ${end}) should start at ${cursor} (gap or overlap)`);
    if (end <= start || end > segment.end)
      throw new Error(`${where}: span [${start}, ${end}) leaves segment ${segment.id}`);
    cursor = end;
    if (cursor === segment.end) {
      s++;
      cursor = segments[s]?.start ?? cursor;
    }
  }
  if (s !== segments.length)
    throw new Error(`${where}: the operations stop at ${cursor}, before the end of the segments`);
}

/** Comparison keys of the tokens of `text[span]` (read in context) that take part in a diff under `eq`. */
function keys(text: string, span: Span, eq: TextEquivalence): string[] {
  return tokenize(text, span[0], span[1])
    .filter((t) => isDiffToken(t, eq))
    .map((t) => equivalenceKey(text.slice(t.start, t.end), eq));
}

/** `text` normalized under `eq` with all spaces removed (and all punctuation, when it is ignored). */
function squash(text: string, eq: TextEquivalence): string {
  const normalized = equivalenceKey(text, eq).replace(/\s+/gu, '');
  return eq.ignorePunctuation ? normalized.replace(/[^\p{L}\p{M}\p{N}]/gu, '') : normalized;
}
