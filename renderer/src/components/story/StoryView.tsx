import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article/model';
import type { CompareViewOptions } from '../../../../shared/compare/view-state';
import type { Lang } from '../../../../shared/format/lang';
import type { AppError } from '../../../../shared/ipc/errors';
import { toAppError } from '../../errors';
import type { FolderView } from '../../../../shared/ipc/types';
import { orderRows } from '../../../../shared/story/order-rows';
import type { ReuseEdge } from '../../../../shared/story/reuse-graph';
import type { Collation, OrderedRow } from '../../../../shared/story/types';
import { api } from '../../api';
import { StoryCancelledError, StoryClient } from '../../workers/story-client';
import { ErrorBanner } from '../ErrorBanner';
import { CollationTable, type CellPick } from './CollationTable';
import { CoverageTable } from './CoverageTable';
import { ReuseGraphView } from './ReuseGraphView';
import { StoryVersions } from './StoryVersions';
import { useStory } from './use-story';
import '../compare/compare.css';
import './story.css';

/** The three parts of the story view. */
type Tab = 'table' | 'graph' | 'coverage';
const TABS: readonly Tab[] = ['table', 'graph', 'coverage'];

/** Props of the story view. */
export interface StoryViewProps {
  folder: FolderView;
  storyId: string;
  /** The side-by-side view's options: the same equivalences are used to collate. */
  options: CompareViewOptions;
  onClose: () => void;
  /** Opens `a` (left) and `b` side by side, scrolled to the side-by-side row `row`. */
  onOpenPair: (a: string, b: string, row: number) => void;
  /** Injects the worker client (tests). */
  makeClient?: () => StoryClient;
}

/**
 * The story view (issue 11): every article of a story at once. A collation table (one row per piece of content,
 * one column per article in date order), the reuse graph and each article's coverage, computed in a worker; two
 * cells, or an arrow, open that pair side by side at that row.
 */
