import type { Degradation } from '../compare/types';
import type { Collation } from '../story/types';
import { translate, translateCount } from '../i18n/index';
import type { Lang } from './lang';

/** One reason a comparison is coarser than usual, worded in `lang`. */
export function formatDegradation(degradation: Degradation, lang: Lang): string {
  if (degradation.code === 'inexact-links')
    return translateCount(lang, 'degradation.inexactLinks', degradation.count);
  return translate(lang, `degradation.${degradation.step}`, { budget: degradation.budgetMs });
}

/** Every reason a comparison is coarser than usual, worded in `lang` and joined with semicolons. */
export function formatDegradations(degradations: readonly Degradation[], lang: Lang): string {
  return degradations.map((d) => formatDegradation(d, lang)).join('; ');
}

/** Why some comparisons of a collation are coarser than usual, pair by pair ("AFP / Reuters: …"), in `lang`; empty when none is. */
export function formatStoryDegradations(collation: Pick<Collation, 'columns' | 'pairs'>, lang: Lang): string {
  return collation.pairs
    .filter((p) => p.degraded?.length)
    .map((p) =>
      translate(lang, 'degradation.pair', {
        a: collation.columns[p.a]?.label ?? '',
        b: collation.columns[p.b]?.label ?? '',
        reasons: formatDegradations(p.degraded ?? [], lang),
      }),
    )
    .join('; ');
}
