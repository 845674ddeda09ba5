import type { Outlet } from './model';
import { defaultOutletRules, slugifyOutlet, type OutletRules, type RuleKind } from './outlet-rules';

/** The places where an article states its authorship; nothing else is looked at. */
export interface OutletClues {
  /** The first characters of the first body paragraph, where a dateline sits. */
  lead?: string;
  /** The first paragraphs of the text, whatever they are (headline, teaser, caption, byline, lead). */
  opening?: string[];
  /** The last paragraphs of the text, where a closing credit sits. */
  closing?: string[];
  captions: string[];
  credits: string[];
  stamps: string[];
  slugs: string[];
  /** URL stated in the text itself (a URL line). */
  textUrl?: string;
  /** URL, site name or byline from the file's metadata (HTML meta tags). */
  metaUrl?: string;
  metaSiteName?: string;
}

const WEIGHT: Record<RuleKind, number> = {
  dateline: 5,
  path: 4,
  stamp: 4,
  byline: 4,
  credit: 3,
  slug: 2,
  /** The page's own address says which site published it: weaker than any credit naming whose text it is. */
  host: 2.5,
  caption: 1,
};
const LEAD_CHARS = 160;
/** Longest paragraph read as a byline or credit line. */
const BYLINE_CHARS = 160;
/** Characters at the end of a closing paragraph searched for a credit. */
const CLOSING_CHARS = 40;
/** The unknown outlet: no evidence, no guess. */
export const unknownOutlet: Outlet = { id: 'unknown', name: 'Unknown', source: 'unknown' };

interface Hit {
  kind: RuleKind;
  text: string;
  fromMetadata: boolean;
}

/** Decides which outlet wrote an article from its authorship clues and the rules; `unknown` without evidence. */
export function detectOutlet(clues: OutletClues, rules: OutletRules = defaultOutletRules): Outlet {
  let best: { outlet: (typeof rules.outlets)[number]; score: number; hits: Hit[] } | undefined;
  const lines = [...(clues.opening ?? []), ...(clues.closing ?? [])];
  const prepared: Prepared = {
    signed: lines.join('\n'),
    links: [...new Set(lines)]
      .filter((t) => t.length <= BYLINE_CHARS)
      .flatMap((line) => {
        const link = SOURCE_LINK.exec(line)?.[1];
        const host = link ? hostOf(link) : undefined;
        return host ? [{ line, host }] : [];
      }),
  };
  for (const outlet of rules.outlets) {
    const hits = collectHits(outlet, clues, prepared);
    const score = hits.some((h) => h.kind !== 'caption') ? scoreHits(hits) : 0;
    if (score > 0 && (!best || score > best.score)) best = { outlet, score, hits };
  }
  if (best) {
    const ordered = [...best.hits].sort((a, b) => WEIGHT[b.kind] - WEIGHT[a.kind]);
    const fromText = ordered.filter((h) => !h.fromMetadata);
    const outlet: Outlet = {
      id: best.outlet.id,
      name: best.outlet.name,
      source: fromText.length > 0 ? 'rule' : 'metadata',
      evidence: describeHits(fromText.length > 0 ? fromText : ordered),
    };
    if (best.hits.every((h) => h.kind === 'host' || h.kind === 'caption')) outlet.siteOnly = true;
    return outlet;
  }
  if (clues.metaSiteName?.trim()) {
    const name = clues.metaSiteName.trim();
    const evidence = `site name "${name}" in the page's metadata`;
    const slug = slugifyOutlet(name);
    const known = rules.outlets.find(
      (o) => slug === o.id || slug.startsWith(`${o.id}-`) || slugifyOutlet(o.name) === slug,
    );
    if (known) return { id: known.id, name: known.name, source: 'metadata', evidence, siteOnly: true };
    return { id: slug, name, source: 'metadata', evidence, siteOnly: true };
  }
  return unknownOutlet;
}

/** What every outlet's rules test, worked out once per article. */
interface Prepared {
  /** The opening and closing lines joined: an outlet none of whose names is in it has no byline or credit there. */
  signed: string;
  /** "READ MORE: <url>" and "Source: <url>" lines with their link's host. */
  links: { line: string; host: string }[];
}

