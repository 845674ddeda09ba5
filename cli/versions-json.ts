import type { VersionSet } from '../shared/article/versions';
import type { Lang } from '../shared/format/lang';
import { formatVersionHeading, formatVersionStep } from '../shared/format/versions';

/**
 * The versions of one text as JSON (docs/cli/story.md, also used by `recoupe scan --json`): each set oldest first,
 * each step with its evidence as codes and parameters and worded in the language (`reason`).
 */
export function versionsJson(sets: readonly VersionSet[], lang: Lang): object[] {
  return sets.map((set) => ({
    outlet: set.outlet,
    articles: set.articles,
    heading: formatVersionHeading(set, lang),
    steps: set.steps.map((step) => ({
      earlier: step.earlier,
      later: step.later,
      ordered: step.ordered,
      evidence: step.evidence,
      reason: formatVersionStep(step, lang),
    })),
  }));
}
