import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatPercent, type Lang } from '../../../../shared/format/index';
import type { ArticleSummary, FolderView } from '../../../../shared/ipc/types';
import { OutletBadge } from '../OutletBadge';

/** The articles to offer beside `id`: those of its story first (in story order), then the rest. */
export function candidatesFor(
  folder: FolderView,
  id: string,
): { sameStory: ArticleSummary[]; others: ArticleSummary[] } {
  const byId = new Map(folder.articles.map((a) => [a.id, a]));
  const story = (folder.stories ?? []).find((s) => s.articles.includes(id) && s.articles.length > 1);
  const inStory = new Set(story?.articles ?? []);
  const sameStory = (story?.articles ?? []).filter((x) => x !== id).flatMap((x) => byId.get(x) ?? []);
  const others = folder.articles.filter((a) => a.id !== id && !inStory.has(a.id));
  return { sameStory, others };
}

/** How close `candidate` is to `article` by the folder's reuse figure: which share was taken, in which direction. */
export function closeness(
  folder: Pick<FolderView, 'reuse'>,
  article: ArticleSummary,
  candidate: string,
): { key: 'takenFrom' | 'reusedBy' | 'inCommon'; share: number } | null {
  const figure = folder.reuse.find(
    (f) =>
      (f.source === article.id && f.target === candidate) ||
      (f.source === candidate && f.target === article.id),
  );
  if (!figure || figure.share <= 0) return null;
  const candidateShare = figure.target === candidate ? figure.share : figure.sourceShare;
  if (figure.direction === 'undetermined') return { key: 'inCommon', share: candidateShare };
  return { key: figure.target === candidate ? 'takenFrom' : 'reusedBy', share: candidateShare };
}

/** "Compare with…": the other articles of the folder, same story first, each a button. */
export function ComparePicker({
  folder,
  articleId,
  current,
  onPick,
}: {
  folder: FolderView;
  articleId: string;
  /** The article compared now, marked as such. */
  current?: string | null;
  onPick: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { sameStory, others } = candidatesFor(folder, articleId);
  const chosen = folder.articles.find((a) => a.id === articleId);
  const chosenName = chosen ? (chosen.outlet.id === 'unknown' ? chosen.id : chosen.outlet.name) : articleId;
  const closenessOf = (candidate: string): string | undefined => {
    const close = chosen ? closeness(folder, chosen, candidate) : null;
    return close
      ? t(`layout.pick.${close.key}`, { percent: formatPercent(close.share, lang), outlet: chosenName })
      : undefined;
  };
  const list = (articles: readonly ArticleSummary[]) => (
    <ul className="cmp-pick-list">
      {articles.map((article) => (
        <li key={article.id}>
          <button
            type="button"
            className="article-item cmp-pick"
            aria-current={article.id === current ? 'true' : undefined}
            onClick={() => onPick(article.id)}
          >
            <OutletBadge outlet={article.outlet} />
            <span className="article-title">{article.title}</span>
            {closenessOf(article.id) ? (
              <span className="small cmp-pick-close">{closenessOf(article.id)}</span>
            ) : null}
            <span className="muted small">
              {[
                article.date ? formatDate(article.date, lang) : undefined,
                t('compare.words', { count: article.words, formatted: formatNumber(article.words, lang) }),
                article.id,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
  if (sameStory.length === 0 && others.length === 0)
    return <p className="placeholder">{t('compare.pick.noOther')}</p>;
  return (
    <div className="cmp-picker">
      {sameStory.length > 0 ? (
        <section aria-labelledby="cmp-pick-same">
          <h3 id="cmp-pick-same" className="cmp-pick-heading">
            {t('compare.pick.sameStory')}
          </h3>
          {list(sameStory)}
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="cmp-pick-others">
          <h3 id="cmp-pick-others" className="cmp-pick-heading">
            {sameStory.length > 0 ? t('compare.pick.others') : t('compare.pick.all')}
          </h3>
          {list(others)}
        </section>
      ) : null}
    </div>
  );
}
