import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, type Lang } from '../../../../shared/format/index';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import type { CoverageEntry } from '../../../../shared/story/coverage';
import type { StoryColumn } from '../../../../shared/story/types';
import { OutletBadge } from '../OutletBadge';

/** Longest quote or claim shown. */
const MAX_TEXT = 140;

/** Text cut to `MAX_TEXT` characters. */
function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * What each article carries: its share of the story (words of the rows it carries), the content found only there,
 * its quotes and who else carries them, and the claims the other articles report differently; rows can be shown
 * in the collation.
 */
export function CoverageTable({
  coverage,
  columns,
  summaries,
  onShowRow,
}: {
  coverage: readonly CoverageEntry[];
  columns: readonly StoryColumn[];
  summaries: readonly ArticleSummary[];
  onShowRow: (rowKey: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const label = (col: number): string => columns[col]?.label ?? '';
  const list = (items: string[]): string =>
    new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { type: 'conjunction' }).format(items);
  const goTo = (rowKey: string | undefined, text: string) =>
    rowKey ? (
      <button
        type="button"
        className="link-button"
        onClick={() => onShowRow(rowKey)}
        title={t('story.coverage.goToRow')}
      >
        {text}
      </button>
    ) : (
      text
    );
  return (
    <section className="story-coverage" aria-label={t('story.coverage.title')}>
      {coverage.map((entry) => {
        const column = columns[entry.column];
        const summary = summaries.find((s) => s.id === entry.articleId);
        const name = column?.label ?? entry.articleId;
        return (
          <article
            key={entry.articleId}
            className="story-cov"
            data-article={entry.articleId}
            aria-label={name}
          >
            <h3 className="story-cov-title">
              <span className="story-colnum">{entry.column + 1}</span>{' '}
              {summary ? <OutletBadge outlet={summary.outlet} inferred={summary.inferredOutlet} /> : name}
              <span className="muted small"> {column?.headline}</span>
            </h3>
            <dl className="story-cov-figures">
              <div>
                <dt>{t('story.coverage.share')}</dt>
                <dd>
                  <span className="story-share">{formatPercent(entry.share, lang)}</span>
                  <span className="story-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(entry.share * 100)}%` }} />
                  </span>
                </dd>
              </div>
              <div>
                <dt>{t('story.coverage.rows')}</dt>
                <dd>
                  {t('story.coverage.rowsValue', {
                    rows: formatNumber(entry.rows, lang),
                    total: formatNumber(entry.totalRows, lang),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('story.coverage.onlyHere')}</dt>
                <dd>
                  {entry.onlyHere.length
                    ? goTo(
                        entry.onlyHere[0],
                        t('story.coverage.onlyHereValue', {
                          count: entry.onlyHere.length,
                          words: formatNumber(entry.onlyHereWords, lang),
                        }),
                      )
                    : t('story.coverage.none')}
                </dd>
              </div>
            </dl>
            <div className="story-cov-lists">
              <div>
                <h4>{t('story.coverage.quotes')}</h4>
                {entry.quotes.length ? (
                  <ul className="story-list">
                    {entry.quotes.map((q) => (
                      <li key={q.claimId}>
                        {goTo(q.rowKey, `« ${clip(q.text)} »`)}
                        {q.speaker ? ` — ${q.speaker}` : ''}{' '}
                        <span className="muted small">
                          {q.alsoIn.length
                            ? t('story.coverage.quotesShared', { outlets: list(q.alsoIn.map(label)) })
                            : t('story.coverage.quotesOwn')}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t('story.coverage.none')}</p>
                )}
              </div>
              <div>
                <h4>{t('story.coverage.disagreements')}</h4>
                {entry.disagreements.length ? (
                  <ul className="story-list">
                    {entry.disagreements.map((d) => (
                      <li key={d.claimRow}>
                        {goTo(d.rowKey, clip(d.text))}{' '}
                        <span className="muted small">
                          {d.others
                            .map((o) =>
                              o.same
                                ? t('story.coverage.same', { outlet: label(o.column) })
                                : t('story.coverage.others', { outlet: label(o.column), text: clip(o.text) }),
                            )
                            .join(' · ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t('story.coverage.none')}</p>
                )}
              </div>
            </div>
          </article>
        );
      })}
    </section>
  );
}
