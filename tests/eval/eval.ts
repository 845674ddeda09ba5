// `npm run eval [-- --details]`: scores the engine on the seeds' reference answers and on the development corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ReuseFigure } from '../../shared/article/model';
import { computeReuse, MIN_REUSE_SHARE } from '../../shared/article/reuse';
import { inferOutletsByReuse } from '../../shared/article/attribute-by-reuse';
import { groupStories } from '../../shared/article/stories';
import { findVersions } from '../../shared/article/versions';
import { extractClaims } from '../../shared/claims/extract';
import { matchClaims } from '../../shared/claims/match';
import type { Claim } from '../../shared/claims/model';
import { compare } from '../../shared/compare/compare';
import type { CompareStats } from '../../shared/compare/types';
import { scanFolder } from '../../node/scan-folder';
import { parseArticle } from '../../shared/article/parse-article';
import { defaultOutletRules } from '../../shared/article/outlet-rules';
import { fold } from '../../shared/text/fold';
import { durationUnitOf } from '../../shared/text/quantity-words';
import { haveSeeds, seedsDir, specDir } from '../helpers/seeds';
import {
  type AnswerClaim,
  type Answers,
  answersDir,
  CLAIM_KINDS,
  corpusDir,
  corpusParagraphs,
  type ManifestArticle,
  readAnswers,
  readManifest,
  RELATIONS,
  shortHash,
} from './corpus-data';
import {
  addTally,
  answerKind,
  emptyTally,
  flaggedRows,
  type GoldClaim,
  linkedPairs,
  organisationKey,
  pairClaims,
  pairKey,
  prf,
  sameOrganisation,
  sameSpeaker,
  scoreSets,
  storyPairs,
  type Tally,
} from './score';

/** One line of the table: a capability measured on the seeds and on the corpus. */
interface Row {
  capability: string;
  seeds?: Tally | 'not produced';
  corpus?: Tally | 'not produced';
}

/** The table's rows, in the order they are printed. */
const ROW_ORDER = [
  ...RELATIONS.map((r) => `paragraph links: ${r}`),
  'translation label',
  ...CLAIM_KINDS.map((k) => `claims: ${k}`),
  'speakers',
  'discrepancies flagged',
  'look-alikes flagged (lower is better)',
  'outlets',
  'outlets, text alone (no address)',
  'sites',
  'stories: pairs, same language',
  'stories: pairs, across languages',
  'reuse pairs',
  'versions of one text (pairs)',
  'outlets by reuse ("probably")',
];
const details = process.argv.includes('--details');
const detailLines: string[] = [];
const note = (section: string, line: string): void =>
  void (details && detailLines.push(`${section}: ${line}`));
const rows = new Map<string, Row>(ROW_ORDER.map((capability) => [capability, { capability }]));
const row = (capability: string): Row => {
  let r = rows.get(capability);
  if (!r) rows.set(capability, (r = { capability }));
  return r;
};
const tally = (capability: string, where: 'seeds' | 'corpus'): Tally => {
  const r = row(capability);
  if (r[where] === undefined || r[where] === 'not produced') r[where] = emptyTally();
  return r[where] as Tally;
};
const notProduced = (capability: string, where: 'seeds' | 'corpus'): void => {
  row(capability)[where] = 'not produced';
};

/** Claims of the engine for each article, extracted once. */
function engineClaims(articles: readonly Article[]): Map<string, Claim[]> {
  return new Map(articles.map((a) => [a.id, extractClaims(a)]));
}

