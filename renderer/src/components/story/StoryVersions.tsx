import { useTranslation } from 'react-i18next';
import type { VersionSet } from '../../../../shared/article/versions';
import { formatVersionHeading, formatVersionStep } from '../../../../shared/format/versions';
import type { Lang } from '../../../../shared/format/lang';
import type { StoryColumn } from '../../../../shared/story/types';

/** The versions of one organisation's text among the story's articles, oldest first, each with why it is later. */
export function StoryVersions(props: { versions: readonly VersionSet[]; columns: readonly StoryColumn[] }) {
  const { t, i18n } = useTranslation();
  if (props.versions.length === 0) return null;
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const label = (id: string): string => props.columns.find((c) => c.articleId === id)?.label ?? id;
  return (
    <section className="story-versions" aria-label={t('story.versions.label')}>
      {props.versions.map((set) => (
        <div key={set.articles.join('\n')} className="story-versions-set">
          <p className="small">{formatVersionHeading(set, lang)}</p>
          <ol className="story-versions-list small">
            <li title={set.articles[0]}>{label(set.articles[0]!)}</li>
            {set.steps.map((step) => (
              <li key={step.later} title={step.later}>
                {label(step.later)} <span className="muted">— {formatVersionStep(step, lang)}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
