import type { BoilerplateKind, Span } from '../article/model';
import type { CorrectedComparison, HandLink } from './corrections';
import type { Comparison, LinkKind, Segment } from './types';

/** What a row of the side-by-side view shows. */
export type RowKind = LinkKind | 'only-a' | 'only-b' | 'boilerplate' | 'collapsed' | 'boilerplate-hidden';

/** A boilerplate paragraph (caption, credits, URL line…) shown on its own row, on one side. */
export interface BoilerplateCell {
  side: 'a' | 'b';
  span: Span;
  kind?: BoilerplateKind;
}

/** One row of the side-by-side view: linked segments side by side, or one side with a gap on the other. */
export interface CompareRow {
  /** Stable key while the comparison is unchanged (React key, expansion state, scroll restore). */
  key: string;
  kind: RowKind;
  a: Segment[];
  b: Segment[];
  link?: HandLink;
  /** The link is out of order relative to the others: shown at A's place, marked on both sides. */
  moved: boolean;
  /** A hand correction made the link, set its kind, or unlinked the row's segments. */
  byHand: boolean;
  boilerplate?: BoilerplateCell;
  /** For `collapsed` and `boilerplate-hidden` rows: the rows folded away. */
  hidden?: CompareRow[];
}

/** What to show of the aligned rows. */
export interface RowDisplay {
  showBoilerplate: boolean;
  onlyDifferences: boolean;
  /** Keys of folded runs the user opened. */
  expanded: ReadonlySet<string>;
}

/** Index of a segment in its side's list, from its id (`a3` → 3). */
export function segmentIndex(id: string): number {
  return Number(id.slice(1));
}

/** The paragraph number shown to the user for a segment (1-based position among the side's segments). */
export function paragraphNumber(segment: Pick<Segment, 'id'>): number {
  return segmentIndex(segment.id) + 1;
}

/**
 * Lays a comparison out as rows: links not moved keep both texts in order; in the gap before each of them come
 * the paragraphs only in A and moved links (at A's place), then the paragraphs only in B; boilerplate paragraphs
 * sit before the first row that comes after them on their side.
 */
export function alignRows(comparison: Comparison | CorrectedComparison): CompareRow[] {
  const segA = comparison.segments.a;
  const segB = comparison.segments.b;
  const links = [...(comparison.links as HandLink[])].sort((x, y) => first(x.a) - first(y.a));
  const anchors = pickAnchors(links);
  const handSegments = new Set(
    'corrections' in comparison
      ? comparison.corrections
          .filter((c) => c.status === 'applied' && c.op === 'unlink')
          .flatMap((c) => [...c.a, ...c.b])
      : [],
  );
  const linkOfA = new Map<number, HandLink>();
  for (const link of links) linkOfA.set(first(link.a), link);
  const inLink = new Set(links.flatMap((l) => l.a));

  const gaps: { a: CompareRow[]; b: CompareRow[] }[] = anchors.map(() => ({ a: [], b: [] }));
  gaps.push({ a: [], b: [] });
  const anchorRows: CompareRow[] = [];
  let gap = 0;
  segA.forEach((segment, i) => {
    const link = linkOfA.get(i);
    if (link) {
      const row = linkRow(link, segA, segB, !anchors.includes(link));
      if (anchors.includes(link)) {
        anchorRows.push(row);
        gap++;
      } else {
        gaps[gap]?.a.push(row);
      }
    } else if (!inLink.has(segment.id)) {
      gaps[gap]?.a.push(onlyRow('only-a', segment, handSegments.has(segment.id)));
    }
  });
  const anchorStarts = anchors.map((l) => first(l.b));
  const onlyB = new Set(comparison.onlyB);
  segB.forEach((segment, j) => {
    if (!onlyB.has(segment.id)) return;
    const before = anchorStarts.filter((s) => s < j).length;
    gaps[before]?.b.push(onlyRow('only-b', segment, handSegments.has(segment.id)));
  });
  const rows: CompareRow[] = [];
  gaps.forEach((g, i) => {
    rows.push(...g.a, ...g.b);
    const anchor = anchorRows[i];
    if (anchor) rows.push(anchor);
  });
  return placeBoilerplate(rows, comparison);
}

/** The links that stay in place: in A order, each starting after the previous one in B (others count as moved). */
function pickAnchors(links: readonly HandLink[]): HandLink[] {
  const anchors: HandLink[] = [];
  let lastB = -1;
  for (const link of links) {
    if (link.moved) continue;
    if (first(link.b) <= lastB) continue;
    anchors.push(link);
    lastB = Math.max(...link.b.map(segmentIndex));
  }
  return anchors;
}