/** Scores one alignment: the engine's links against the answer's, paragraphs past a cut text left out. */
function scoreAlignment(
  where: 'seeds' | 'corpus',
  relation: string,
  a: Article,
  b: Article,
  paragraphs: { a: [number, number][]; b: [number, number][] },
  gold: { links: { a: number[]; b: number[] }[]; ignoreA: number[]; ignoreB: number[] },
): void {
  const predicted = linkedPairs(compare(a, b), paragraphs.a, paragraphs.b);
  const ignored = (key: string): boolean => {
    const [pa, pb] = key.split(':').map(Number);
    return gold.ignoreA.includes(pa!) || gold.ignoreB.includes(pb!);
  };
  const expected = new Set(gold.links.flatMap((l) => l.a.flatMap((pa) => l.b.map((pb) => `${pa}:${pb}`))));
  const scored = scoreSets(new Set([...predicted].filter((k) => !ignored(k))), expected);
  addTally(tally(`paragraph links: ${relation}`, where), scored);
  for (const k of scored.missed) note(`links ${a.id} / ${b.id}`, `missed p${k.replace(':', ' ↔ p')}`);
  for (const k of scored.wrong) note(`links ${a.id} / ${b.id}`, `wrong p${k.replace(':', ' ↔ p')}`);
}

/** Scores claims, speakers, discrepancies and look-alikes of one group of articles. */
function scoreClaims(
  where: 'seeds' | 'corpus',
  articles: readonly Article[],
  claims: Map<string, Claim[]>,
  gold: readonly GoldClaim[],
  fullyAnnotated: ReadonlySet<string>,
  discrepancies: readonly { a: string; b: string }[],
  lookalikes: readonly { a: string; b: string }[],
): void {
  const engine = articles.flatMap((a) => claims.get(a.id) ?? []);
  const matched = pairClaims(gold, engine);
  const matchedEngine = new Set([...matched.values()].map((c) => c.id));
  for (const kind of CLAIM_KINDS) {
    const t = tally(`claims: ${kind}`, where);
    if (!fullyAnnotated.size) t.recallOnly = true;
    for (const g of gold.filter((c) => c.kind === kind)) {
      if (matched.has(g.id)) t.tp += 1;
      else {
        t.fn += 1;
        note(`claims ${g.articleId}`, `missed ${kind} ${g.id} [${g.start}, ${g.end})`);
      }
    }
    for (const e of engine) {
      if (!fullyAnnotated.has(e.articleId) || matchedEngine.has(e.id)) continue;
      if (answerKind(e.kind) !== kind) continue;
      t.fp += 1;
      note(`claims ${e.articleId}`, `extra ${kind} [${e.start}, ${e.end})`);
    }
  }
  const speakers = tally('speakers', where);
  for (const g of gold.filter((c) => c.speaker && (c.kind === 'quote' || c.kind === 'reported-speech'))) {
    const e = matched.get(g.id);
    if (e && sameSpeaker(e.speaker, g.speaker!)) speakers.tp += 1;
    else {
      speakers.fn += 1;
      if (e?.speaker) speakers.fp += 1;
      note(
        `speakers ${g.articleId}`,
        `${g.id}: engine says ${e ? JSON.stringify(e.speaker ?? null) : 'no quote'}`,
      );
    }
  }
  const rowsOf = matchClaims(articles, claims);
  const flaggedRowOf = new Map<string, string>();
  for (const r of flaggedRows(rowsOf)) for (const c of r.claims) flaggedRowOf.set(c, r.id);
  const flagged = (x: string, y: string): boolean => {
    const ex = matched.get(x)?.id;
    const ey = matched.get(y)?.id;
    return (
      !!ex && !!ey && flaggedRowOf.get(ex) !== undefined && flaggedRowOf.get(ex) === flaggedRowOf.get(ey)
    );
  };
  const found = tally('discrepancies flagged', where);
  const goldPairs = new Set(discrepancies.map((d) => pairKey(d.a, d.b)));
  for (const d of discrepancies) {
    if (flagged(d.a, d.b)) found.tp += 1;
    else {
      found.fn += 1;
      note('discrepancies', `not flagged ${d.a} / ${d.b}`);
    }
  }
  const goldOf = new Map([...matched].map(([g, e]) => [e.id, g]));
  const byArticle = new Map(gold.map((g) => [g.id, g.articleId]));
  for (const r of flaggedRows(rowsOf)) {
    const ids = r.claims.map((c) => goldOf.get(c)).filter((g): g is string => !!g);
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1) {
        if (byArticle.get(ids[i]!) === byArticle.get(ids[j]!) || goldPairs.has(pairKey(ids[i]!, ids[j]!)))
          continue;
        found.fp += 1;
        note('discrepancies', `flag without an answer ${ids[i]} / ${ids[j]} (${r.topic})`);
      }
  }
  const look = tally('look-alikes flagged (lower is better)', where);
  look.recallOnly = true;
  for (const l of lookalikes) {
    if (flagged(l.a, l.b)) {
      look.tp += 1;
      note('look-alikes', `flagged ${l.a} / ${l.b}`);
    } else look.fn += 1;
  }
}

