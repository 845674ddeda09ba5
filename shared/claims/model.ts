import { z } from 'zod';

/** What a claim is about. */
export type ClaimKind =
  | 'quantity'
  | 'date'
  | 'time'
  | 'quote'
  | 'reported-speech'
  | 'attribution'
  | 'source'
  | 'framing'
  | 'person'
  | 'place'
  | 'organisation';

/** How a quantity's qualifier bounds its value, used to compare wordings. */
export type QualifierKind =
  'exact' | 'approx' | 'nearly' | 'more' | 'at-least' | 'less' | 'at-most' | 'vague' | 'range';

/** One checkable statement found in an article, with its `[start, end)` span into `Article.text`. */
export interface Claim {
  /** Stable id: `<articleId>#<kind>@<start>`. */
  id: string;
  articleId: string;
  kind: ClaimKind;
  /** `Article.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Quantity: the number stated (absent for vague amounts and ranges). */
  value?: number;
  /** Quantity: lower and upper bounds implied by the wording (absent when unbounded). */
  min?: number;
  max?: number;
  /** Quantity: the qualifier as written ("plus de", "une cinquantaine", "des dizaines de milliers"). */
  qualifier?: string;
  qualifierKind?: QualifierKind;
  /** Quantity: the counted noun as written ("soldats", "minutes", "%"). */
  unit?: string;
  /** Quantity: an ordinal ("pour la deuxième fois"). */
  ordinal?: boolean;
  /** Quantity: the period an ordinal or count refers to ("ce mois-ci"). */
  period?: string;
  /**
   * Canonical form: quantity `100000`, `~50`, `>100000`, `20000–99999`; date ISO at the precision known
   * (`2022-01-10`, `2022-01`, `2014`, `2022-01-09,2022-01-10` for a list, `a/b` for a range);
   * time `16:07` or `15:07Z` / `16:07+01:00` when the zone is known; person, place, organisation: the canonical name.
   */
  normalized?: string;
  /** Date: a weekday or relative day ("jeudi", "hier"), resolved only when the article's date allows. */
  relative?: boolean;
  /** Date: ISO weekday 1 (Monday)–7 (Sunday) when the text names one. */
  weekday?: number;
  /** Time: the zone as written ("GMT", "heure de Paris"). */
  zone?: string;
  /** Time: offset from UTC in minutes when the zone is known. */
  utcOffsetMinutes?: number;
  /** Quote or reported speech: the speaker's name (or the attributing body, "le Kremlin"). */
  speaker?: string;
  /** Quote: the attribution as written ("la porte-parole de la Maison blanche, Jen Psaki", "a-t-il ajouté"). */
  speakerAsWritten?: string;
  /** Quote: a whole statement or a fragment inside the reporter's sentence. */
  quoteType?: 'full' | 'fragment';
  /** Quantity or date: an attribution in the same sentence ("Selon Washington"). */
  attribution?: string;
}

/**
 * Discrepancy types flagged on a row of matched claims. A value is compared at the precision both articles give: a
 * coarser value that contains the finer one ("February 2023" and "Feb. 14, 2023", "more than 5,000" and "5,385", a
 * weekday and its calendar date) is a look-alike, never flagged; so are the same instant in two time zones and the same
 * value in two languages or typographies. Wording and framing are compared within one language only (two
 * translations of one statement are a look-alike).
 */
export const DISCREPANCY_TYPES = [
  'number-differs',
  'qualifier-differs',
  'date-differs',
  'time-differs',
  'duration-differs',
  'speaker-differs',
  'wording-differs',
  'framing-differs',
  'attribution-added',
  'attribution-dropped',
  'hedge-added',
  'hedge-dropped',
  'reported-by-one',
] as const;

/** One discrepancy type. */
export type DiscrepancyType = (typeof DISCREPANCY_TYPES)[number];

/** One flagged difference with what it is about: the first pair of claims (earlier article first) that shows it. */
export interface ClaimDifference {
  type: DiscrepancyType;
  /** Claim of the earlier article in selection order. */
  a: string;
  /** Claim of the later article. */
  b: string;
}

/**
 * What a row is about, as data the interface words in its language: the kind of fact, the counted concept
 * (`troops`, `deaths`… when known), the counted noun and a context word as the articles write them, the speaker or
 * the first words of a statement, the words of a framing, source or attribution marker.
 */
export interface RowSubject {
  kind: 'count' | 'duration' | 'date' | 'time' | 'statement' | 'framing' | 'source' | 'attribution';
  concept?: string;
  unit?: string;
  context?: string;
  speaker?: string;
  words?: string;
}

/** The same fact as reported by one or more articles. */
export interface ClaimRow {
  /** `row:<id of the row's first claim>`. */
  id: string;
  /** Short label in the articles' words ("soldats · frontière", "citation · Iouri Ouchakov"); `subject` is the data. */
  topic: string;
  /** What the row is about, for a label in the interface language. */
  subject?: RowSubject;
  kind: ClaimKind;
  /** Claim ids, in selection order then text order. */
  claims: string[];
  /** Ids of the articles the claims come from, in selection order. */
  articles: string[];
  /** Discrepancies still flagged (an empty list where the articles agree). */
  discrepancies: DiscrepancyType[];
  /** Discrepancies the user dismissed. */
  dismissed: DiscrepancyType[];
  /** The pair of claims behind each discrepancy still flagged ("reported by one" has none). */
  differences?: ClaimDifference[];
}

/** The longest claim id a correction may name: an article id (at most 1,024 characters), a kind and an offset. */
const MAX_CLAIM_ID = 1_100;

/** A user's correction to the automatic matching. */
export const claimCorrectionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('move'),
    claimId: z.string().min(1).max(MAX_CLAIM_ID),
    /** A claim (or `row:<claimId>`) whose row receives the claim; null puts it in a row of its own. */
    toClaimId: z.string().min(1).max(MAX_CLAIM_ID).nullable(),
  }),
  z.object({
    type: z.literal('dismiss'),
    /** Any claim of the row (or the row id `row:<claimId>`). */
    claimId: z.string().min(1).max(MAX_CLAIM_ID),
    discrepancy: z.enum(DISCREPANCY_TYPES),
  }),
]);

/** A user's correction to the automatic matching. */
export type ClaimCorrection = z.infer<typeof claimCorrectionSchema>;

/** Contents of `<folder>/.recoupe/claims.json`. */
export const claimsStateSchema = z.object({
  version: z.literal(1),
  corrections: z.array(claimCorrectionSchema),
});

/** Contents of `<folder>/.recoupe/claims.json`. */
export type ClaimsState = z.infer<typeof claimsStateSchema>;

/** Contents of `<folder>/.recoupe/watchlist.json`. */
export const watchlistSchema = z.object({
  version: z.literal(1),
  phrases: z.array(z.string().trim().min(1)),
});

/** Contents of `<folder>/.recoupe/watchlist.json`. */
export type Watchlist = z.infer<typeof watchlistSchema>;

/** Phrases watched in a folder that has no watchlist yet. */
export const DEFAULT_WATCHLIST_PHRASES: readonly string[] = ['ligne rouge'];

/** The claim id for a kind at a start offset in an article. */
export function claimId(articleId: string, kind: ClaimKind, start: number): string {
  return `${articleId}#${kind}@${start}`;
}