/** The row of a link. */
function linkRow(
  link: HandLink,
  segA: readonly Segment[],
  segB: readonly Segment[],
  moved: boolean,
): CompareRow {
  const pick = (segments: readonly Segment[], ids: readonly string[]): Segment[] =>
    ids.map((id) => segments[segmentIndex(id)]).filter((s): s is Segment => s !== undefined);
  return {
    key: `l:${link.a.join('+')}|${link.b.join('+')}`,
    kind: link.kind,
    a: pick(segA, link.a),
    b: pick(segB, link.b),
    link,
    moved,
    byHand: link.byHand ?? false,
  };
}

/** The row of a segment found on one side only. */
function onlyRow(kind: 'only-a' | 'only-b', segment: Segment, byHand: boolean): CompareRow {
  return {
    key: `${kind === 'only-a' ? 'a' : 'b'}:${segment.id}`,
    kind,
    a: kind === 'only-a' ? [segment] : [],
    b: kind === 'only-b' ? [segment] : [],
    moved: false,
    byHand,
  };
}

/** Inserts a row per boilerplate paragraph before the first row whose text on that side comes after it. */
function placeBoilerplate(rows: readonly CompareRow[], comparison: Comparison): CompareRow[] {
  const cells: BoilerplateCell[] = [];
  for (const side of ['a', 'b'] as const) {
    const article = comparison[side];
    article.boilerplate.forEach((span, i) => {
      const kind = article.boilerplateKinds?.[i];
      cells.push(kind ? { side, span, kind } : { side, span });
    });
  }
  if (cells.length === 0) return [...rows];
  const startOn = (row: CompareRow, side: 'a' | 'b'): number | undefined => {
    if (side === 'b' && row.moved) return undefined;
    return row[side][0]?.start;
  };
  const before = new Map<number, BoilerplateCell[]>();
  for (const cell of cells.sort((x, y) =>
    x.side === y.side ? x.span[0] - y.span[0] : x.side === 'a' ? -1 : 1,
  )) {
    let at = rows.findIndex((row) => (startOn(row, cell.side) ?? -1) > cell.span[0]);
    if (at < 0) at = rows.length;
    before.set(at, [...(before.get(at) ?? []), cell]);
  }
  const out: CompareRow[] = [];
  for (let i = 0; i <= rows.length; i++) {
    for (const cell of before.get(i) ?? []) {
      out.push({
        key: `p${cell.side}:${cell.span[0]}`,
        kind: 'boilerplate',
        a: [],
        b: [],
        moved: false,
        byHand: false,
        boilerplate: cell,
      });
    }
    const row = rows[i];
    if (row) out.push(row);
  }
  return out;
}

/** True for rows that show a difference: anything but identical links in place, boilerplate and folded runs. */
export function isDifference(row: CompareRow): boolean {
  if (row.kind === 'boilerplate' || row.kind === 'collapsed' || row.kind === 'boilerplate-hidden')
    return false;
  return row.kind !== 'identical' || row.moved;
}

/**
 * The rows to show: boilerplate folded into one row per run unless shown, and with only differences, each run of
 * identical rows folded into one row ("… 3 identical paragraphs …") unless the user opened it.
 */
export function displayRows(rows: readonly CompareRow[], display: RowDisplay): CompareRow[] {
  const out: CompareRow[] = [];
  let run: CompareRow[] = [];
  let runKind: 'collapsed' | 'boilerplate-hidden' | undefined;
  const flush = (): void => {
    const head = run[0];
    if (head && runKind) {
      const key = `${runKind === 'collapsed' ? 'run' : 'bp'}:${head.key}`;
      if (runKind === 'collapsed' && display.expanded.has(key)) out.push(...run);
      else out.push({ key, kind: runKind, a: [], b: [], moved: false, byHand: false, hidden: run });
    }
    run = [];
    runKind = undefined;
  };
  for (const row of rows) {
    const fold =
      row.kind === 'boilerplate' && !display.showBoilerplate
        ? 'boilerplate-hidden'
        : display.onlyDifferences && row.kind === 'identical' && !row.moved
          ? 'collapsed'
          : undefined;
    if (fold !== runKind) flush();
    if (fold) {
      run.push(row);
      runKind = fold;
    } else {
      out.push(row);
    }
  }
  flush();
  return out;
}

/** First index of a list of segment ids. */
function first(ids: readonly string[]): number {
  return ids.length ? segmentIndex(ids[0] ?? '') : 0;
}