export function StoryView(props: StoryViewProps) {
  const { folder, storyId, options, onOpenPair } = props;
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const story = folder.stories.find((s) => s.id === storyId);
  const articleIds = useMemo(() => story?.articles ?? [], [story]);
  const [client] = useState(() => (props.makeClient ? props.makeClient() : new StoryClient()));
  useEffect(() => () => client.dispose(), [client]);
  const state = useStory(folder, articleIds, options, client);

  const [tab, setTab] = useState<Tab>('table');
  const [orderBy, setOrderBy] = useState<number | null>(null);
  const [picked, setPicked] = useState<CellPick | null>(null);
  const [focus, setFocus] = useState<{ rowKey: string; n: number } | null>(null);
  const [opening, setOpening] = useState(false);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const [exporting, setExporting] = useState<'pdf' | 'html' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!picked) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setPicked(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picked]);

  const result = state.status === 'done' ? state.result : null;
  const articles = state.status === 'done' ? state.articles : null;
  const collation = result?.collation ?? null;
  const order = orderBy ?? collation?.pivot ?? 0;

  /** Finds the side-by-side row of a pair at the given rows of the collation, then opens the pair there. */
  const openPair = async (first: CellPick, second: CellPick): Promise<void> => {
    if (!collation || !articles) return;
    const [left, right] = first.column < second.column ? [first, second] : [second, first];
    const a = articleOf(articles, collation, left.column);
    const b = articleOf(articles, collation, right.column);
    if (!a || !b) return;
    setOpening(true);
    try {
      const ordered = orderRows(collation, order);
      const { corrections } = await api().getCorrections(a.id, b.id);
      const ownA = ownSegment(ordered, left);
      const ownB = ownSegment(ordered, right);
      const segmentA = ownA ?? (ownB === undefined ? nearestSegment(ordered, left) : undefined);
      const segmentB = ownB ?? nearestSegment(ordered, right);
      const row = await client.locate({
        a,
        b,
        ...(segmentA !== undefined ? { segmentA } : {}),
        ...(segmentB !== undefined ? { segmentB } : {}),
        options,
        corrections,
      });
      onOpenPair(a.id, b.id, row);
    } catch (error) {
      if (!(error instanceof StoryCancelledError)) setActionError(toAppError(error));
    } finally {
      setOpening(false);
    }
  };

  const pick = (cell: CellPick): void => {
    if (!picked || picked.column === cell.column) {
      setPicked(picked && picked.column === cell.column && picked.rowKey === cell.rowKey ? null : cell);
      return;
    }
    setPicked(null);
    void openPair(picked, cell);
  };

  const openEdge = (edge: ReuseEdge): void => {
    if (!collation) return;
    const ordered = orderRows(collation, order);
    const shared = ordered.find((o) => o.row.cells[edge.source] && o.row.cells[edge.target]) ?? ordered[0];
    if (!shared) return;
    void openPair(
      { column: edge.source, rowKey: shared.row.key },
      { column: edge.target, rowKey: shared.row.key },
    );
  };

  /** Saves the collation through the report renderer, in the order shown, with the equivalences it was collated with. */
  const exportAs = async (format: 'pdf' | 'html'): Promise<void> => {
    setExporting(format);
    setSaved(null);
    try {
      const orderId = collation?.columns[order]?.articleId;
      const result = await api().exportStory(
        storyId,
        format,
        { paper: 'a4', landscape: true, lang, ...(orderId ? { orderBy: orderId } : {}) },
        {
          ignoreCase: options.ignoreCase,
          ignorePunctuation: options.ignorePunctuation,
          ignoreTypography: options.ignoreTypography,
        },
      );
      if (result) setSaved(result.path);
    } catch (error) {
      setActionError(toAppError(error));
    } finally {
      setExporting(null);
    }
  };

  const title = story?.title ?? storyId;
  return (
    <section className="story-view" aria-label={t('story.label', { title })}>
      <header className="story-header">
        <button type="button" className="button" onClick={props.onClose}>
          {`← ${t('story.close')}`}
        </button>
        <div className="story-heading">
          <h2 className="story-view-title">{title}</h2>
          {collation ? (
            <p className="muted small">
              {t('shell.articleCount', { count: collation.columns.length })} ·{' '}
              {t('story.rows', { count: collation.rows.length })}
            </p>
          ) : null}
        </div>
        {collation ? (
          <div className="story-export">
            <button
              type="button"
              className="button"
              disabled={exporting !== null}
              onClick={() => void exportAs('html')}
            >
              {t('story.export.html')}
            </button>
            <button
              type="button"
              className="button"
              disabled={exporting !== null}
              onClick={() => void exportAs('pdf')}
            >
              {t('story.export.pdf')}
            </button>
          </div>
        ) : null}
        <div className="story-tabs" role="tablist" aria-label={t('story.tabs.label')}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`story-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`story-panel-${name}`}
              className="story-tab"
              onClick={() => setTab(name)}
            >
              {t(`story.tabs.${name}`)}
            </button>
          ))}
        </div>
      </header>
      {actionError ? <ErrorBanner error={actionError} onDismiss={() => setActionError(null)} /> : null}
      {saved ? (
        <p className="story-saved small" role="status">
          {t('story.export.saved', { path: saved })}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <ErrorBanner
          error={{ ...state.error, message: t('story.failed', { reason: state.error.message }) }}
          onDismiss={props.onClose}
        />
      ) : null}
      {articleIds.length < 2 ? <p className="story-empty">{t('story.tooFew')}</p> : null}
      {state.status === 'loading' || state.status === 'collating' ? (
        <div className="story-progress" role="status">
          <p>{t('story.computing', { count: articleIds.length })}</p>
          {state.status === 'collating' ? (
            <>
              <progress max={state.total} value={state.done} />
              <p className="muted small">{t('story.progress', { done: state.done, total: state.total })}</p>
            </>
          ) : null}
          <button type="button" className="button" onClick={props.onClose}>
            {t('story.cancel')}
          </button>
        </div>
      ) : null}
      {collation && result ? <StoryVersions versions={result.versions} columns={collation.columns} /> : null}
      {collation && articles && result ? (
        <div
          className="story-panel"
          role="tabpanel"
          id={`story-panel-${tab}`}
          aria-labelledby={`story-tab-${tab}`}
          aria-busy={opening}
        >
          {tab === 'table' ? (
            <CollationTable
              collation={collation}
              articles={articles}
              summaries={folder.articles}
              orderBy={order}
              onOrderBy={setOrderBy}
              picked={picked}
              onPick={pick}
              focus={focus}
            />
          ) : tab === 'graph' ? (
            <ReuseGraphView graph={result.graph} columns={collation.columns} onOpen={openEdge} />
          ) : (
            <CoverageTable
              coverage={result.coverage}
              columns={collation.columns}
              summaries={folder.articles}
              onShowRow={(rowKey) => {
                setTab('table');
                setFocus((f) => ({ rowKey, n: (f?.n ?? 0) + 1 }));
              }}
            />
          )}
        </div>
      ) : null}
    </section>
  );
}

/** The article of a column. */
function articleOf(articles: readonly Article[], collation: Collation, column: number): Article | undefined {
  const id = collation.columns[column]?.articleId;
  return articles.find((a) => a.id === id);
}

/** The first paragraph of a picked cell, when the article carries that row. */
function ownSegment(ordered: readonly OrderedRow[], pick: CellPick): number | undefined {
  return ordered.find((o) => o.row.key === pick.rowKey)?.row.cells[pick.column]?.segments[0];
}

/** For a cell the article does not carry: its last paragraph in an earlier row of the order (where the text would have been). */
function nearestSegment(ordered: readonly OrderedRow[], pick: CellPick): number | undefined {
  const at = ordered.findIndex((o) => o.row.key === pick.rowKey);
  for (let i = at - 1; i >= 0; i--) {
    const segments = ordered[i]?.row.cells[pick.column]?.segments;
    if (segments?.length) return segments[segments.length - 1];
  }
  return undefined;
}
