import { useTranslation } from 'react-i18next';
import type { FolderView } from '../../../shared/ipc/types';

/**
 * The pair the demo starts on: the one where most text was reused (source on the left), as a first comparison with
 * much to show; else the first and last articles of its largest story; null when no story has two articles.
 */
export function demoStartPair(folder: FolderView): [string, string] | null {
  const present = new Set(folder.articles.map((a) => a.id));
  const best = [...folder.reuse]
    .filter((r) => present.has(r.source) && present.has(r.target))
    .sort((x, y) => y.share - x.share)[0];
  if (best) return [best.source, best.target];
  const story = [...folder.stories].sort((x, y) => y.articles.length - x.articles.length)[0];
  if (!story || story.articles.length < 2) return null;
  return [story.articles[0] as string, story.articles[story.articles.length - 1] as string];
}

/**
 * The demo's banner at the top of the main area: the articles are invented under real outlets' names, one action
 * to start on a comparison, one to open the user's own folder.
 */
export function DemoBanner({
  folder,
  onStart,
  onOpenFolder,
}: {
  folder: FolderView;
  onStart: (a: string, b: string) => void;
  onOpenFolder: () => void;
}) {
  const { t } = useTranslation();
  const start = demoStartPair(folder);
  const name = (id: string): string => folder.articles.find((a) => a.id === id)?.outlet.name ?? id;
  return (
    <section className="demo-banner" aria-labelledby="demo-banner-title">
      <div className="demo-banner-text">
        <h2 id="demo-banner-title">{t('demo.bannerTitle')}</h2>
        <p>{t('demo.bannerBody')}</p>
      </div>
      <div className="demo-banner-actions">
        {start ? (
          <button type="button" className="button primary" onClick={() => onStart(start[0], start[1])}>
            {t('demo.startHere', { a: name(start[0]), b: name(start[1]) })}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onOpenFolder}>
          {t('demo.openOwn')}
        </button>
      </div>
    </section>
  );
}
