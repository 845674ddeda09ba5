import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article/model';
import { formatDate, type Lang } from '../../../../shared/format/index';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import { orderRows } from '../../../../shared/story/order-rows';
import type { Collation, OrderedRow } from '../../../../shared/story/types';
import { OutletBadge } from '../OutletBadge';
import { StoryCellView } from './StoryCell';

/** A cell chosen to open a pair: its column and its row. */
export interface CellPick {
  column: number;
  rowKey: string;
}

/** Up to this many rows, all are rendered in the page's flow (find in page and screen readers see them all); beyond, only those near the view. */
const RENDER_ALL_ROWS = 80;
const ESTIMATED_ROW_HEIGHT = 120;

/** Props of the collation table. */
export interface CollationTableProps {
  collation: Collation;
  articles: readonly Article[];
  /** Summaries of the folder's articles, for the outlet badges. */
  summaries: readonly ArticleSummary[];
  orderBy: number;
  onOrderBy: (column: number) => void;
  picked: CellPick | null;
  onPick: (pick: CellPick) => void;
  /** A row to bring into view (from the coverage), with a counter so the same row can be asked twice. */
  focus: { rowKey: string; n: number } | null;
}

/**
 * The collation: one row per piece of content, one column per article in date order, rows virtualized, ordered by
 * any article; cells are picked two by two to open the pair side by side.
 */
export function CollationTable(props: CollationTableProps) {
  const { collation, orderBy, picked } = props;
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const rows = useMemo<OrderedRow[]>(() => orderRows(collation, orderBy), [collation, orderBy]);
  const texts = useMemo(() => {
    const byId = new Map(props.articles.map((a) => [a.id, a.text]));
    return collation.columns.map((c) => byId.get(c.articleId) ?? '');
  }, [collation, props.articles]);
  const summaryOf = (id: string): ArticleSummary | undefined => props.summaries.find((s) => s.id === id);
  const template = `3.2rem repeat(${collation.columns.length}, minmax(12rem, 1fr))`;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > RENDER_ALL_ROWS;
  // The app does not use React Compiler, so the memoization this rule protects is not in play here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => rows[index]?.row.key ?? index,
  });
  const items = virtual
    ? virtualizer
        .getVirtualItems()
        .map((item) => ({ index: item.index, start: item.start as number | undefined }))
    : rows.map((_, index) => ({ index, start: undefined }));

  const { focus } = props;
  useEffect(() => {
    if (!focus) return;
    const index = rows.findIndex((r) => r.row.key === focus.rowKey);
    if (index < 0) return;
    if (virtual) virtualizer.scrollToIndex(index, { align: 'start' });
    else
      [...(scrollRef.current?.querySelectorAll<HTMLElement>('[data-key]') ?? [])]
        .find((e) => e.dataset.key === focus.rowKey)
        ?.scrollIntoView?.({ block: 'start' });
  }, [focus, rows, virtual, virtualizer]);

  return (
    <div className="story-table-wrap">
      <div className="story-table-tools">
        <label className="story-order">
          <span>{t('story.sortBy')}</span>
          <select value={orderBy} onChange={(event) => props.onOrderBy(Number(event.target.value))}>
            {collation.columns.map((c, i) => (
              <option key={c.articleId} value={i}>
                {`${i + 1}. ${c.label}`}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">{t('story.rows', { count: rows.length })}</span>
        <p className="story-hint small" role="status">
          {picked
            ? t('story.picked', { outlet: collation.columns[picked.column]?.label ?? '' })
            : t('story.hint')}
        </p>
      </div>
      <div
        ref={scrollRef}
        className="story-scroll"
        role="table"
        aria-label={t('story.tableLabel', { count: collation.columns.length })}
        aria-rowcount={rows.length + 1}
        aria-colcount={collation.columns.length + 1}
      >
        <div className="story-head" role="rowgroup">
          <div
            className="story-row story-head-row"
            role="row"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template }}
          >
            <div role="columnheader" className="story-rownum">
              {t('story.rowHeader')}
            </div>
            {collation.columns.map((c, i) => {
              const summary = summaryOf(c.articleId);
              return (
                <div key={c.articleId} role="columnheader" className="story-colhead" data-col={i}>
                  <div className="story-colhead-top">
                    <span className="story-colnum">{i + 1}</span>
                    {summary ? (
                      <OutletBadge outlet={summary.outlet} inferred={summary.inferredOutlet} />
                    ) : (
                      <strong>{c.label}</strong>
                    )}
                  </div>
                  <p className="story-colhead-title" title={c.headline}>
                    {c.headline}
                  </p>
                  <p className="muted small">
                    {c.date ? formatDate(c.date, lang) : ''}
                    {summary && summary.outlet.id !== 'unknown' ? '' : ` ${c.articleId}`}
                  </p>
                </div>
              );
            })}
          </div>
        </div>
        <div
          className={virtual ? 'story-rows story-rows-virtual' : 'story-rows'}
          role="rowgroup"
          style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
        >
          {items.map((item) => {
            const ordered = rows[item.index];
            if (!ordered) return null;
            const { row, moved } = ordered;
            const reference = collation.columns[row.reference];
            if (!reference) return null;
            return (
              <div
                key={row.key}
                ref={virtual ? virtualizer.measureElement : undefined}
                data-index={item.index}
                data-key={row.key}
                data-carriers={row.carriers}
                role="row"
                aria-rowindex={item.index + 2}
                className={`story-row${picked?.rowKey === row.key ? ' story-row-picked' : ''}`}
                style={
                  item.start === undefined
                    ? { gridTemplateColumns: template }
                    : { gridTemplateColumns: template, transform: `translateY(${item.start}px)` }
                }
              >
                <div role="rowheader" className="story-rownum">
                  {item.index + 1}
                </div>
                {collation.columns.map((column, col) => (
                  <StoryCellView
                    key={column.articleId}
                    cell={row.cells[col] ?? null}
                    column={column}
                    columnIndex={col}
                    reference={reference}
                    row={row}
                    columns={collation.columns}
                    text={texts[col] ?? ''}
                    referenceText={texts[row.reference] ?? ''}
                    moved={moved[col] ?? false}
                    onlyHere={row.carriers === 1}
                    picked={picked?.rowKey === row.key && picked.column === col}
                    onPick={() => props.onPick({ column: col, rowKey: row.key })}
                  />
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
