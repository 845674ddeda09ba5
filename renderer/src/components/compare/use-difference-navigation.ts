import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import { kindKey } from './CompareRowView';

/** What the navigation between differences needs from the view. */
export interface DifferenceNavigationInput {
  rows: readonly CompareRow[];
  /** Indexes in `rows` of the rows that differ. */
  differences: readonly number[];
  /** The rows in view now, when known. */
  inView: () => { startIndex: number; endIndex: number } | null;
  scrollToRow: (index: number) => void;
  focusRow: (key: string) => void;
  /** Says something to screen reader users. */
  announce: (text: string) => void;
}

/**
 * The current row and the moves between differences: `step` to the next (1) or previous (-1) difference, from the
 * current one or from the rows in view, announcing where it landed; `goTo` a row by index.
 */
export function useDifferenceNavigation(input: DifferenceNavigationInput) {
  const { rows, differences, inView, scrollToRow, focusRow, announce } = input;
  const { t } = useTranslation();
  const [currentKey, setCurrentKey] = useState<string | null>(null);

  const goTo = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      setCurrentKey(row.key);
      focusRow(row.key);
      scrollToRow(index);
    },
    [rows, focusRow, scrollToRow],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      if (differences.length === 0) {
        announce(t('compare.nav.none'));
        return;
      }
      const at = rows.findIndex((r) => r.key === currentKey);
      const range = inView();
      const from =
        at >= 0 ? at : delta > 0 ? (range?.startIndex ?? 0) - 1 : (range?.endIndex ?? rows.length) + 1;
      const target =
        delta > 0 ? differences.find((i) => i > from) : [...differences].reverse().find((i) => i < from);
      if (target === undefined) {
        announce(delta > 0 ? t('compare.nav.last') : t('compare.nav.first'));
        return;
      }
      const row = rows[target];
      if (!row) return;
      goTo(target);
      announce(
        t('compare.nav.position', {
          n: differences.indexOf(target) + 1,
          total: differences.length,
          kind: t(kindKey(row.kind)),
        }),
      );
    },
    [differences, rows, currentKey, inView, goTo, announce, t],
  );

  const currentIndex = rows.findIndex((r) => r.key === currentKey);
  return {
    currentKey,
    currentIndex,
    /** 1-based position of the current row among the differences (0: not on one). */
    position: currentIndex >= 0 ? differences.indexOf(currentIndex) + 1 : 0,
    step,
    goTo,
  };
}