/** Scores outlets against the organisations the answers name (null: nothing says, so none may be named). */
function scoreOutlets(
  where: 'seeds' | 'corpus',
  articles: readonly Article[],
  gold: Map<string, string | null>,
  capability = 'outlets',
): void {
  const t = tally(capability, where);
  for (const a of articles) {
    if (!gold.has(a.id)) continue;
    const g = gold.get(a.id)!;
    const named = a.outlet.id !== 'unknown';
    if (!g && !named) continue;
    if (g && named && sameOrganisation(a.outlet, g)) t.tp += 1;
    else {
      if (named) t.fp += 1;
      if (g) t.fn += 1;
      note(capability, `${a.id}: engine ${named ? a.outlet.name : 'unknown'}, answer ${g ?? 'none'}`);
    }
  }
}

/**
 * True when `site` is the organisation's own site: one of its hosts in the outlet rules, or a host one of whose labels
 * starts with the organisation's name.
 */
function ownSite(site: string, organisation: string | null): boolean {
  if (!organisation) return false;
  const host = site.replace(/^www\./, '');
  const rule = defaultOutletRules.outlets.find((o) =>
    sameOrganisation({ id: o.id, name: o.name, source: 'rule' }, organisation),
  );
  if (rule?.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  const compact = organisationKey(organisation).replace(/-/g, '');
  return site.split('.').some((label) => label.replace(/-/g, '').startsWith(compact));
}

/** Scores the engine's `site` against the manifest's where the site differs from the organisation's own. */
function scoreSites(articles: readonly Article[], expected: readonly { file: string; site: string }[]): void {
  const t = tally('sites', 'corpus');
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const m of expected) {
    const site = byId.get(m.file)?.site;
    const want = m.site.replace(/^www\./, '');
    if (site === want) t.tp += 1;
    else {
      t.fn += 1;
      if (site) t.fp += 1;
      note('sites', `${m.file}: engine ${site ?? 'none'}, answer ${want}`);
    }
  }
}

/**
 * Scores outlets inferred by reuse: an article the engine leaves unknown, whose answer names no organisation, and that
 * republishes (or is a version of) articles of exactly one organisation the engine names right should be "probably"
 * that one (an inference can only start from an organisation the engine reads in a text, never from a site's own
 * address or name, which says who published and not whose text it is; the outlets row scores the rest); an
 * inference naming another organisation than the answer's, or made where none is expected, is wrong.
 */
