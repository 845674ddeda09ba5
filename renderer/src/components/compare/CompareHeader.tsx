import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article/model';
import type { CompareStats } from '../../../../shared/compare/types';
import { formatDate, formatNumber, formatPercent, type Lang } from '../../../../shared/format/index';
import type { ArticleSummary, FolderView } from '../../../../shared/ipc/types';
import { MIN_RUN_WORDS } from '../../../../shared/article/reuse-figures';
import { useLayoutContext } from '../../hooks/use-layout';
import { OutletBadge } from '../OutletBadge';

/** Symbols of the summary's fold button, hidden from screen readers (the button carries its name). */
const FOLD_GLYPH = '▾';
const UNFOLD_GLYPH = '▸';

/**
 * The engine's one-sentence summary and its figures; with the folder's reuse figure of the pair, the share of B's
 * text found in A as every other view shows it (runs of words outside quotation marks). Each figure is named for what
 * it counts, with its definition as a tooltip: "kept word for word" (every equal word of A, quotations included)
 * is not the reuse figure.
 */
export function CompareSummary({
  summary,
  stats,
  degraded,
  reuse,
}: {
  summary: string;
  stats: CompareStats;
  degraded?: string | undefined;
  reuse?: { shareOfB: number } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const figures = [
    ...(reuse
      ? [
          {
            key: 'reuse',
            label: t('compare.figures.reuse'),
            title: t('compare.figures.reuseTitle', { minWords: MIN_RUN_WORDS }),
            value: formatPercent(reuse.shareOfB, lang),
          },
        ]
      : []),
    {
      key: 'kept',
      label: t('compare.figures.kept'),
      title: t('compare.figures.keptTitle'),
      value: formatPercent(stats.keptVerbatim, lang),
    },
    {
      key: 'dropped',
      label: t('compare.figures.dropped'),
      value: formatNumber(stats.droppedParagraphs, lang),
    },
    { key: 'added', label: t('compare.figures.added'), value: formatNumber(stats.addedParagraphs, lang) },
    {
      key: 'quotes',
      label: t('compare.figures.quotesDropped'),
      value: formatNumber(stats.droppedQuotes, lang),
    },
    {
      key: 'numbers',
      label: t('compare.figures.numbersChanged'),
      value: formatNumber(stats.numbersChanged, lang),
    },
  ];
  const { layout, change } = useLayoutContext();
  const open = layout.summaryOpen;
  const id = useId();
  const toggleLabel = open ? t('layout.foldSummary') : t('layout.unfoldSummary');
  return (
    <section
      className={open ? 'cmp-summary' : 'cmp-summary cmp-summary-folded'}
      aria-label={t('compare.summaryLabel')}
    >
      <div className="cmp-summary-head">
        <button
          type="button"
          className="cmp-summary-toggle"
          aria-expanded={open}
          aria-controls={id}
          aria-label={toggleLabel}
          title={toggleLabel}
          onClick={() => change({ summaryOpen: !open })}
        >
          <span aria-hidden="true">{open ? FOLD_GLYPH : UNFOLD_GLYPH}</span>
        </button>
        <p className="cmp-summary-text" title={open ? undefined : summary}>
          {summary}
        </p>
      </div>
      <div id={id} className="cmp-summary-body" hidden={!open}>
        <dl className="cmp-figures">
          {figures.map((f) => (
            <div key={f.key} className="cmp-figure" data-figure={f.key}>
              <dt title={'title' in f ? f.title : undefined}>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        {degraded ? (
          <p className="cmp-degraded" role="note">
            {t('compare.degraded')}
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** The share of `b`'s text found in `a` by the folder's reuse figure of the pair, if it has one. */
export function reuseOfPair(
  folder: Pick<FolderView, 'reuse'>,
  a: string,
  b: string,
): { shareOfB: number } | undefined {
  const figure = folder.reuse.find(
    (f) => (f.source === a && f.target === b) || (f.source === b && f.target === a),
  );
  if (!figure) return undefined;
  return { shareOfB: figure.target === b ? figure.share : figure.sourceShare };
}

/** Word count of an article's summary, or nothing when the folder does not list it. */
function words(summary: ArticleSummary | undefined): number | undefined {
  return summary?.words;
}

/** The header of one column in two lines: outlet badge, date, dateline, word count and file name; the title. */
export function ColumnHeader({
  article,
  summary,
  side,
}: {
  article: Article;
  summary: ArticleSummary | undefined;
  side: 'a' | 'b';
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const outlet = summary?.outlet ?? { ...article.outlet };
  const count = words(summary);
  const file = article.id.split('/').pop() ?? article.id;
  const title = article.title ?? summary?.title ?? file;
  return (
    <div role="columnheader" className={`cmp-colhead cmp-${side}`}>
      <div className="cmp-colhead-top">
        <OutletBadge outlet={outlet} inferred={summary?.inferredOutlet} />
        {article.site ? (
          <span className="small muted" title={t('compare.siteTitle', { site: article.site })}>
            {t('compare.site', { site: article.site })}
          </span>
        ) : null}
        {article.date ? (
          <span className="small cmp-colhead-date">{formatDate(article.date, lang)}</span>
        ) : null}
        <span className="muted small cmp-colhead-meta" title={article.id}>
          {[
            article.dateline,
            count !== undefined
              ? t('compare.words', { count, formatted: formatNumber(count, lang) })
              : undefined,
            t('compare.file', { name: file }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <p className="cmp-colhead-title" lang={article.language} title={title}>
        {title}
      </p>
    </div>
  );
}
