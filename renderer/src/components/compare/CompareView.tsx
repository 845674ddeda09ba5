import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Correction } from '../../../../shared/compare/correction-schema';
import { anchorSide, type CorrectedComparison } from '../../../../shared/compare/corrections';
import { outletLabel } from '../../../../shared/compare/compare';
import {
  alignRows,
  displayRows,
  isDifference,
  paragraphNumber,
  type CompareRow,
} from '../../../../shared/compare/view-rows';
import type { CompareViewOptions } from '../../../../shared/compare/view-state';
import { formatDegradations } from '../../../../shared/format/degradation';
import type { Lang } from '../../../../shared/format/lang';
import { summarizeComparison } from '../../../../shared/format/summary';
import type { AppError } from '../../../../shared/ipc/errors';
import { toAppError } from '../../errors';
import type { FolderView, MenuCommand } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { useCommands } from '../../hooks/use-commands';
import { useComparison } from '../../hooks/use-comparison';
import { undoStack } from '../../undo-stack';
import type { CompareClient } from '../../workers/compare-client';
import { ErrorBanner } from '../ErrorBanner';
import { usePairNoteMarks } from '../notes/compare-notes';
import { CompareError } from './CompareError';
import { ColumnHeader, CompareSummary, reuseOfPair } from './CompareHeader';
import { CompareRowView, kindKey, type PendingLink, type RowAction } from './CompareRowView';
import { CompareToolbar } from './CompareToolbar';
import { newCorrectionId, notifyCorrections } from './correction-events';
import { FindBar } from './FindBar';
import { Overview } from './Overview';
import { StateNoticeText } from '../StateNoticeText';
import { useFindMatches } from './use-find-matches';
import { usePairArticles } from './use-pair-articles';
import { useTextMarks } from './use-text-marks';
import './compare.css';

/** Up to this many rows, all are rendered (find, print and screen readers see them all); beyond, only those near the view. */
const RENDER_ALL_ROWS = 80;
const ESTIMATED_ROW_HEIGHT = 110;

/** Props of the compare view of one pair. */
export interface CompareViewProps {
  folder: FolderView;
  aId: string;
  bId: string;
  options: CompareViewOptions;
  onOptionsChange: (options: CompareViewOptions) => void;
  onSwap: () => void;
  onCompareWith: () => void;
  /** The first row in view when the pair was last seen, restored once its rows are drawn. */
  initialScrollRow: number;
  onScrollRow: (row: number) => void;
  /** Injects the worker client (tests). */
  makeClient?: () => CompareClient;
  /** Phrases highlighted wherever they occur (case, accents, inflection and elision ignored). */
  watchPhrases?: readonly string[];
  /** Text to scroll to and highlight in one of the two articles; a new `seq` asks again. */
  reveal?: RevealTarget | null;
}

/** A span of one article of the pair that the view scrolls to, opening folded rows, and highlights. */
export interface RevealTarget {
  article: string;
  start: number;
  end: number;
  seq: number;
}

/**
 * Two articles side by side: summary and figures, column headers, aligned rows with inline differences, an overview
 * of where the differences are, keyboard navigation, find in both columns, and hand corrections of the alignment.
 */