function scoreInferences(
  articles: readonly Article[],
  figures: readonly ReuseFigure[],
  organisationOf: Map<string, string | null>,
  reusePositive: Set<string>,
): void {
  const t = tally('outlets by reuse ("probably")', 'corpus');
  const inferred = new Map(inferOutletsByReuse(articles, figures).map((i) => [i.article, i]));
  for (const a of articles) {
    if (a.outlet.id !== 'unknown' || !organisationOf.has(a.id)) continue;
    const own = organisationOf.get(a.id) ?? null;
    const sources = new Set(
      articles
        .filter((b) => b !== a && reusePositive.has(pairKey(a.id, b.id)))
        .filter(
          (b) =>
            b.outlet.id !== 'unknown' &&
            !b.outlet.siteOnly &&
            sameOrganisation(b.outlet, organisationOf.get(b.id) ?? ''),
        )
        .map((b) => organisationKey(organisationOf.get(b.id)!)),
    );
    const expected = own ? undefined : sources.size === 1 ? [...sources][0] : undefined;
    const got = inferred.get(a.id);
    const right =
      got !== undefined && organisationKey(got.outlet.name) === organisationKey(own ?? expected ?? '');
    if (right) t.tp += 1;
    else {
      if (got) t.fp += 1;
      if (expected) t.fn += 1;
      if (got || expected)
        note(
          'outlets by reuse',
          `${a.id}: engine ${got ? `probably ${got.outlet.name} (${got.from})` : 'none'}, answer ${own ?? expected}`,
        );
    }
  }
}

/** Scores stories and reuse over a set of articles with their events and republication clusters. */
function scoreFolder(
  where: 'seeds' | 'corpus',
  articles: Article[],
  eventOf: Map<string, string>,
  languageOf: Map<string, string>,
  reusePositive: Set<string>,
  sharedQuotes: Set<string>,
  organisationOf?: Map<string, string | null>,
  versionPairs?: Set<string>,
): void {
  const stories = groupStories(articles);
  const scored = storyPairs(stories, eventOf, languageOf);
  addTally(tally('stories: pairs, same language', where), scored.sameLanguage);
  if (scored.crossLanguage.tp + scored.crossLanguage.fn + scored.crossLanguage.fp > 0)
    addTally(tally('stories: pairs, across languages', where), scored.crossLanguage);
  for (const k of scored.crossLanguage.missed) note('stories', `apart across languages ${k}`);
  for (const k of scored.crossLanguage.wrong) note('stories', `wrongly together across languages ${k}`);
  for (const k of scored.sameLanguage.missed) note('stories', `apart ${k}`);
  for (const k of scored.sameLanguage.wrong) note('stories', `wrongly together ${k}`);
  const figures = computeReuse(articles, stories);
  if (organisationOf) scoreInferences(articles, figures, organisationOf, reusePositive);
  const predicted = new Set(
    figures
      .filter((f) => Math.max(f.share, f.sourceShare) >= MIN_REUSE_SHARE)
      .filter((f) => eventOf.has(f.source) && eventOf.has(f.target))
      .map((f) => pairKey(f.source, f.target)),
  );
  const reuse = scoreSets(predicted, reusePositive);
  addTally(tally('reuse pairs', where), reuse);
  if (versionPairs) {
    const found = new Set<string>();
    const changes = (a: Article, b: Article): CompareStats => compare(a, b).stats;
    for (const set of findVersions(articles, stories, changes))
      for (let i = 0; i < set.articles.length; i += 1)
        for (let j = i + 1; j < set.articles.length; j += 1)
          found.add(pairKey(set.articles[i]!, set.articles[j]!));
    const versions = scoreSets(found, versionPairs);
    addTally(tally('versions of one text (pairs)', where), versions);
    for (const k of versions.missed) note('versions', `missed ${k}`);
    for (const k of versions.wrong) note('versions', `wrong ${k}`);
  }
  for (const k of reuse.missed) note('reuse', `missed ${k}`);
  for (const k of reuse.wrong)
    note('reuse', `wrong ${k}${sharedQuotes.has(k) ? ' (they only share quotations)' : ''}`);
}

