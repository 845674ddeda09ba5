import { compare } from '../../../../shared/compare/compare';
import { applyCorrections } from '../../../../shared/compare/corrections';
import { alignRows, displayRows, isDifference, type CompareRow } from '../../../../shared/compare/view-rows';
import { storyPair } from '../../../helpers/compare-view-texts';

/** The story pair of the compare view tests, compared, with no hand corrections. */
export const pair = storyPair();
export const comparison = applyCorrections(compare(pair.a, pair.b), [], pair.a, pair.b);
/** Every aligned row, the boilerplate folded as the view shows it by default. */
export const rows: CompareRow[] = displayRows(alignRows(comparison), {
  showBoilerplate: false,
  onlyDifferences: false,
  expanded: new Set(),
});
/** Indexes of the rows that differ. */
export const differences = rows.flatMap((row, i) => (isDifference(row) ? [i] : []));
/** The index of the first row whose side `side` starts with `head`. */
export function rowWith(side: 'a' | 'b', head: string, list: readonly CompareRow[] = rows): number {
  const text = pair[side].text;
  return list.findIndex((row) => row[side].some((s) => text.slice(s.start, s.end).startsWith(head)));
}
