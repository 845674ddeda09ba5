import { useTranslation } from 'react-i18next';
import type { VersionSet, VersionStep } from '../../../../shared/article/versions';
import type { StoryColumn } from '../../../../shared/story/types';

/** The versions of one organisation's text among the story's articles, oldest first, each with why it is later. */
export function StoryVersions(props: { versions: readonly VersionSet[]; columns: readonly StoryColumn[] }) {
  const { t } = useTranslation();
  if (props.versions.length === 0) return null;
  const label = (id: string): string => props.columns.find((c) => c.articleId === id)?.label ?? id;
  const why = (step: VersionStep): string => {
    const e = step.evidence[0];
    if (!step.ordered || !e || e.code === 'order-unknown') return t('story.versions.orderUnknown');
    if (e.code === 'stamped-later')
      return t('story.versions.stampedLater', { stamp: e.stamp, otherStamp: e.otherStamp });
    if (e.code === 'dated-later')
      return t('story.versions.datedLater', { date: e.date, otherDate: e.otherDate });
    return t('story.versions.paragraphsAdded', { count: e.count });
  };
  return (
    <section className="story-versions" aria-label={t('story.versions.label')}>
      {props.versions.map((set) => (
        <div key={set.articles.join('\n')} className="story-versions-set">
          <p className="small">
            {t('story.versions.heading', { outlet: set.outlet.name, count: set.articles.length })}
          </p>
          <ol className="story-versions-list small">
            <li title={set.articles[0]}>{label(set.articles[0]!)}</li>
            {set.steps.map((step) => (
              <li key={step.later} title={step.later}>
                {label(step.later)} <span className="muted">— {why(step)}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