/** The seeds' reference answers (000/002 paragraphs, alignment and claims; outlets, stories and reuse of all five). */
async function evalSeeds(): Promise<void> {
  const { articles } = await scanFolder(seedsDir);
  const byPrefix = (p: string): Article => articles.find((a) => a.id.startsWith(p))!;
  const spec = (name: string): unknown => JSON.parse(readFileSync(join(specDir, name), 'utf8'));
  type SpecParagraph = { id: string; start: number; end: number };
  const paragraphSpec = spec('paragraphs-000-002.json') as { paragraphs: SpecParagraph[] }[];
  const [pa, pb] = paragraphSpec.map((f) => f.paragraphs);
  const index = (list: SpecParagraph[]): Map<string, number> => new Map(list.map((p, i) => [p.id, i]));
  const ia = index(pa!);
  const ib = index(pb!);
  const align = spec('align-000-002.json') as { links: { a: string | string[]; b: string | string[] }[] };
  const ids = (x: string | string[]): string[] => (Array.isArray(x) ? x : [x]);
  scoreAlignment(
    'seeds',
    'republication',
    byPrefix('000'),
    byPrefix('002'),
    { a: pa!.map((p) => [p.start, p.end]), b: pb!.map((p) => [p.start, p.end]) },
    {
      links: align.links.map((l) => ({
        a: ids(l.a).map((i) => ia.get(i)!),
        b: ids(l.b).map((i) => ib.get(i)!),
      })),
      ignoreA: [],
      ignoreB: [],
    },
  );
  notProduced('translation label', 'seeds');

  type SpecClaim = {
    id: string;
    kind: string;
    start: number;
    end: number;
    topic?: string;
    speaker?: string;
    normalized?: string;
    value?: number;
    qualifier?: string | null;
    unit?: string;
  };
  const pairArticles = [byPrefix('000'), byPrefix('002')];
  const specClaims = pairArticles.map(
    (a) => (spec(`claims-${a.id.slice(0, 3)}.json`) as { claims: SpecClaim[] }).claims,
  );
  // The corpus conventions count a duration as a time; the seeds' answers list it as a quantity with a unit of time.
  const kindOf = (c: SpecClaim): GoldClaim['kind'] =>
    c.kind !== 'quantity'
      ? (c.kind as GoldClaim['kind'])
      : c.unit !== undefined && durationUnitOf(fold(c.unit)) !== undefined
        ? 'time'
        : 'number';
  const gold: GoldClaim[] = specClaims.flatMap((list, i) =>
    list.map((c) => ({
      id: c.id,
      articleId: pairArticles[i]!.id,
      kind: kindOf(c),
      start: c.start,
      end: c.end,
      speaker: c.speaker,
    })),
  );
  const discrepancies: { a: string; b: string }[] = [];
  const lookalikes: { a: string; b: string }[] = [];
  for (const x of specClaims[0]!)
    for (const y of specClaims[1]!) {
      if (!x.topic || x.topic !== y.topic || x.kind !== y.kind) continue;
      const coarser = (p?: string, q?: string): boolean => !p || !q || p.startsWith(q) || q.startsWith(p);
      const differs =
        x.kind === 'quote'
          ? x.speaker !== y.speaker
          : x.kind === 'date'
            ? !coarser(x.normalized, y.normalized)
            : x.value !== y.value || (x.qualifier ?? null) !== (y.qualifier ?? null);
      if (differs) discrepancies.push({ a: x.id, b: y.id });
      else if (x.normalized !== y.normalized) lookalikes.push({ a: x.id, b: y.id });
    }
  scoreClaims('seeds', pairArticles, engineClaims(pairArticles), gold, new Set(), discrepancies, lookalikes);

  const organisation: Record<string, string | null> = {
    '000': 'Reuters',
    '001': 'AFP',
    '002': 'Sputnik',
    '003': 'Reuters',
    '004': null,
  };
  scoreOutlets(
    'seeds',
    articles,
    new Map(articles.map((a) => [a.id, organisation[a.id.slice(0, 3)] ?? null])),
  );
  notProduced('sites', 'seeds');
  const eventOf = new Map(
    articles
      .filter((a) => !a.id.startsWith('004'))
      .map((a) => [a.id, a.id.startsWith('003') ? 'later' : 'call']),
  );
  scoreFolder(
    'seeds',
    articles.filter((a) => eventOf.has(a.id)),
    eventOf,
    new Map([...eventOf.keys()].map((id) => [id, 'fr'])),
    new Set([pairKey(byPrefix('000').id, byPrefix('002').id)]),
    new Set(),
  );
}

