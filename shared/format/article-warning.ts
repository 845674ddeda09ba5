import type { ArticleWarning } from '../article/model';
import { translate, translateCount } from '../i18n/index';
import type { Lang } from './lang';

/** One thing to know about how an article was read, worded in `lang`. */
export function formatArticleWarning(warning: ArticleWarning, lang: Lang): string {
  switch (warning.code) {
    case 'glued-paragraphs':
      return translateCount(lang, 'articleWarning.gluedParagraphs', warning.count);
    case 'no-outlet-evidence':
      return translate(lang, 'articleWarning.noOutletEvidence');
    case 'encoding-guessed':
      return translate(lang, 'articleWarning.encodingGuessed', {
        encoding: warning.encoding,
        percent: Math.round(warning.confidence * 100),
      });
    case 'dates-disagree':
      return translate(lang, 'articleWarning.datesDisagree', {
        date: warning.date,
        evidence: warning.evidence,
        otherDate: warning.otherDate,
        otherEvidence: warning.otherEvidence,
      });
  }
}
