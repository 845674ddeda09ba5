import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectedComparison } from '../../../../shared/compare/corrections';
import { outletLabel } from '../../../../shared/compare/compare';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import type { CompareViewOptions, ViewToggle } from '../../../../shared/compare/view-state';
import { formatDegradations } from '../../../../shared/format/degradation';
import type { Lang } from '../../../../shared/format/lang';
import { summarizeComparison } from '../../../../shared/format/summary';
import type { FolderView } from '../../../../shared/ipc/types';
import { useComparison } from '../../hooks/use-comparison';
import type { CompareClient } from '../../workers/compare-client';
import { ErrorBanner } from '../ErrorBanner';
import { usePairNoteMarks } from '../notes/compare-notes';
import { StateNoticeText } from '../StateNoticeText';
import { useLayoutContext } from '../../hooks/use-layout';
import { ChangeList } from './ChangeList';
import { CompareError } from './CompareError';
import { CompareSummary, reuseOfPair } from './CompareHeader';
import { CompareNotices } from './CompareNotices';
import { CompareTable } from './CompareTable';
import { CompareToolbar } from './CompareToolbar';
import { CompareWaiting } from './CompareWaiting';
import { FindBar } from './FindBar';
import { Overview } from './Overview';
import { useAlignmentCorrections } from './use-alignment-corrections';
import { useCompareCommands } from './use-compare-commands';
import { useCompareRows } from './use-compare-rows';
import { useDifferenceNavigation } from './use-difference-navigation';
import { useFindNavigation } from './use-find-navigation';
import { usePairArticles } from './use-pair-articles';
import { useRevealRow } from './use-reveal-row';
import { useRowFocus } from './use-row-focus';
import { useRowVirtualizer } from './use-row-virtualizer';
import { useScrollMemory } from './use-scroll-memory';
import { useTextMarks } from './use-text-marks';
import './compare.css';