/**
 * The article read again with the page's address as metadata, as the HTML page's canonical URL or a `url:` line would
 * give it: the corpus keeps the text alone (so that offsets hold), the manifest keeps where it was read.
 */
function withAddress(article: Article, url: string): Article {
  const { id, text, sha256, encoding, size } = article;
  const read = parseArticle({ id, text, sha256, encoding, size, meta: { url } });
  const codes = new Set(read.warnings.map((w) => w.code));
  return { ...read, warnings: [...read.warnings, ...article.warnings.filter((w) => !codes.has(w.code))] };
}

/** The development corpus, when `.dev-corpus/` is present: every answer whose text has not drifted. */
async function evalCorpus(): Promise<string> {
  const manifest = readManifest();
  const scanned = (await scanFolder(corpusDir)).articles;
  // A withheld address still has its site: the article is read as from the site's home page.
  const urlOf = new Map(manifest.articles.map((m) => [m.file, m.url ?? `https://${m.site}/`]));
  const articles = scanned.map((a) => (urlOf.get(a.id) ? withAddress(a, urlOf.get(a.id)!) : a));
  const entries = new Map(manifest.articles.map((m) => [m.file, m]));
  const present = new Map<string, Article>();
  let drifted = 0;
  const intact = new Map<string, Set<number>>();
  for (const m of manifest.articles) {
    const article = articles.find((a) => a.id === m.file);
    if (!article) continue;
    present.set(m.file, article);
    const ok = new Set<number>();
    const paragraphs = corpusParagraphs(article.text);
    m.paragraphs.forEach(([s, e, h], i) => {
      if (paragraphs[i]?.[0] === s && paragraphs[i]?.[1] === e && shortHash(article.text.slice(s, e)) === h)
        ok.add(i);
    });
    if (ok.size !== m.paragraphs.length) drifted += 1;
    intact.set(m.file, ok);
  }
  let skipped = 0;
  const answers = readAnswers();
  for (const ans of answers) {
    const inEvent = manifest.articles.filter((m) => m.event === ans.event && present.has(m.file));
    for (const al of ans.alignments) {
      const a = present.get(al.a);
      const b = present.get(al.b);
      const whole = (f: string): boolean => intact.get(f)?.size === entries.get(f)!.paragraphs.length;
      if (!a || !b || !whole(al.a) || !whole(al.b)) {
        skipped += 1;
        continue;
      }
      scoreAlignment(
        'corpus',
        al.relation,
        a,
        b,
        { a: paragraphsOf(entries.get(al.a)!), b: paragraphsOf(entries.get(al.b)!) },
        {
          links: al.links,
          ignoreA: [...al.textEnds.a, ...al.boilerplate.a],
          ignoreB: [...al.textEnds.b, ...al.boilerplate.b],
        },
      );
    }
    const claimOk = (c: AnswerClaim): boolean => {
      const a = present.get(c.file);
      return !!a && shortHash(a.text.slice(c.start, c.end)) === c.sha256;
    };
    const gold = ans.claims.filter(claimOk);
    skipped += ans.claims.length - gold.length;
    const eventArticles = inEvent.map((m) => present.get(m.file)!);
    const fully = new Set(ans.alignments.flatMap((al) => [al.a, al.b]));
    const known = new Set(gold.map((g) => g.id));
    const keep = (p: { a: string; b: string }): boolean => known.has(p.a) && known.has(p.b);
    scoreClaims(
      'corpus',
      eventArticles,
      engineClaims(eventArticles),
      gold.map((c) => ({ ...c, articleId: c.file })),
      fully,
      ans.discrepancies.filter(keep),
      ans.lookalikes.filter(keep),
    );
  }
  const crossLinks = answers.flatMap((a) => a.alignments).filter((a) => a.relation === 'cross-language');
  if (crossLinks.length) notProduced('translation label', 'corpus');
  const all = [...present.values()];
  const organisations = new Map(manifest.articles.map((m) => [m.file, m.organisation]));
  scoreOutlets('corpus', all, organisations);
  scoreOutlets(
    'corpus',
    scanned.filter((a) => present.has(a.id)),
    organisations,
    'outlets, text alone (no address)',
  );
  scoreSites(
    all,
    manifest.articles.filter((m) => present.has(m.file) && !ownSite(m.site, m.organisation)),
  );
  scoreFolder(
    'corpus',
    all,
    new Map(manifest.articles.filter((m) => present.has(m.file)).map((m) => [m.file, m.event])),
    new Map(manifest.articles.map((m) => [m.file, m.language])),
    reusePairs(manifest.articles, answers, ['republication', 'version']),
    reusePairs([], answers, ['shared-quotes']),
    new Map(manifest.articles.map((m) => [m.file, m.organisation])),
    new Set([
      ...reusePairs([], answers, ['version']),
      ...answers
        .flatMap((a) => a.alignments)
        .filter((al) => al.relation === 'version')
        .map((al) => pairKey(al.a, al.b)),
    ]),
  );
  const missing = manifest.articles.length - present.size;
  return `${present.size} of ${manifest.articles.length} articles present${missing ? ` (${missing} missing: npm run corpus -- check)` : ''}, ${drifted} drifted, ${skipped} answers skipped as drifted or missing; each article read with its manifest address as metadata`;
}

