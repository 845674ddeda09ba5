import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoilerplateKind } from '../../../../shared/article/model';
import type { LinkKind, Segment } from '../../../../shared/compare/types';
import { paragraphNumber, type CompareRow } from '../../../../shared/compare/view-rows';
import type { NoteMarkView } from '../notes/compare-notes';
import { NoteRowButton } from '../notes/NoteRowButton';
import { DiffText } from './DiffText';
import { cutPieces, segmentChanges, type TextMark, type TextMatch } from './pieces';

/** What a user can do to a row's alignment. */
export type RowAction =
  | { type: 'unlink' }
  | { type: 'kind'; kind: LinkKind }
  | { type: 'start-link'; side: 'a' | 'b'; segment: Segment }
  | { type: 'link-here'; segment: Segment };

/** A segment waiting for the user to pick the paragraph of the other side to link it with. */
export interface PendingLink {
  side: 'a' | 'b';
  segment: Segment;
}

const LINK_KINDS: readonly LinkKind[] = ['identical', 'edited', 'partial', 'paraphrase'];
/** Symbols drawn beside labels, hidden from screen readers. */
const MOVED_GLYPH = '⇄';
const MORE_GLYPH = '⋯';

/** The i18n key of a row kind's label. */
export function kindKey(kind: CompareRow['kind']) {
  switch (kind) {
    case 'only-a':
      return 'compare.kind.onlyA' as const;
    case 'only-b':
      return 'compare.kind.onlyB' as const;
    case 'boilerplate':
    case 'boilerplate-hidden':
      return 'compare.kind.boilerplate' as const;
    case 'collapsed':
      return 'compare.kind.identical' as const;
    default:
      return `compare.kind.${kind}` as const;
  }
}

/** The i18n key naming a kind of boilerplate. */
export function boilerplateKey(kind: BoilerplateKind | undefined) {
  return kind ? (`compare.boilerplate.${kind}` as const) : ('compare.boilerplate.other' as const);
}

/** Props of one row. */
export interface CompareRowProps {
  row: CompareRow;
  /** 1-based position among the table's rows (the header row is 1). */
  rowIndex: number;
  texts: { a: string; b: string };
  /** Display names of the two outlets. */
  names: { a: string; b: string };
  /** Language of each article's text, for screen readers and hyphenation. */
  languages: { a?: string | undefined; b?: string | undefined };
  current: boolean;
  matches: { a: readonly TextMatch[]; b: readonly TextMatch[] };
  /** Watched phrases and the text asked for, in each article. */
  marks?: { a: readonly TextMark[]; b: readonly TextMark[] };
  /** Notes drawn in each article (numbered highlights). */
  noteMarks?: { a: readonly NoteMarkView[]; b: readonly NoteMarkView[] };
  currentMatch: number | undefined;
  actionsOpen: boolean;
  pendingLink: PendingLink | null;
  onToggleActions: () => void;
  onAction: (action: RowAction) => void;
  onExpand: () => void;
  /** Rows link sentences: numbered as sentences, without hand corrections. */
  sentences?: boolean;
  /** Virtualization: the callback that measures the row, its index and its offset from the top of the list. */
  measureRef?: (element: HTMLDivElement | null) => void;
  dataIndex?: number;
  offset?: number;
}

/**
 * One row of the side-by-side view: the segments of each side (with their inline differences), a gap labelled with
 * the outlet where a side has nothing, the kind of link between them, and the hand-correction actions.
 */
export function CompareRowView(props: CompareRowProps) {
  const { t } = useTranslation();
  const { row, rowIndex, current } = props;
  const common = {
    role: 'row',
    'aria-rowindex': rowIndex,
    'data-key': row.key,
    'data-kind': row.kind,
    'data-index': props.dataIndex,
    'aria-current': current ? ('true' as const) : undefined,
    tabIndex: -1,
    ref: props.measureRef,
    style: props.offset !== undefined ? { transform: `translateY(${props.offset}px)` } : undefined,
  };

  if (row.kind === 'collapsed' || row.kind === 'boilerplate-hidden') {
    const count = row.hidden?.length ?? 0;
    const label =
      row.kind === 'collapsed'
        ? t('compare.identicalHidden', { count })
        : t('compare.boilerplateHidden', {
            count,
            kinds: [...new Set((row.hidden ?? []).map((r) => t(boilerplateKey(r.boilerplate?.kind))))].join(
              ', ',
            ),
          });
    return (
      <div {...common} className={`cmp-row cmp-fold cmp-${row.kind}`}>
        <div role="cell" aria-colspan={3} className="cmp-fold-cell">
          <button type="button" className="link-button" onClick={props.onExpand}>
            {label}
          </button>
        </div>
      </div>
    );
  }

  const kindLabel =
    row.kind === 'boilerplate' ? t(boilerplateKey(row.boilerplate?.kind)) : t(kindKey(row.kind));
  return (
    <div
      {...common}
      className={`cmp-row cmp-${row.kind}${row.moved ? ' cmp-moved' : ''}${row.byHand ? ' cmp-by-hand' : ''}`}
    >
      <Cell {...props} side="a" />
      <div role="cell" className="cmp-mid">
        <span className="cmp-kind">{kindLabel}</span>
        {row.moved ? (
          <span className="cmp-connector" aria-hidden="true">
            {MOVED_GLYPH}
          </span>
        ) : null}
        {row.byHand ? <span className="cmp-hand">{t('compare.byHand')}</span> : null}
        <NoteRowButton row={row} texts={props.texts} n={rowIndex - 1} />
        {row.kind !== 'boilerplate' && !props.sentences ? (
          <button
            type="button"
            className="cmp-icon-button cmp-actions-toggle"
            aria-expanded={props.actionsOpen}
            aria-label={t('compare.correct.open', { n: rowIndex - 1 })}
            title={t('compare.correct.openShort')}
            onClick={props.onToggleActions}
          >
            {MORE_GLYPH}
          </button>
        ) : null}
      </div>
      <Cell {...props} side="b" />
      {props.actionsOpen ? <Actions {...props} /> : null}
    </div>
  );
}