/** Every rule of `outlet` that matches one of the clues. */
function collectHits(outlet: OutletRules['outlets'][number], clues: OutletClues, prepared: Prepared): Hit[] {
  const hits: Hit[] = [];
  const test = (kind: Exclude<RuleKind, 'host' | 'path'>, texts: string[]): void => {
    for (const text of texts) {
      for (const re of outlet.patterns[kind]) {
        const m = re.exec(text);
        if (!m) continue;
        const shown = kind === 'caption' || kind === 'stamp' ? m[0].trim() || text : text;
        hits.push({ kind, text: shown, fromMetadata: false });
        break;
      }
    }
  };
  if (clues.lead) test('dateline', [clues.lead.slice(0, LEAD_CHARS)]);
  test('caption', clues.captions);
  test('credit', clues.credits);
  test('stamp', [...clues.stamps, ...clues.credits]);
  test('slug', clues.slugs);
  const grammar = (kind: RuleKind, patterns: RegExp[], texts: string[]): void => {
    for (const text of texts) {
      if (patterns.some((re) => re.test(text))) hits.push({ kind, text, fromMetadata: false });
    }
  };
  const opening = clues.opening ?? [];
  const closing = clues.closing ?? [];
  const short = (texts: string[]): string[] => [...new Set(texts)].filter((t) => t.length <= BYLINE_CHARS);
  if (outlet.authorship.names?.test(prepared.signed)) {
    grammar(
      'dateline',
      outlet.authorship.dateline,
      opening.map((t) => t.slice(0, LEAD_CHARS)),
    );
    grammar('byline', outlet.authorship.byline, short([...opening, ...closing]));
    grammar('credit', outlet.authorship.contributor, short([...opening, ...closing]));
    grammar(
      'credit',
      outlet.authorship.closing,
      closing.map((t) => t.slice(-CLOSING_CHARS)),
    );
  }
  test('credit', closing);
  for (const [url, fromMetadata] of [
    [clues.textUrl, false],
    [clues.metaUrl, true],
  ] as const) {
    const host = url ? hostOf(url) : undefined;
    if (!url || !host) continue;
    if (ownsHost(outlet, host)) hits.push({ kind: 'host', text: url, fromMetadata });
    const path = pathOf(url);
    if (outlet.paths.some((re) => re.test(path))) hits.push({ kind: 'path', text: url, fromMetadata });
  }
  for (const { line, host } of prepared.links) {
    if (ownsHost(outlet, host)) hits.push({ kind: 'credit', text: line, fromMetadata: false });
  }
  return hits;
}

/** A line that sends the reader to the full text elsewhere: "READ MORE: https://…", "Source : https://…". */
const SOURCE_LINK =
  /^(?:read more|full story|source|sources|lire la suite|lire l'article complet|article complet)\s*:?\s*(?:at|on|sur)?\s*((?:https?:\/\/|www\.)\S+)$/iu;

/** True when `host` is one of the outlet's sites or a subdomain of one. */
function ownsHost(outlet: OutletRules['outlets'][number], host: string): boolean {
  return outlet.hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The path of a URL ("/wires/pa/article-1.html"), "/" when it has none. */
function pathOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/\s?#]+(\/[^\s?#]*)?/iu.exec(url.trim());
  return m?.[1] ?? '/';
}

/** Score of a set of hits: strongest kinds weigh most; repeated captions add up to a point more. */
function scoreHits(hits: Hit[]): number {
  let score = 0;
  let captions = 0;
  for (const hit of hits) {
    if (hit.kind === 'caption') captions++;
    else score += WEIGHT[hit.kind];
  }
  return score + Math.min(captions, 2) * WEIGHT.caption;
}

/** Human-readable evidence for the first hits, deduplicated. */
function describeHits(hits: Hit[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const hit of hits) {
    const text = hit.kind === 'dateline' ? datelineText(hit.text) : hit.text;
    const label = hit.kind === 'host' ? 'URL' : hit.kind === 'path' ? 'URL path' : hit.kind;
    const part = `${label} "${clip(text)}"${hit.fromMetadata ? ' (metadata)' : ''}`;
    if (seen.has(part)) continue;
    seen.add(part);
    parts.push(part);
    if (parts.length === 3) break;
  }
  return parts.join('; ');
}

/** The dateline part of a lead: up to and including the dash after "(Outlet)". */
function datelineText(lead: string): string {
  const m = /^[^\n]{0,120}?(?:\([^()]{2,40}\)\s*[-–—]|\/[^/\n]{2,10}\/\.?)/u.exec(lead);
  return m ? m[0] : lead.slice(0, 60);
}

/** Shortens long evidence text for display. */
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}

/** Lowercase host of a URL or bare `www.` address, without `www.`; undefined when unparsable. */
export function hostOf(url: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/\s?#:]+)/iu.exec(url.trim());
  return m?.[1]
    ?.toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}
