import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRow } from '../../../../shared/compare/view-rows';

/** Where a row lies in the scrolled list, in pixels. */
export interface RowPlace {
  start: number;
  size: number;
}

/**
 * The strip beside the scrollbar showing where the differences are, coloured by kind, with the part in view
 * outlined; a click jumps to the nearest difference. Mouse only: n/p and F7 do the same from the keyboard.
 */
export function Overview({
  rows,
  differences,
  places,
  total,
  view,
  current,
  onJump,
}: {
  rows: readonly CompareRow[];
  /** Indexes of the rows that are differences. */
  differences: readonly number[];
  places: (index: number) => RowPlace;
  total: number;
  view: { start: number; size: number };
  current: number;
  onJump: (rowIndex: number) => void;
}) {
  const { t } = useTranslation();
  const scale = total > 0 ? 100 / total : 0;
  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const box = event.currentTarget.getBoundingClientRect();
    const y = ((event.clientY - box.top) / Math.max(1, box.height)) * total;
    let best = -1;
    let distance = Infinity;
    for (const index of differences) {
      const place = places(index);
      const d = Math.abs(place.start + place.size / 2 - y);
      if (d < distance) {
        distance = d;
        best = index;
      }
    }
    if (best >= 0) onJump(best);
  };
  return (
    <div className="cmp-overview" aria-hidden="true" title={t('compare.nav.overview')} onClick={onClick}>
      {differences.map((index) => {
        const place = places(index);
        const row = rows[index];
        return (
          <div
            key={row?.key ?? index}
            className={`ov-mark ov-${row?.moved ? 'moved' : (row?.kind ?? 'edited')}${index === current ? ' ov-current' : ''}`}
            style={{ top: `${place.start * scale}%`, height: `max(3px, ${place.size * scale}%)` }}
          />
        );
      })}
      <div
        className="ov-view"
        style={{ top: `${view.start * scale}%`, height: `${Math.min(100, view.size * scale)}%` }}
      />
    </div>
  );
}
