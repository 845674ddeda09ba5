import type { Span } from '../article/model';

/** Spans sorted by start, overlapping and touching ones joined into one. */
export function joinSpans(spans: readonly Span[]): Span[] {
  const out: [number, number][] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The parts of `spans` that `others` also cover, sorted and non-empty. */
export function intersectSpans(spans: readonly Span[], others: readonly Span[]): Span[] {
  const a = joinSpans(spans);
  const b = joinSpans(others);
  const out: Span[] = [];
  let j = 0;
  for (const [s, e] of a) {
    while (j < b.length && b[j]![1] <= s) j++;
    for (let k = j; k < b.length && b[k]![0] < e; k++) {
      const from = Math.max(s, b[k]![0]);
      const to = Math.min(e, b[k]![1]);
      if (to > from) out.push([from, to]);
    }
  }
  return out;
}

/** Subtracts `holes` from `spans` (sorted or not), returning sorted non-empty spans. */
export function subtractSpans(spans: readonly Span[], holes: readonly Span[]): Span[] {
  const sortedHoles = [...holes].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    let cursor = s;
    for (const [hs, he] of sortedHoles) {
      if (he <= cursor || hs >= e) continue;
      if (hs > cursor) out.push([cursor, hs]);
      cursor = Math.max(cursor, he);
    }
    if (cursor < e) out.push([cursor, e]);
  }
  return out;
}

/** True when `outer` covers all of `inner`. */
export function containsSpan(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && outer[1] >= inner[1];
}

/** True when `span` covers offset `at`. */
export function spanHas(span: Span, at: number): boolean {
  return at >= span[0] && at < span[1];
}

/** `span` without leading and trailing whitespace, or undefined when nothing is left. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let [s, e] = span;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return e > s ? [s, e] : undefined;
}
