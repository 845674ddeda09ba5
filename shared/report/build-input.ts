import type { OutletInference } from '../article/attribute-by-reuse';
import type { Article } from '../article/model';
import { buildConcordance, searchConcordance } from '../claims/concordance';
import { extractClaims } from '../claims/extract';
import { lexiconsByLanguage, type LexiconEntry } from '../claims/lexicon-file';
import { matchClaims } from '../claims/match';
import { DEFAULT_WATCHLIST_PHRASES, type ClaimCorrection } from '../claims/model';
import { compare, type CompareOptions } from '../compare/compare';
import { applyCorrections, type Correction, type CorrectedComparison } from '../compare/corrections';
import type { Comparison } from '../compare/types';
import type { Lang } from '../format/lang';
import { reanchorTarget } from '../notes/anchor';
import type { Note, TagDef } from '../notes/model';
import type { ReportFont, ReportInput } from './input';

/** What a report is made from before any analysis: the two articles and the folder's saved work. */
export interface ReportSources {
  a: Article;
  b: Article;
  /** Language of the summary computed here (the document's language). */
  lang: Lang;
  /** A comparison already made of `a` and `b` (the open view's); computed when absent. */
  comparison?: Comparison;
  /** How to compare when computing (same equivalences as on screen). */
  compareOptions?: Omit<CompareOptions, 'lang' | 'signal'>;
  /** Hand corrections of this pair's alignment. */
  alignment?: readonly Correction[];
  /** The folder's notes (re-anchored here on the current texts) and user tags. */
  notes?: readonly Note[];
  tags?: readonly TagDef[];
  /** Hand corrections of the claims matching. */
  claimCorrections?: readonly ClaimCorrection[];
  /** Watched phrases; the default watchlist when absent. */
  watchlist?: readonly string[];
  /** The folder's outlets inferred by reuse; those of `a` and `b` go into the report. */
  inferences?: readonly OutletInference[];
  /** The folder's additions to the built-in lexicon (`.recoupe/lexicon.json`). */
  lexicon?: readonly LexiconEntry[];
  title?: string;
  exportedAt: string;
  appVersion: string;
  font: ReportFont;
}

/**
 * Runs what a report shows on two articles: the comparison with the pair's hand corrections, the notes placed again
 * on the current texts, the claims matched across both, the watched phrases counted. Pure.
 */
export function buildReportInput(sources: ReportSources): ReportInput {
  const { a, b } = sources;
  const equivalence = sources.compareOptions ?? {};
  const base = sources.comparison ?? compare(a, b, equivalence);
  const comparison: Comparison | CorrectedComparison = sources.alignment?.length
    ? applyCorrections(base, sources.alignment, a, b, pickEquivalence(equivalence))
    : base;
  const lexicons = lexiconsByLanguage(sources.lexicon ?? []);
  const claimsA = extractClaims(a, { lexicon: lexicons.of(a.language) });
  const claimsB = extractClaims(b, { lexicon: lexicons.of(b.language) });
  const rows = matchClaims([a, b], { [a.id]: claimsA, [b.id]: claimsB }, sources.claimCorrections ?? []);
  const concordance = buildConcordance([a, b]);
  const phrases = (sources.watchlist ?? DEFAULT_WATCHLIST_PHRASES).map((phrase) => {
    const hits = searchConcordance(concordance, phrase).hits;
    return {
      phrase,
      a: hits.filter((h) => h.article === a.id).length,
      b: hits.filter((h) => h.article === b.id).length,
    };
  });
  const input: ReportInput = {
    comparison,
    notes: (sources.notes ?? []).map((note) => ({
      ...note,
      targets: note.targets.map((t) => reanchorTarget(t, [a, b])),
    })),
    tags: sources.tags ?? [],
    claims: { claims: [...claimsA, ...claimsB], rows, phrases },
    exportedAt: sources.exportedAt,
    appVersion: sources.appVersion,
    font: sources.font,
  };
  if (sources.title) input.title = sources.title;
  const inferences = (sources.inferences ?? []).filter((i) => i.article === a.id || i.article === b.id);
  if (inferences.length) input.inferences = inferences;
  return input;
}

/** The text equivalences of compare options, for re-diffing corrected links the same way. */
function pickEquivalence(
  options: Omit<CompareOptions, 'lang' | 'signal'>,
): Pick<CompareOptions, 'ignoreCase' | 'ignorePunctuation' | 'ignoreTypography'> {
  const out: Pick<CompareOptions, 'ignoreCase' | 'ignorePunctuation' | 'ignoreTypography'> = {};
  if (options.ignoreCase !== undefined) out.ignoreCase = options.ignoreCase;
  if (options.ignorePunctuation !== undefined) out.ignorePunctuation = options.ignorePunctuation;
  if (options.ignoreTypography !== undefined) out.ignoreTypography = options.ignoreTypography;
  return out;
}