export function CompareView(props: CompareViewProps) {
  const { folder, aId, bId, options, onOptionsChange } = props;
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const pairKey = `${aId}\u0000${bId}`;

  const { ready, loadError, retry } = usePairArticles(folder, aId, bId);
  const articleA = ready?.a ?? null;
  const articleB = ready?.b ?? null;
  const articles = useMemo(
    () => (articleA && articleB ? { a: articleA, b: articleB } : null),
    [articleA, articleB],
  );
  const equivalence = {
    ignoreCase: options.ignoreCase,
    ignorePunctuation: options.ignorePunctuation,
    ignoreTypography: options.ignoreTypography,
  };
  const { state, shown } = useComparison(
    { articles, corrections: ready?.corrections ?? null, equivalence },
    props.makeClient,
  );
  const comparison: CorrectedComparison | null = shown?.comparison ?? null;

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const aligned = useMemo(() => (comparison ? alignRows(comparison) : []), [comparison]);
  const rows = useMemo(
    () =>
      displayRows(aligned, {
        showBoilerplate: options.showBoilerplate,
        onlyDifferences: options.onlyDifferences,
        expanded,
      }),
    [aligned, options.showBoilerplate, options.onlyDifferences, expanded],
  );
  const differences = useMemo(() => rows.flatMap((row, i) => (isDifference(row) ? [i] : [])), [rows]);
  const noteMarks = usePairNoteMarks(articles, aligned);
  const names = useMemo(
    () =>
      articles
        ? { a: outletLabel(articles.a, articles.b), b: outletLabel(articles.b, articles.a) }
        : { a: '', b: '' },
    [articles],
  );

  const { watchPhrases, reveal } = props;
  const marks = useTextMarks(articles, watchPhrases, reveal);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use React Compiler, so the memoization this rule protects is not in play here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: rows.length <= RENDER_ALL_ROWS ? rows.length : 6,
    getItemKey: (index) => rows[index]?.key ?? index,
  });

  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [actionsOpen, setActionsOpen] = useState<string | null>(null);
  const [pendingLink, setPendingLink] = useState<PendingLink | null>(null);
  const [find, setFind] = useState<{ open: boolean; query: string; index: number }>({
    open: false,
    query: '',
    index: -1,
  });
  const [focusKey, setFocusKey] = useState<{ key: string } | null>(null);
  const [actionError, setActionError] = useState<AppError | null>(null);

  const scrollToRow = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      const size = virtualizer.measurementsCache[index]?.size ?? ESTIMATED_ROW_HEIGHT;
      const tall = element ? size > element.clientHeight * 0.8 : false;
      virtualizer.scrollToIndex(index, { align: tall ? 'start' : 'center' });
    },
    [virtualizer],
  );

  /** Moves to the next (1) or previous (-1) difference, from the current one or from the rows in view. */
  const step = useCallback(
    (delta: 1 | -1) => {
      if (differences.length === 0) {
        setAnnouncement(t('compare.nav.none'));
        return;
      }
      const at = rows.findIndex((r) => r.key === currentKey);
      const range = virtualizer.range;
      const from =
        at >= 0 ? at : delta > 0 ? (range?.startIndex ?? 0) - 1 : (range?.endIndex ?? rows.length) + 1;
      const target =
        delta > 0 ? differences.find((i) => i > from) : [...differences].reverse().find((i) => i < from);
      if (target === undefined) {
        setAnnouncement(delta > 0 ? t('compare.nav.last') : t('compare.nav.first'));
        return;
      }
      const row = rows[target];
      if (!row) return;
      setCurrentKey(row.key);
      setFocusKey({ key: row.key });
      scrollToRow(target);
      setAnnouncement(
        t('compare.nav.position', {
          n: differences.indexOf(target) + 1,
          total: differences.length,
          kind: t(kindKey(row.kind)),
        }),
      );
    },
    [differences, rows, currentKey, virtualizer, scrollToRow, t],
  );

  useEffect(() => {
    if (!focusKey) return;
    let frames = 0;
    let handle = 0;
    const tryFocus = (): void => {
      const element = scrollRef.current?.querySelector<HTMLElement>(
        `[data-key="${CSS.escape(focusKey.key)}"]`,
      );
      if (element) element.focus({ preventScroll: true });
      else if (frames++ < 20) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [focusKey]);

  const restoredFor = useRef<string | null>(null);
  useEffect(() => {
    if (restoredFor.current === pairKey || rows.length === 0) return;
    restoredFor.current = pairKey;
    const row = Math.min(props.initialScrollRow, rows.length - 1);
    if (row > 0) virtualizer.scrollToIndex(row, { align: 'start' });
  }, [pairKey, rows.length, props.initialScrollRow, virtualizer]);

  /** Scrolls to the row holding the text asked for, opening the fold that hides it first. */
  const revealed = useRef<number | null>(null);
  useEffect(() => {
    if (!reveal || !articles || rows.length === 0 || revealed.current === reveal.seq) return;
    const side = reveal.article === articles.a.id ? 'a' : reveal.article === articles.b.id ? 'b' : null;
    if (!side) return;
    const holds = (row: CompareRow): boolean =>
      row.kind === 'boilerplate' || row.kind === 'boilerplate-hidden'
        ? row.boilerplate?.side === side &&
          row.boilerplate.span[0] <= reveal.start &&
          reveal.start < row.boilerplate.span[1]
        : row[side].some((s) => s.start <= reveal.start && reveal.start < s.end);
    const at = rows.findIndex((row) => !row.hidden && holds(row));
    if (at >= 0) {
      revealed.current = reveal.seq;
      const row = rows[at];
      if (!row) return;
      setCurrentKey(row.key);
      setFocusKey({ key: row.key });
      scrollToRow(at);
      return;
    }
    const fold = rows.find((row) => row.hidden?.some(holds));
    if (!fold) {
      revealed.current = reveal.seq;
      return;
    }
    if (fold.kind === 'boilerplate-hidden') onOptionsChange({ ...options, showBoilerplate: true });
    else setExpanded((current) => new Set([...current, fold.key]));
  }, [reveal, articles, rows, scrollToRow, options, onOptionsChange]);

  const firstInView = virtualizer.range?.startIndex ?? 0;
  const { onScrollRow } = props;
  useEffect(() => {
    if (restoredFor.current === pairKey && rows.length > 0) onScrollRow(firstInView);
  }, [firstInView, onScrollRow, pairKey, rows.length]);

  const { matches, matchesByRow } = useFindMatches(find, rows, articles);

  /** Moves to the next or previous find match, opening a folded run if the match is in it. */
  const stepMatch = useCallback(
    (delta: 1 | -1) => {
      if (matches.length === 0) return;
      const index =
        find.index < 0
          ? delta > 0
            ? 0
            : matches.length - 1
          : (find.index + delta + matches.length) % matches.length;
      const match = matches[index];
      if (!match) return;
      setFind((f) => ({ ...f, index }));
      const at = rows.findIndex((r) => r.key === match.row);
      if (at >= 0) {
        scrollToRow(at);
        return;
      }
      const fold = rows.find((r) => r.hidden?.some((h) => h.key === match.row));
      if (fold) setExpanded((current) => new Set([...current, fold.key]));
    },
    [matches, find.index, rows, scrollToRow],
  );

  useEffect(() => {
    if (find.index < 0) return;
    const match = matches[find.index];
    if (!match) return;
    const at = rows.findIndex((r) => r.key === match.row);
    if (at >= 0) scrollToRow(at);
  }, [rows, matches, find.index, scrollToRow]);

  const save = useCallback(
    async (next: Correction[]) => {
      const saved = await api().setCorrections(aId, bId, next);
      notifyCorrections(aId, bId, saved);
    },
    [aId, bId],
  );

  /** Saves a new list of corrections as one undoable step. */
  const commit = useCallback(
    (next: Correction[], label: string) => {
      const previous = ready?.corrections ?? [];
      notifyCorrections(aId, bId, next);
      save(next).then(
        () => undoStack.push({ label, undo: () => save(previous), redo: () => save(next) }),
        (error: unknown) => {
          notifyCorrections(aId, bId, previous);
          setActionError(toAppError(error));
        },
      );
    },
    [ready, aId, bId, save],
  );

  const act = (row: CompareRow, action: RowAction): void => {
    if (!articles || !ready) return;
    const base = { id: newCorrectionId(), at: new Date().toISOString() };
    if (action.type === 'start-link') {
      setPendingLink({ side: action.side, segment: action.segment });
      setActionsOpen(null);
      setAnnouncement(
        t('compare.correct.linking', {
          outlet: action.side === 'a' ? names.b : names.a,
          n: paragraphNumber(action.segment),
        }),
      );
      return;
    }
    if (action.type === 'link-here') {
      if (!pendingLink) return;
      const a = pendingLink.side === 'a' ? pendingLink.segment : action.segment;
      const b = pendingLink.side === 'a' ? action.segment : pendingLink.segment;
      const correction: Correction = {
        ...base,
        op: 'link',
        a: anchorSide(articles.a, [a]),
        b: anchorSide(articles.b, [b]),
      };
      setPendingLink(null);
      commit([...ready.corrections, correction], 'compare.correct.stepLink');
      return;
    }
    const anchors = { a: anchorSide(articles.a, row.a), b: anchorSide(articles.b, row.b) };
    setActionsOpen(null);
    if (action.type === 'unlink') {
      commit([...ready.corrections, { ...base, ...anchors, op: 'unlink' }], 'compare.correct.stepUnlink');
    } else if (action.kind !== row.kind || !row.byHand) {
      commit(
        [...ready.corrections, { ...base, ...anchors, op: 'kind', kind: action.kind }],
        'compare.correct.stepKind',
      );
    }
  };

  const toggle = (key: keyof CompareViewOptions): void =>
    onOptionsChange({ ...options, [key]: !options[key] });
  useCommands((command: MenuCommand) => {
    switch (command) {
      case 'next-difference':
        step(1);
        break;
      case 'previous-difference':
        step(-1);
        break;
      case 'find':
        setFind((f) => ({ ...f, open: true }));
        break;
      case 'toggle-only-differences':
        toggle('onlyDifferences');
        break;
      case 'toggle-boilerplate':
        toggle('showBoilerplate');
        break;
      case 'toggle-ignore-case':
        toggle('ignoreCase');
        break;
      case 'toggle-ignore-punctuation':
        toggle('ignorePunctuation');
        break;
      case 'toggle-ignore-typography':
        toggle('ignoreTypography');
        break;
      default:
        break;
    }
  });

  const orphaned = comparison?.corrections.filter((c) => c.status === 'orphaned') ?? [];
  const currentIndex = rows.findIndex((r) => r.key === currentKey);
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const running = state.status === 'running';
  const compareError = state.status === 'error' ? state.error : null;

  return (
    <div
      className="cmp-view"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && pendingLink) {
          setPendingLink(null);
          event.stopPropagation();
        }
      }}
    >
      <CompareToolbar
        options={options}
        onToggle={toggle}
        onSwap={props.onSwap}
        onCompareWith={props.onCompareWith}
        onStep={step}
        onFind={() => setFind((f) => ({ ...f, open: true }))}
        position={currentIndex >= 0 ? differences.indexOf(currentIndex) + 1 : 0}
        total={differences.length}
        disabled={!comparison}
      />
      {find.open ? (
        <FindBar
          query={find.query}
          index={find.index}
          count={matches.length}
          onQuery={(query) => setFind({ open: true, query, index: -1 })}
          onStep={stepMatch}
          onClose={() => setFind({ open: false, query: '', index: -1 })}
        />
      ) : null}
      {running ? (
        <div className="cmp-progress" role="progressbar" aria-label={t('compare.comparing')} aria-busy="true">
          <div className="cmp-progress-bar" />
        </div>
      ) : null}
      {loadError ? <CompareError error={loadError} onRetry={retry} /> : null}
      {compareError ? <CompareError error={compareError} onRetry={retry} /> : null}
      {actionError ? <ErrorBanner error={actionError} onDismiss={() => setActionError(null)} /> : null}
      {comparison ? (
        <CompareSummary
          summary={summarizeComparison(comparison, lang)}
          stats={comparison.stats}
          degraded={comparison.degraded ? formatDegradations(comparison.degraded, lang) : undefined}
          reuse={articles ? reuseOfPair(folder, articles.a.id, articles.b.id) : undefined}
        />
      ) : null}
      <StateNoticeText notice={ready?.notice} className="cmp-notice" />
      {orphaned.length > 0 && ready ? (
        <div className="cmp-notice" role="note">
          <span>{t('compare.correct.orphaned', { count: orphaned.length })}</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              const gone = new Set(orphaned.map((c) => c.id));
              commit(
                ready.corrections.filter((c) => !gone.has(c.id)),
                'compare.correct.stepDiscard',
              );
            }}
          >
            {t('compare.correct.discard')}
          </button>
        </div>
      ) : null}
      {pendingLink ? (
        <div className="cmp-notice cmp-linking" role="status">
          <span>
            {t('compare.correct.linking', {
              outlet: pendingLink.side === 'a' ? names.b : names.a,
              n: paragraphNumber(pendingLink.segment),
            })}
          </span>
          <button type="button" className="button" onClick={() => setPendingLink(null)}>
            {t('compare.correct.cancel')}
          </button>
        </div>
      ) : null}
      {articles && comparison ? (
        <div className="cmp-body">
          <div
            role="table"
            className="cmp-table"
            aria-label={t('compare.tableLabel', { a: names.a, b: names.b })}
            aria-rowcount={rows.length + 1}
            aria-busy={running ? 'true' : undefined}
          >
            <div role="rowgroup" className="cmp-head">
              <div role="row" aria-rowindex={1} className="cmp-head-row">
                <ColumnHeader
                  article={articles.a}
                  summary={folder.articles.find((x) => x.id === articles.a.id)}
                  side="a"
                />
                <div role="columnheader" className="cmp-mid cmp-mid-head">
                  <span className="sr-only">{t('compare.linkColumn')}</span>
                </div>
                <ColumnHeader
                  article={articles.b}
                  summary={folder.articles.find((x) => x.id === articles.b.id)}
                  side="b"
                />
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
                      measureRef={virtualizer.measureElement}
                      dataIndex={item.index}
                      offset={item.start}
                      texts={{ a: articles.a.text, b: articles.b.text }}
                      names={names}
                      languages={{ a: articles.a.language, b: articles.b.language }}
                      current={row.key === currentKey}
                      matches={matchesByRow.get(row.key) ?? { a: [], b: [] }}
                      marks={marks}
                      noteMarks={noteMarks}
                      currentMatch={find.index >= 0 ? find.index : undefined}
                      actionsOpen={actionsOpen === row.key}
                      pendingLink={pendingLink}
                      onToggleActions={() => setActionsOpen((open) => (open === row.key ? null : row.key))}
                      onAction={(action) => act(row, action)}
                      onExpand={() => {
                        if (row.kind === 'boilerplate-hidden')
                          onOptionsChange({ ...options, showBoilerplate: true });
                        else setExpanded((current) => new Set([...current, row.key]));
                      }}
                    />
                  );
                })}
              </div>
            </div>
          </div>
          <Overview
            rows={rows}
            differences={differences}
            places={(index) => {
              const m = virtualizer.measurementsCache[index];
              return {
                start: m?.start ?? index * ESTIMATED_ROW_HEIGHT,
                size: m?.size ?? ESTIMATED_ROW_HEIGHT,
              };
            }}
            total={total}
            view={{ start: virtualizer.scrollOffset ?? 0, size: scrollRef.current?.clientHeight ?? 0 }}
            current={currentIndex}
            onJump={(index) => {
              const row = rows[index];
              if (!row) return;
              setCurrentKey(row.key);
              setFocusKey({ key: row.key });
              scrollToRow(index);
            }}
          />
        </div>
      ) : !loadError && !compareError ? (
        <div className="cmp-waiting" role="status">
          <span className="cmp-spinner" aria-hidden="true" />
          <span>
            {state.status === 'running' && state.stage === 'correcting'
              ? t('compare.correcting')
              : t('compare.comparing')}
          </span>
        </div>
      ) : null}
      <div className="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
