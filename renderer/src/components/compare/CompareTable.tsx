import type { VirtualItem } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article/model';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import type { NoteMarkView } from '../notes/compare-notes';
import { ColumnHeader } from './CompareHeader';
import { CompareRowView, type PendingLink, type RowAction } from './CompareRowView';
import type { TextMark, TextMatch } from './pieces';

/** Props of the table of aligned rows. */
export interface CompareTableProps {
  articles: { a: Article; b: Article };
  /** What the folder says of each article (for the column headers). */
  summaries: { a: ArticleSummary | undefined; b: ArticleSummary | undefined };
  names: { a: string; b: string };
  rows: readonly CompareRow[];
  /** The rows drawn now (all of a short comparison, those near the view of a long one). */
  items: readonly VirtualItem[];
  /** Height of all rows, in pixels. */
  total: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  measureRef: (element: HTMLDivElement | null) => void;
  running: boolean;
  currentKey: string | null;
  matchesByRow: ReadonlyMap<string, { a: TextMatch[]; b: TextMatch[] }>;
  currentMatch: number | undefined;
  marks: { a: readonly TextMark[]; b: readonly TextMark[] };
  noteMarks: { a: readonly NoteMarkView[]; b: readonly NoteMarkView[] };
  actionsOpen: string | null;
  pendingLink: PendingLink | null;
  onToggleActions: (key: string) => void;
  onAction: (row: CompareRow, action: RowAction) => void;
  onExpand: (row: CompareRow) => void;
  /** Rows link sentences: numbered as sentences, without hand corrections (those apply to paragraphs). */
  sentences?: boolean;
}

/** The two articles as a table: a header row naming them, then the aligned rows in a scrolling, virtualized body. */
export function CompareTable(props: CompareTableProps) {
  const { t } = useTranslation();
  const { articles, names, rows, scrollRef, items, total } = props;
  return (
    <div
      role="table"
      className="cmp-table"
      aria-label={t('compare.tableLabel', { a: names.a, b: names.b })}
      aria-rowcount={rows.length + 1}
      aria-busy={props.running ? 'true' : undefined}
    >
      <div role="rowgroup" className="cmp-head">
        <div role="row" aria-rowindex={1} className="cmp-head-row">
          <ColumnHeader article={articles.a} summary={props.summaries.a} side="a" />
          <div role="columnheader" className="cmp-mid cmp-mid-head">
            <span className="sr-only">{t('compare.linkColumn')}</span>
          </div>
          <ColumnHeader article={articles.b} summary={props.summaries.b} side="b" />
        </div>
      </div>
      <div ref={scrollRef} className="cmp-scroll">
        {rows.length === 0 ? (
          <p className="placeholder cmp-nothing">{t('compare.nothingToCompare')}</p>
        ) : null}
        <div role="rowgroup" className="cmp-rows" style={{ height: `${total}px` }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <CompareRowView
                key={row.key}
                row={row}
                rowIndex={item.index + 2}
                measureRef={props.measureRef}
                dataIndex={item.index}
                offset={item.start}
                texts={{ a: articles.a.text, b: articles.b.text }}
                names={names}
                languages={{ a: articles.a.language, b: articles.b.language }}
                current={row.key === props.currentKey}
                matches={props.matchesByRow.get(row.key) ?? { a: [], b: [] }}
                marks={props.marks}
                noteMarks={props.noteMarks}
                currentMatch={props.currentMatch}
                actionsOpen={props.actionsOpen === row.key}
                pendingLink={props.pendingLink}
                onToggleActions={() => props.onToggleActions(row.key)}
                onAction={(action) => props.onAction(row, action)}
                onExpand={() => props.onExpand(row)}
                sentences={props.sentences ?? false}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
