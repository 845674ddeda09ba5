import type { VersionSet, VersionStep } from '../article/versions';
import { translate, translateCount } from '../i18n/index';
import { formatDate } from './index';
import type { Lang } from './lang';

/** The heading of a set of versions: "Versions of one AP text, oldest first (3 articles):". */
export function formatVersionHeading(set: VersionSet, lang: Lang): string {
  return translateCount(lang, 'story.versions.heading', set.articles.length, { outlet: set.outlet.name });
}

/** Why a version is the later one of its step, in the user's language (the first piece of evidence). */
export function formatVersionStep(step: VersionStep, lang: Lang): string {
  const e = step.evidence[0];
  if (!step.ordered || !e || e.code === 'order-unknown')
    return translate(lang, 'story.versions.orderUnknown');
  if (e.code === 'stamped-later')
    return translate(lang, 'story.versions.stampedLater', { stamp: e.stamp, otherStamp: e.otherStamp });
  if (e.code === 'dated-later')
    return translate(lang, 'story.versions.datedLater', {
      date: formatDate(e.date, lang),
      otherDate: formatDate(e.otherDate, lang),
    });
  return translateCount(lang, 'story.versions.paragraphsAdded', e.count);
}
