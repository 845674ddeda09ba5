import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWords } from '../hooks/use-words';
import { formatDate, type Lang } from '../../../shared/format/index';
import type { ArticleSummary, FolderView, StoryView } from '../../../shared/ipc/types';
import { ArticleActions } from './ArticleActions';
import { OutletBadge } from './OutletBadge';
import { SkippedFiles } from './SkippedFiles';

/** The opened folder: its stories, each with its articles and their outlet badges; corrections per article. */
export function Sidebar({
  folder,
  selected,
  compared = null,
  onSelect,
  onOpenFolder,
  onSetOutlet,
  onMove,
  onOpenStory,
}: {
  folder: FolderView;
  selected: string | null;
  /** The article shown beside the selected one, if any. */
  compared?: string | null;
  /** `add` is true for Ctrl/Cmd+click: the article becomes the second of the pair compared. */
  onSelect: (id: string, add?: boolean) => void;
  onOpenFolder: () => void;
  onSetOutlet: (id: string, name: string | null) => void;
  onMove: (ids: string[], storyId: string | null) => void;
  /** Opens the story view of a story (every article at once). */
  onOpenStory?: (storyId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const words = useWords();
  const lang = i18n.language as Lang;
  const [editing, setEditing] = useState<string | null>(null);
  const byId = new Map(folder.articles.map((a) => [a.id, a]));
  const grouped = folder.stories.filter((s) => s.articles.length > 1);
  const single = folder.stories.filter((s) => s.articles.length === 1).flatMap((s) => s.articles);
  const knownOutlets = [
    ...new Set(folder.articles.filter((a) => a.outlet.id !== 'unknown').map((a) => a.outlet.name)),
  ].sort();

  const item = (article: ArticleSummary, story: StoryView | undefined) => (
    <li key={article.id} className="article-row">
      <button
        type="button"
        className="article-item"
        aria-current={article.id === selected || article.id === compared ? 'true' : undefined}
        data-compared={article.id === compared ? 'true' : undefined}
        onClick={(event) => onSelect(article.id, event.ctrlKey || event.metaKey)}
      >
        <OutletBadge outlet={article.outlet} inferred={article.inferredOutlet} />
        <span className="article-title">{article.title}</span>
        <span className="muted small">
          {article.date ? `${formatDate(article.date, lang)} · ` : ''}
          {t('shell.words', { count: article.words })}
        </span>
        <span className="muted small file-name">{article.id}</span>
      </button>
      <button
        type="button"
        id={`correct-${article.id}`}
        className="icon-button"
        aria-expanded={editing === article.id}
        aria-label={t('folder.correct', { title: article.title })}
        title={t('folder.correctShort')}
        onClick={() => setEditing(editing === article.id ? null : article.id)}
      >
        {'⋯'}
      </button>
      {editing === article.id ? (
        <ArticleActions
          article={article}
          stories={folder.stories}
          knownOutlets={knownOutlets}
          onSetOutlet={(name) => {
            setEditing(null);
            onSetOutlet(article.id, name);
          }}
          onMove={(storyId) => {
            setEditing(null);
            if (storyId !== story?.id) onMove([article.id], storyId);
          }}
          onClose={() => {
            setEditing(null);
            document.getElementById(`correct-${article.id}`)?.focus();
          }}
        />
      ) : null}
    </li>
  );

  return (
    <nav id="pane-sidebar" className="sidebar" aria-label={t('shell.sidebarLabel')}>
      <div className="sidebar-header">
        <div className="sidebar-folder">
          <span className="muted small">{t('shell.folderLabel')}</span>
          <strong title={folder.name}>{folder.name}</strong>
        </div>
        <button type="button" className="button" onClick={onOpenFolder}>
          {t('shell.openFolder')}
        </button>
      </div>
      <p className="muted small sidebar-count">
        {t('shell.articleCount', { count: folder.articles.length })} ·{' '}
        {t('folder.storyCount', { count: grouped.length })}
      </p>
      {folder.warnings.map((warning, i) => (
        <p key={i} className="sidebar-warning" role="note">
          {words.notice(warning)}
        </p>
      ))}
      <SkippedFiles skipped={folder.skipped} />
      {folder.articles.length === 0 ? <p className="sidebar-empty">{t('shell.noArticles')}</p> : null}
      {grouped.map((story) => (
        <section key={story.id} className="story" aria-label={t('folder.storyLabel', { title: story.title })}>
          <h2 className="story-title">
            <span title={story.title}>{story.title}</span>
            <span className="muted small">{t('shell.articleCount', { count: story.articles.length })}</span>
          </h2>
          {onOpenStory ? (
            <button
              type="button"
              className="link-button small story-open"
              title={t('story.openTitle')}
              onClick={() => onOpenStory(story.id)}
            >
              {t('story.open')}
            </button>
          ) : null}
          {grouped.length > 1 ? (
            <label className="merge-story small">
              <span>{t('folder.mergeInto')}</span>
              <select
                value=""
                onChange={(event) => {
                  if (event.target.value) onMove(story.articles, event.target.value);
                }}
              >
                <option value="">—</option>
                {grouped
                  .filter((other) => other.id !== story.id)
                  .map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.title}
                    </option>
                  ))}
              </select>
            </label>
          ) : null}
          <ul className="article-list">
            {story.articles.flatMap((id) => {
              const article = byId.get(id);
              return article ? [item(article, story)] : [];
            })}
          </ul>
        </section>
      ))}
      {single.length > 0 ? (
        <section className="story" aria-label={t('folder.ungrouped')}>
          <h2 className="story-title">
            <span>{t('folder.ungrouped')}</span>
            <span className="muted small">{t('shell.articleCount', { count: single.length })}</span>
          </h2>
          <ul className="article-list">
            {single.flatMap((id) => {
              const article = byId.get(id);
              return article
                ? [
                    item(
                      article,
                      folder.stories.find((s) => s.articles.includes(id)),
                    ),
                  ]
                : [];
            })}
          </ul>
        </section>
      ) : null}
      {folder.removed.length > 0 ? (
        <section className="story" aria-label={t('folder.removed')}>
          <h2 className="story-title">
            <span>{t('folder.removed')}</span>
          </h2>
          <ul className="article-list">
            {folder.removed.map((id) => (
              <li key={id} className="removed-item">
                <span className="file-name">{id}</span>
                <span className="muted small">{t('folder.fileRemoved')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </nav>
  );
}
