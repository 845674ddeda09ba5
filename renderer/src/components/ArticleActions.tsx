import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/format/index';
import type { ArticleSummary, StoryView } from '../../../shared/ipc/types';
import { inferredEvidence } from './OutletBadge';

/** The outlet name that records "no outlet" as the user's own correction (rejecting an inferred outlet). */
const UNKNOWN_OUTLET = 'unknown';

/** Correcting one article: its outlet (typed or picked), or the story it belongs to; Escape closes it. */
export function ArticleActions({
  article,
  stories,
  knownOutlets,
  onSetOutlet,
  onMove,
  onClose,
}: {
  article: ArticleSummary;
  stories: StoryView[];
  knownOutlets: string[];
  onSetOutlet: (name: string | null) => void;
  onMove: (storyId: string | null) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [outlet, setOutlet] = useState(article.outlet.id === 'unknown' ? '' : article.outlet.name);
  const current = stories.find((s) => s.articles.includes(article.id));
  return (
    <div
      className="article-actions"
      role="group"
      aria-label={t('folder.actionsFor', { title: article.title })}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (outlet.trim()) onSetOutlet(outlet.trim());
        }}
      >
        <label htmlFor={`${id}-outlet`}>{t('folder.outlet')}</label>
        <div className="inline-fields">
          <input
            id={`${id}-outlet`}
            list={`${id}-outlets`}
            value={outlet}
            onChange={(event) => setOutlet(event.target.value)}
            placeholder={t('folder.outletPlaceholder')}
            autoFocus
          />
          <datalist id={`${id}-outlets`}>
            {knownOutlets.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <button type="submit" className="button small-button" disabled={!outlet.trim()}>
            {t('folder.setOutlet')}
          </button>
        </div>
        {article.outlet.id === 'unknown' && article.inferredOutlet ? (
          <p className="small evidence inferred-outlet">
            <span>{inferredEvidence(t, article.inferredOutlet, i18n.language as Lang)}</span>{' '}
            <button
              type="button"
              className="button small-button"
              onClick={() => onSetOutlet(article.inferredOutlet!.name)}
            >
              {t('folder.acceptInferred', { outlet: article.inferredOutlet.name })}
            </button>{' '}
            <button type="button" className="link-button small" onClick={() => onSetOutlet(UNKNOWN_OUTLET)}>
              {t('folder.rejectInferred')}
            </button>
          </p>
        ) : null}
        <p className="muted small evidence">
          {article.outlet.source === 'user'
            ? t('folder.outletByUser')
            : article.outlet.evidence
              ? t('folder.outletEvidence', { evidence: article.outlet.evidence })
              : t('folder.outletNoEvidence')}
        </p>
        {article.outlet.source === 'user' ? (
          <button type="button" className="link-button small" onClick={() => onSetOutlet(null)}>
            {t('folder.useDetected')}
          </button>
        ) : null}
      </form>
      <label htmlFor={`${id}-story`}>{t('folder.story')}</label>
      <select
        id={`${id}-story`}
        value={current?.id ?? ''}
        onChange={(event) => onMove(event.target.value === '' ? null : event.target.value)}
      >
        {stories.map((story) => (
          <option key={story.id} value={story.id}>
            {story.title}
          </option>
        ))}
        <option value="">{t('folder.newStory')}</option>
      </select>
      <div className="dialog-actions">
        <button type="button" className="button small-button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </div>
  );
}