const paragraphsOf = (m: ManifestArticle): [number, number][] => m.paragraphs.map(([s, e]) => [s, e]);

/** Pairs of articles of one republication cluster, plus the reuse answers of the given kinds. */
function reusePairs(
  articles: readonly ManifestArticle[],
  answers: readonly Answers[],
  kinds: string[],
): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < articles.length; i += 1)
    for (let j = i + 1; j < articles.length; j += 1)
      if (articles[i]!.cluster === articles[j]!.cluster)
        out.add(pairKey(articles[i]!.file, articles[j]!.file));
  for (const ans of answers)
    for (const r of ans.reuse) if (kinds.includes(r.kind)) out.add(pairKey(r.a, r.b));
  return out;
}

const cell = (t: Tally | 'not produced' | undefined): string => {
  if (t === undefined) return '— | — | — | —';
  if (t === 'not produced') return 'not produced | | |';
  const n = t.tp + t.fn;
  if (t.tp + t.fp + t.fn === 0) return '— | — | — | 0';
  const { precision, recall, f1 } = prf(t);
  const f = (x: number): string => x.toFixed(2);
  if (t.recallOnly) return `— | ${n ? f(recall) : '—'} | — | ${n}`;
  return `${t.tp + t.fp ? f(precision) : '—'} | ${n ? f(recall) : '—'} | ${n && t.tp + t.fp ? f(f1) : '—'} | ${n}`;
};

const started = Date.now();
const status: string[] = [];
if (haveSeeds) await evalSeeds();
else status.push(`seeds: skipped (${seedsDir} not found; set RECOUPE_SEEDS)`);
const haveCorpus = existsSync(corpusDir) && existsSync(join(answersDir, 'manifest.json'));
if (haveCorpus) status.push(`corpus: ${await evalCorpus()}`);
else status.push(`corpus: skipped (${corpusDir} or ${join(answersDir, 'manifest.json')} not found)`);

console.log('| capability | seeds P | R | F1 | n | corpus P | R | F1 | n |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows.values()) console.log(`| ${r.capability} | ${cell(r.seeds)} | ${cell(r.corpus)} |`);
console.log('');
for (const s of status) console.log(s);
console.log(
  'P: precision, R: recall, n: expected items (— where not measured: the seeds list claims that must be found, not all claims); look-alikes: R is the share wrongly flagged.',
);
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
if (details) for (const line of detailLines) console.log(line);
