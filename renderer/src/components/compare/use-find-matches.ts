import { useMemo } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import { findInText, type TextMatch } from './pieces';

/** A find match with the row and side it is in. */
export interface RowMatch extends TextMatch {
  row: string;
  side: 'a' | 'b';
}

/** Every match of the find bar's query in the rows (folded runs included), in order, and the matches of each row. */
export function useFindMatches(
  find: { open: boolean; query: string },
  rows: readonly CompareRow[],
  articles: { a: Article; b: Article } | null,
): { matches: RowMatch[]; matchesByRow: ReadonlyMap<string, { a: TextMatch[]; b: TextMatch[] }> } {
  const matches = useMemo<RowMatch[]>(() => {
    const query = find.query.trim();
    if (!find.open || !query || !articles) return [];
    const out: RowMatch[] = [];
    const visit = (row: CompareRow): void => {
      if (row.hidden) {
        if (row.kind === 'collapsed') row.hidden.forEach(visit);
        return;
      }
      for (const side of ['a', 'b'] as const) {
        const text = articles[side].text;
        const spans =
          row.kind === 'boilerplate'
            ? row.boilerplate?.side === side
              ? [row.boilerplate.span]
              : []
            : row[side].map((s) => [s.start, s.end] as const);
        for (const [start, end] of spans) {
          for (const [s, e] of findInText(text, start, end, query))
            out.push({ row: row.key, side, start: s, end: e, index: out.length });
        }
      }
    };
    rows.forEach(visit);
    return out;
  }, [find.open, find.query, rows, articles]);

  const matchesByRow = useMemo(() => {
    const map = new Map<string, { a: TextMatch[]; b: TextMatch[] }>();
    for (const m of matches) {
      const entry = map.get(m.row) ?? { a: [], b: [] };
      entry[m.side].push(m);
      map.set(m.row, entry);
    }
    return map;
  }, [matches]);

  return { matches, matchesByRow };
}
