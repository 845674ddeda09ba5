import { useCallback, useMemo, useState } from 'react';
import type { CorrectedComparison } from '../../../../shared/compare/corrections';
import { alignRows, displayRows, isDifference, type CompareRow } from '../../../../shared/compare/view-rows';
import type { CompareViewOptions } from '../../../../shared/compare/view-state';

/** The rows of a comparison as shown: aligned, filtered by the options, with the folds the user opened. */
export interface CompareRows {
  /** Every aligned row, before folding (what notes are placed on). */
  aligned: CompareRow[];
  /** The rows drawn, folds and all. */
  rows: CompareRow[];
  /** Indexes in `rows` of the rows that differ. */
  differences: number[];
  /** Opens the fold with this key. */
  expand: (key: string) => void;
}

/** Aligns the rows of a comparison and folds them as the options say, keeping the folds the user opened. */
export function useCompareRows(
  comparison: CorrectedComparison | null,
  options: Pick<CompareViewOptions, 'showBoilerplate' | 'onlyDifferences'>,
): CompareRows {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const aligned = useMemo(() => (comparison ? alignRows(comparison) : []), [comparison]);
  const { showBoilerplate, onlyDifferences } = options;
  const rows = useMemo(
    () => displayRows(aligned, { showBoilerplate, onlyDifferences, expanded }),
    [aligned, showBoilerplate, onlyDifferences, expanded],
  );
  const differences = useMemo(() => rows.flatMap((row, i) => (isDifference(row) ? [i] : [])), [rows]);
  const expand = useCallback((key: string) => setExpanded((current) => new Set([...current, key])), []);
  return { aligned, rows, differences, expand };
}
