import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { inlinePieces, needsGap } from '../../../../shared/story/inline';
import type { StoryCell, StoryColumn } from '../../../../shared/story/types';

/** What a cell needs to draw itself. */
export interface StoryCellProps {
  cell: StoryCell | null;
  column: StoryColumn;
  columnIndex: number;
  /** The column holding the row's earliest version. */
  reference: StoryColumn;
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
 * One cell of the collation: the article's wording (the earliest version in full, edits inline against it, a mark
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
  const kind = t(`story.kind.${cell.kind}`);
  const tags = [paragraphs, kind];
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
