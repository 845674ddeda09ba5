import type { Span } from '../article/model';
import { escapeHtml } from './html';

/** A run of words marked as added (`ins`, B side) or left out (`del`, A side). */
export interface DiffRange {
  start: number;
  end: number;
  kind: 'ins' | 'del';
}

/** A note on the text: its number's marker goes at `at`, and `span` is highlighted when `highlight` is set. */
export interface NoteMark {
  number: number;
  span: Span;
  at: number;
  highlight: boolean;
}

/**
 * Renders `text.slice(span)` as HTML with its differences (`<ins>`, `<del>`), note highlights (`<mark>`) and note
 * markers (`<sup class="nref">`): the text is cut at every boundary and each piece gets its own tags, so they never
 * overlap badly.
 */
export function renderMarkedText(
  text: string,
  span: Span,
  diffs: readonly DiffRange[],
  notes: readonly NoteMark[],
): string {
  const [from, to] = span;
  const cuts = new Set<number>([from, to]);
  const inside = (x: number): boolean => x > from && x < to;
  for (const d of diffs) {
    if (inside(d.start)) cuts.add(d.start);
    if (inside(d.end)) cuts.add(d.end);
  }
  for (const n of notes) {
    if (n.highlight && inside(n.span[0])) cuts.add(n.span[0]);
    if (n.highlight && inside(n.span[1])) cuts.add(n.span[1]);
    if (inside(n.at)) cuts.add(n.at);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const sortedDiffs = [...diffs].sort((x, y) => x.start - y.start);
  const markersAt = new Map<number, number[]>();
  for (const n of notes) {
    if (n.at <= from || n.at > to) continue;
    markersAt.set(n.at, [...(markersAt.get(n.at) ?? []), n.number]);
  }
  let html = '';
  let d = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    while (d < sortedDiffs.length && (sortedDiffs[d] as DiffRange).end <= start) d++;
    const diff = sortedDiffs[d];
    const kind = diff && diff.start <= start ? diff.kind : undefined;
    const highlighted = notes.some((n) => n.highlight && n.span[0] <= start && end <= n.span[1]);
    let piece = escapeHtml(text.slice(start, end));
    if (kind && piece.trim()) piece = `<${kind}>${piece}</${kind}>`;
    if (highlighted) piece = `<mark>${piece}</mark>`;
    html += piece;
    for (const number of [...(markersAt.get(end) ?? [])].sort((x, y) => x - y)) {
      html += `<sup class="nref">[${number}]</sup>`;
    }
  }
  return html;
}