/** One side of a row: its segments, or a gap saying which outlet does not have the text. */
function Cell(props: CompareRowProps & { side: 'a' | 'b' }) {
  const { t } = useTranslation();
  const { row, side, names, texts, pendingLink } = props;
  const other = side === 'a' ? 'b' : 'a';
  const text = texts[side];
  if (row.kind === 'boilerplate') {
    const cell = row.boilerplate;
    if (!cell || cell.side !== side) return <div role="cell" className={`cmp-cell cmp-${side} cmp-empty`} />;
    const [start, end] = cell.span;
    const pieces = cutPieces(
      text,
      [{ start, end, change: 'plain' }],
      [],
      [],
      notesIn(props, side, start, end),
    );
    return (
      <div role="cell" className={`cmp-cell cmp-${side}`} lang={props.languages[side]}>
        <p className="cmp-text cmp-boilerplate-text">
          <DiffText text={text} pieces={pieces} />
        </p>
      </div>
    );
  }
  const segments = row[side];
  if (segments.length === 0) {
    const gap =
      row.kind === 'only-a'
        ? t('compare.notIn', { outlet: names.b })
        : t('compare.onlyIn', { outlet: names.b });
    return (
      <div role="cell" className={`cmp-cell cmp-${side} cmp-gap`}>
        <span className="cmp-gap-label">{gap}</span>
      </div>
    );
  }
  const partner = row[other][0];
  return (
    <div role="cell" className={`cmp-cell cmp-${side}`}>
      {segments.map((segment) => {
        const matches = props.matches[side].filter((m) => m.end > segment.start && m.start < segment.end);
        const marks = (props.marks?.[side] ?? []).filter(
          (m) => m.end > segment.start && m.start < segment.end,
        );
        const notes = notesIn(props, side, segment.start, segment.end);
        const pieces = cutPieces(text, segmentChanges(segment, side, row.link), matches, marks, notes);
        return (
          <div key={segment.id} className="cmp-seg">
            <span className="cmp-pnum">
              <span aria-hidden="true">
                {props.sentences
                  ? t('layout.sentence', { n: paragraphNumber(segment) })
                  : t('compare.paragraph', { n: paragraphNumber(segment) })}
              </span>
              <span className="sr-only">
                {props.sentences
                  ? t('layout.sentenceLabel', { n: paragraphNumber(segment) })
                  : t('compare.paragraphLabel', { n: paragraphNumber(segment) })}
              </span>
            </span>
            <div className="cmp-seg-body">
              {row.moved && partner ? (
                <p className="cmp-moved-label">
                  {side === 'a'
                    ? t('compare.movedTo', { n: paragraphNumber(partner), outlet: names.b })
                    : t('compare.movedFrom', { n: paragraphNumber(partner), outlet: names.a })}
                </p>
              ) : null}
              <p className="cmp-text" lang={props.languages[side]}>
                <DiffText
                  text={text}
                  pieces={pieces}
                  currentMatch={props.currentMatch}
                  subtle={row.kind === 'paraphrase'}
                />
              </p>
              {pendingLink && pendingLink.side !== side ? (
                <button
                  type="button"
                  className="button small-button"
                  onClick={() => props.onAction({ type: 'link-here', segment })}
                >
                  {t('compare.correct.linkHere')}
                </button>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** The notes of one side drawn in `[start, end)`: highlighted there, or with their marker there. */
function notesIn(props: CompareRowProps, side: 'a' | 'b', start: number, end: number): NoteMarkView[] {
  return (props.noteMarks?.[side] ?? []).filter(
    (n) => (n.end > start && n.start < end) || (n.at > start && n.at <= end),
  );
}

/** The hand-correction actions of a row, shown under it. */
function Actions(props: CompareRowProps) {
  const { t } = useTranslation();
  const { row, names, onAction } = props;
  let body: ReactNode;
  if (row.link) {
    body = (
      <>
        <button type="button" className="button" onClick={() => onAction({ type: 'unlink' })}>
          {t('compare.correct.unlink')}
        </button>
        <div role="group" aria-label={t('compare.correct.kindLabel')} className="cmp-kind-choice">
          <span className="muted small" aria-hidden="true">
            {t('compare.correct.kindLabel')}
          </span>
          {LINK_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="button"
              aria-pressed={row.kind === kind}
              onClick={() => onAction({ type: 'kind', kind })}
            >
              {t(`compare.kind.${kind}`)}
            </button>
          ))}
        </div>
      </>
    );
  } else {
    const side = row.kind === 'only-a' ? 'a' : 'b';
    const segment = row[side][0];
    body = segment ? (
      <button
        type="button"
        className="button"
        onClick={() => onAction({ type: 'start-link', side, segment })}
      >
        {t('compare.correct.link', { outlet: side === 'a' ? names.b : names.a })}
      </button>
    ) : null;
  }
  return (
    <div role="cell" aria-colspan={3} className="cmp-actions">
      {body}
      <button type="button" className="button" onClick={props.onToggleActions}>
        {t('compare.correct.close')}
      </button>
    </div>
  );
}
