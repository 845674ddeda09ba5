import { useTranslation } from 'react-i18next';
import type { FolderView } from '../../../shared/ipc/types';
import { OutletBadge } from './OutletBadge';
import { SkippedFiles } from './SkippedFiles';

/** The opened folder and its articles, each with its outlet badge. */
export function Sidebar({
  folder,
  selected,
  onSelect,
  onOpenFolder,
}: {
  folder: FolderView | null;
  selected: string | null;
  onSelect: (id: string) => void;
  onOpenFolder: () => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('shell.sidebarLabel')}>
      <div className="sidebar-header">
        <div className="sidebar-folder">
          <span className="muted small">{t('shell.folderLabel')}</span>
          <strong title={folder?.name}>{folder?.name ?? '—'}</strong>
        </div>
        <button type="button" className="button" onClick={onOpenFolder}>
          {t('shell.openFolder')}
        </button>
      </div>
      {folder ? (
        <>
          <p className="muted small sidebar-count">
            {t('shell.articleCount', { count: folder.articles.length })}
          </p>
          <SkippedFiles skipped={folder.skipped} />
          {folder.articles.length === 0 ? <p className="sidebar-empty">{t('shell.noArticles')}</p> : null}
          <ul className="article-list">
            {folder.articles.map((article) => (
              <li key={article.id}>
                <button
                  type="button"
                  className="article-item"
                  aria-current={article.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(article.id)}
                >
                  <OutletBadge outlet={article.outlet} />
                  <span className="article-title">{article.title}</span>
                  <span className="muted small">
                    {article.date ? `${article.date} · ` : ''}
                    {t('shell.words', { count: article.words })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
