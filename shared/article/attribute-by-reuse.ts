import type { Article, ReuseFigure, Story } from './model';
import { defaultOutletRules, type OutletRules } from './outlet-rules';
import { measureReuse } from './reuse';
import { ATTRIBUTION_MIN_SHARE } from './reuse-figures';

/**
 * An inference, never a fact: an article with no authorship evidence whose prose is largely found, word for word and
 * outside quotation marks, in an article of a known organisation is probably that organisation's text.
 */
export interface OutletInference {
  /** The article the inference is about (its outlet is unknown). */
  article: string;
  /** The organisation it probably comes from. */
  outlet: { id: string; name: string };
  /** Share (0–1) of the article's prose found in `from` (the reuse figure's share, quotations never counted). */
  share: number;
  /** The article of that organisation whose text it carries. */
  from: string;
  /** The threshold the share reached. */
  minShare: number;
}

/**
 * Infers the likely organisation of each article without authorship evidence from the folder's reuse figures: the
 * known article holding the largest share of its prose, when that share reaches `minShare` and no article of another
 * organisation also reaches it (two organisations' texts in one article say nothing for sure). The organisation is a
 * news agency (its copy is carried unsigned everywhere), or a paper or broadcaster whose article dates or credits show
 * came first: papers carry agency copy too, so two papers sharing a text may both carry a third organisation's.
 * Articles whose outlet the user set (even to unknown) are left alone.
 */
export function inferOutletsByReuse(
  articles: readonly Article[],
  figures: readonly ReuseFigure[],
  minShare: number = ATTRIBUTION_MIN_SHARE,
  rules: OutletRules = defaultOutletRules,
): OutletInference[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const agencies = new Set(rules.outlets.filter((o) => o.agency).map((o) => o.id));
  const best = new Map<string, { from: Article; share: number; outlets: Set<string> }>();
  const consider = (unknownId: string, knownId: string, share: number, knownFirst: boolean): void => {
    const unknown = byId.get(unknownId);
    const known = byId.get(knownId);
    if (!unknown || !known || !isUnattributed(unknown) || !isAttributed(known) || share < minShare) return;
    if (!agencies.has(known.outlet.id) && !knownFirst) return;
    const current = best.get(unknownId);
    const outlets = new Set([...(current?.outlets ?? []), known.outlet.id]);
    const better =
      !current || share > current.share || (share === current.share && known.id < current.from.id);
    best.set(unknownId, better ? { from: known, share, outlets } : { ...current, outlets });
  };
  for (const figure of figures) {
    const determined = figure.direction === 'determined';
    consider(figure.target, figure.source, figure.share, determined);
    consider(figure.source, figure.target, figure.sourceShare, false);
  }
  const out: OutletInference[] = [];
  for (const [article, { from, share, outlets }] of best) {
    if (outlets.size !== 1) continue;
    out.push({
      article,
      outlet: { id: from.outlet.id, name: from.outlet.name },
      share,
      from: from.id,
      minShare,
    });
  }
  return out.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : 0));
}

/**
 * The inferences `inferOutletsByReuse` makes over the whole folder's figures, for the articles `ids` only: measures
 * just the pairs of their stories that join one of them to an attributed article (what an export of two articles needs).
 */
export function inferOutletsFor(
  ids: readonly string[],
  articles: readonly Article[],
  stories: readonly Story[],
  minShare: number = ATTRIBUTION_MIN_SHARE,
  rules: OutletRules = defaultOutletRules,
): OutletInference[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const wanted = new Set(ids.filter((id) => byId.has(id) && isUnattributed(byId.get(id)!)));
  const figures: ReuseFigure[] = [];
  for (const story of stories) {
    for (const id of story.articles) {
      if (!wanted.has(id)) continue;
      for (const other of story.articles) {
        const known = byId.get(other);
        if (other === id || !known || !isAttributed(known)) continue;
        // The folder measures each pair with the smaller id first: the same order gives the same figure.
        const [x, y] = id < other ? [byId.get(id)!, known] : [known, byId.get(id)!];
        figures.push(measureReuse(x, y));
      }
    }
  }
  return inferOutletsByReuse(articles, figures, minShare, rules).filter((i) => wanted.has(i.article));
}

/** True when nothing states who wrote the article and the user did not say either. */
export function isUnattributed(article: Article): boolean {
  return article.outlet.id === 'unknown' && article.outlet.source !== 'user';
}

/**
 * True when the article's organisation is known from its text or from the user: a site's own address or name says
 * who published the page, not whose text it is (a site carrying agency copy unsigned would lend it its own name).
 */
function isAttributed(article: Article): boolean {
  return article.outlet.id !== 'unknown' && !article.outlet.siteOnly;
}
