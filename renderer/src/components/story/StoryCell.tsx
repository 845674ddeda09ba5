import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inlinePieces, needsGap } from '../../../../shared/story/inline';
import { cellKindKey } from '../../../../shared/story/order-evidence';
import type { StoryCell, StoryColumn, StoryRow } from '../../../../shared/story/types';

/** What a cell needs to draw itself. */
export interface StoryCellProps {
  cell: StoryCell | null;
  column: StoryColumn;
  columnIndex: number;
  /** The column holding the row's reference wording (its earliest-dated article's). */
  reference: StoryColumn;
  /** The cell's row and every column: whether the dates show the reference is the earliest version. */
  row: StoryRow;
  columns: readonly StoryColumn[];
  /** Texts of this cell's article and of the reference's. */
  text: string;
  referenceText: string;
  moved: boolean;
  /** The row is carried by this article alone. */
  onlyHere: boolean;
  picked: boolean;
  onPick: () => void;
}

/** Glyph drawn beside "moved", hidden from screen readers. */
const MOVED_GLYPH = '⇄';

/**
 * One cell of the collation: the article's wording (the row's reference wording in full, edits inline against it, a mark
 * for identical text, reworded text as it is), or an empty cell where the article does not carry the row. The whole
 * cell picks it for the side-by-side view on click; its label is the keyboard's button.
 */
export function StoryCellView(props: StoryCellProps) {
  const { t } = useTranslation();
  const { cell, column, columnIndex, reference, moved, picked } = props;
  const pickOnClick = (event: MouseEvent): void => {
    if ((event.target as HTMLElement).closest('button')) return;
    if (window.getSelection()?.toString()) return;
    props.onPick();
  };
  const className = [
    'story-cell',
    cell ? `story-${cell.kind}` : 'story-gap',
    moved ? 'story-moved' : '',
    picked ? 'story-picked' : '',
  ]
    .filter(Boolean)
    .join(' ');

  if (!cell) {
    return (
      <div
        role="cell"
        className={className}
        data-col={columnIndex}
        title={t('story.notCarriedTitle', { outlet: column.label })}
        onClick={pickOnClick}
      >
        <button
          type="button"
          className="story-cell-label story-gap-label"
          aria-pressed={picked}
          onClick={props.onPick}
        >
          {t('story.notCarried')}
          <span className="sr-only">{` — ${column.label}`}</span>
        </button>
      </div>
    );
  }

  const paragraphs = cell.segments.map((s) => `¶${s + 1}`).join('+');
  const kindKey = cellKindKey(cell, props.row, props.columns);
  const kind = kindKey ? t(kindKey) : t('story.onlyHere', { outlet: column.label });
  const tags = kindKey ? [paragraphs, kind] : [paragraphs];
  if (props.onlyHere) tags.push(t('story.onlyHere', { outlet: column.label }));
  let body: ReactNode;
  if (cell.kind === 'identical') {
    body = (
      <p className="story-same" title={t('story.sameAsTitle', { outlet: reference.label })}>
        {t('story.sameAs', { outlet: reference.label })}
      </p>
    );
  } else if (cell.kind === 'reference' || cell.kind === 'paraphrase') {
    body = cell.segments.map((s) => {
      const span = column.segments[s];
      return span ? (
        <p key={s} className="story-text">
          {props.text.slice(span[0], span[1])}
        </p>
      ) : null;
    });
  } else {
    const pieces = inlinePieces(cell.ops, props.referenceText, props.text);
    body = (
      <p className="story-text">
        {pieces.map((piece, i) => {
          const gap = needsGap(pieces[i - 1], piece) ? ' ' : '';
          if (piece.kind === 'del') {
            return (
              <span key={i}>
                {gap}
                <del className="diff-del">
                  <span className="sr-only">{t('compare.deleted')}</span>
                  {piece.text}
                </del>
              </span>
            );
          }
          if (piece.kind === 'ins') {
            return (
              <span key={i}>
                {gap}
                <ins className="diff-ins">
                  <span className="sr-only">{t('compare.inserted')}</span>
                  {piece.text}
                </ins>
              </span>
            );
          }
          return <span key={i}>{gap + piece.text}</span>;
        })}
      </p>
    );
  }
  return (
    <div role="cell" className={className} data-col={columnIndex} data-kind={cell.kind} onClick={pickOnClick}>
      <button
        type="button"
        className="story-cell-label"
        aria-pressed={picked}
        title={t('story.cellTitle', { outlet: column.label, n: paragraphs.replace(/¶/g, ''), kind })}
        onClick={props.onPick}
      >
        {tags.join(' · ')}
        {moved ? (
          <span className="story-moved-tag">
            {' · '}
            <span aria-hidden="true">{MOVED_GLYPH} </span>
            {t('story.moved')}
          </span>
        ) : null}
        <span className="sr-only">{` — ${column.label}`}</span>
      </button>
      {body}
    </div>
  );
}