/** The symbol of the button showing the list of the differences, hidden from screen readers (the button has a name). */
const LIST_GLYPH = '☰';

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
  const { folder, aId, bId, options, onOptionsChange, reveal } = props;
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';

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
  const sentences = options.granularity === 'sentence';
  const { state, shown } = useComparison(
    {
      articles,
      corrections: ready?.corrections ?? null,
      equivalence,
      ...(sentences ? { granularity: 'sentence' as const } : {}),
    },
    props.makeClient,
  );
  const { layout, change: changeLayout } = useLayoutContext();
  const comparison: CorrectedComparison | null = shown?.comparison ?? null;

  const { aligned, rows, differences, expand } = useCompareRows(comparison, options);
  const noteMarks = usePairNoteMarks(articles, aligned);
  const marks = useTextMarks(articles, props.watchPhrases, reveal);
  const names = useMemo(
    () =>
      articles
        ? { a: outletLabel(articles.a, articles.b), b: outletLabel(articles.b, articles.a) }
        : { a: '', b: '' },
    [articles],
  );

  const [announcement, announce] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtualizer, scrollToRow, place, view } = useRowVirtualizer(rows, scrollRef);
  const focusRow = useRowFocus(scrollRef);
  const inView = useCallback(() => virtualizer.range, [virtualizer]);
  const nav = useDifferenceNavigation({ rows, differences, inView, scrollToRow, focusRow, announce });

  /** Opens a fold: boilerplate by the option that shows it, any other run by expanding it. */
  const openFold = useCallback(
    (row: CompareRow) => {
      if (row.kind === 'boilerplate-hidden') onOptionsChange({ ...options, showBoilerplate: true });
      else expand(row.key);
    },
    [options, onOptionsChange, expand],
  );
  useRevealRow(reveal, articles, rows, nav.goTo, openFold);

  const scrollToTop = useCallback(
    (row: number) => virtualizer.scrollToIndex(row, { align: 'start' }),
    [virtualizer],
  );
  useScrollMemory({
    pairKey: `${aId}\u0000${bId}`,
    rowCount: rows.length,
    initialRow: props.initialScrollRow,
    firstInView: virtualizer.range?.startIndex ?? 0,
    scrollToTop,
    onScrollRow: props.onScrollRow,
  });

  const finder = useFindNavigation(rows, articles, scrollToRow, expand);
  const corrections = useAlignmentCorrections({
    aId,
    bId,
    articles,
    corrections: ready?.corrections ?? null,
    names,
    announce,
  });

  const toggle = (key: ViewToggle): void => onOptionsChange({ ...options, [key]: !options[key] });
  useCompareCommands({ step: nav.step, openFind: finder.open, toggle });

  const orphaned = comparison?.corrections.filter((c) => c.status === 'orphaned') ?? [];
  const total = virtualizer.getTotalSize();
  const running = state.status === 'running';
  const compareError = state.status === 'error' ? state.error : null;
  const { find } = finder;

  return (
    <div className="cmp-view" onKeyDown={corrections.onKeyDown}>
      <CompareToolbar
        options={options}
        onToggle={toggle}
        onSwap={props.onSwap}
        onCompareWith={props.onCompareWith}
        onStep={nav.step}
        onFind={finder.open}
        position={nav.position}
        total={differences.length}
        disabled={!comparison}
        extra={
          <>
            <select
              className="cmp-granularity"
              aria-label={t('layout.granularity')}
              title={t('layout.granularity')}
              value={sentences ? 'sentence' : 'paragraph'}
              onChange={(event) => {
                const { granularity: _previous, ...rest } = options;
                onOptionsChange(
                  event.target.value === 'sentence' ? { ...rest, granularity: 'sentence' } : rest,
                );
              }}
            >
              <option value="paragraph">{t('layout.paragraphs')}</option>
              <option value="sentence">{t('layout.sentences')}</option>
            </select>
            <button
              type="button"
              className="button cmp-icon-only"
              aria-pressed={layout.changes}
              aria-label={t('layout.changesShow')}
              title={t('layout.changesShow')}
              disabled={!comparison}
              onClick={() => changeLayout({ changes: !layout.changes })}
            >
              <span aria-hidden="true">{LIST_GLYPH}</span>
            </button>
          </>
        }
      />
      {find.open ? (
        <FindBar
          query={find.query}
          index={find.index}
          count={finder.matches.length}
          onQuery={finder.search}
          onStep={finder.stepMatch}
          onClose={finder.close}
        />
      ) : null}
      {running ? (
        <div className="cmp-progress" role="progressbar" aria-label={t('compare.comparing')} aria-busy="true">
          <div className="cmp-progress-bar" />
        </div>
      ) : null}
      {loadError ? <CompareError error={loadError} onRetry={retry} /> : null}
      {compareError ? <CompareError error={compareError} onRetry={retry} /> : null}
      {corrections.actionError ? (
        <ErrorBanner error={corrections.actionError} onDismiss={corrections.dismissError} />
      ) : null}
      {comparison ? (
        <CompareSummary
          summary={summarizeComparison(comparison, lang)}
          stats={comparison.stats}
          degraded={comparison.degraded ? formatDegradations(comparison.degraded, lang) : undefined}
          reuse={articles ? reuseOfPair(folder, articles.a.id, articles.b.id) : undefined}
        />
      ) : null}
      <StateNoticeText notice={ready?.notice} className="cmp-notice" />
      {sentences ? <p className="cmp-notice">{t('layout.sentencesNoCorrections')}</p> : null}
      <CompareNotices
        orphaned={ready ? orphaned.length : 0}
        onDiscard={() => corrections.discard(orphaned.map((c) => c.id))}
        pendingLink={corrections.pendingLink}
        onCancelLink={corrections.cancelLink}
        names={names}
      />
      {articles && comparison ? (
        <div className="cmp-body">
          <CompareTable
            articles={articles}
            summaries={{
              a: folder.articles.find((x) => x.id === articles.a.id),
              b: folder.articles.find((x) => x.id === articles.b.id),
            }}
            names={names}
            rows={rows}
            items={virtualizer.getVirtualItems()}
            total={total}
            scrollRef={scrollRef}
            measureRef={virtualizer.measureElement}
            running={running}
            currentKey={nav.currentKey}
            matchesByRow={finder.matchesByRow}
            currentMatch={find.index >= 0 ? find.index : undefined}
            marks={marks}
            noteMarks={noteMarks}
            actionsOpen={corrections.actionsOpen}
            pendingLink={corrections.pendingLink}
            onToggleActions={corrections.toggleActions}
            onAction={corrections.act}
            onExpand={openFold}
            sentences={sentences}
          />
          <Overview
            rows={rows}
            differences={differences}
            places={place}
            total={total}
            view={view}
            current={nav.currentIndex}
            onJump={nav.goTo}
          />
          {layout.changes ? (
            <ChangeList
              rows={rows}
              differences={differences}
              texts={{ a: articles.a.text, b: articles.b.text }}
              names={names}
              current={nav.currentIndex}
              onJump={nav.goTo}
            />
          ) : null}
        </div>
      ) : !loadError && !compareError ? (
        <CompareWaiting correcting={state.status === 'running' && state.stage === 'correcting'} />
      ) : null}
      <div className="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
