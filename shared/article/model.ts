import type { Notice } from '../ipc/notice';
/** A half-open `[start, end)` range of UTF-16 offsets into `Article.text`. */
export type Span = readonly [start: number, end: number];

/** How an outlet attribution was reached. */
export type OutletSource = 'rule' | 'metadata' | 'user' | 'unknown';

/** The outlet that wrote an article, with the evidence for it. */
export interface Outlet {
  /** Lowercase slug such as `reuters`, `afp`, `sputnik`, or `unknown`. */
  id: string;
  name: string;
  source: OutletSource;
  /** The text or rule that established the outlet (a dateline, a caption, a URL…). */
  evidence?: string;
  /**
   * True when only the page's address or site name says it: the site that published the page, which may carry
   * another organisation's copy unsigned, so it is never the ground of an attribution by reuse.
   */
  siteOnly?: boolean;
}

/** One decoded article, the unit every analysis works on. */
export interface Article {
  /** Path relative to the opened folder, with `/` separators. */
  id: string;
  /** sha256 of the raw bytes on disk, hex. */
  sha256: string;
  /** Encoding the bytes were decoded from, e.g. `utf-8`, `windows-1252`, `utf-16le`. */
  encoding: string;
  /** How sure the reader is of `encoding` (0–1), present only when it was guessed from the bytes. */
  encodingConfidence?: number;
  /** Size of the raw file in bytes. */
  size: number;
  /** The whole decoded file, NFC, LF line ends, nothing removed. */
  text: string;
  title?: string;
  /** ISO date at the precision known: `2021-12`, `2021-12-31`. */
  date?: string;
  outlet: Outlet;
  /** The site that published the page (its address's host), when it is not the outlet's own site. */
  site?: string;
  dateline?: string;
  url?: string;
  byline?: string;
  credits?: string;
  language?: string;
  /** Content paragraphs and boilerplate paragraphs alike, in order. */
  paragraphs: Span[];
  /** Paragraphs (or parts) recognised as boilerplate: URL lines, captions, credits, stamps. */
  boilerplate: Span[];
  /** What each `boilerplate` span is, same order (optional, added by the reader). */
  boilerplateKinds?: BoilerplateKind[];
  /** The title paragraph when the text starts with one (optional, added by the reader). */
  titleSpan?: Span;
  /** Where the date came from, e.g. `header`, `stamp "31.12.2021, Sputnik France"` (optional, added by the reader). */
  dateEvidence?: string;
  /** What to know about how the article was read, as codes with their parameters (worded by `formatArticleWarning`). */
  warnings: ArticleWarning[];
}

/** Something to know about how an article was read: a code with its parameters, worded at the edges. */
export type ArticleWarning =
  | { code: 'glued-paragraphs'; count: number }
  | { code: 'no-outlet-evidence' }
  /** The file declares no encoding and its bytes fit several: `confidence` (0–1) is how sure the guess is. */
  | { code: 'encoding-guessed'; encoding: string; confidence: number }
  | { code: 'dates-disagree'; date: string; evidence: string; otherDate: string; otherEvidence: string };

/** A file that was not loaded, with the reason shown to the user. */
export interface SkippedFile {
  path: string;
  /** Why, as a code with parameters (worded by `wordNotice`). */
  reason: Notice;
}

/** What a boilerplate span is. */
export type BoilerplateKind =
  'date-header' | 'metadata' | 'url' | 'title-repeat' | 'caption' | 'slug' | 'credits' | 'stamp' | 'byline';

/** Articles about the same event. `id` is derived from content, stable from run to run. */
export interface Story {
  id: string;
  title: string;
  /** Article ids, earliest first. */
  articles: string[];
  /** `auto` when grouped by similarity only, `user` when a user correction placed an article in it. */
  origin: 'auto' | 'user';
}

/** One reason for (or against) a reuse direction: a code with its parameters. */
export type ReuseEvidence =
  | { code: 'dated-earlier'; article: string; date: string; other: string; otherDate: string }
  | { code: 'dates-indistinct'; date: string; otherDate: string }
  | { code: 'date-missing' }
  | { code: 'cites'; article: string; outlet: string }
  | { code: 'authorship'; article: string; outlet: string; marks: AuthorshipMark[]; other: string }
  | { code: 'both-authored' }
  | { code: 'no-authorship' }
  | { code: 'no-verbatim-run'; minWords: number }
  /** Both only quote the same statement: `share`/`sourceShare` are the quoted shares, never counted as reuse. */
  | { code: 'quotes-same-statement'; share: number; sourceShare: number };

/** What states an article's own authorship: a wire dateline, its own credits, a wire slug. */
export type AuthorshipMark = 'dateline' | 'credits' | 'slug';

/** How much of one article's body is found in another in long verbatim runs, and which one is the likely source. */
export interface ReuseFigure {
  /** Id of the likely source (or of the first article of the pair when `direction` is `undetermined`). */
  source: string;
  target: string;
  /** Share (0–1) of the target's body that comes from the source. */
  share: number;
  /** Share (0–1) of the source's body that the target kept. */
  sourceShare: number;
  /** `determined` when dates, datelines, credits or stamps say which came first; otherwise `undetermined`. */
  direction: 'determined' | 'undetermined';
  /** Why the source is the source (or why it cannot be said), as codes with their parameters. */
  evidence: ReuseEvidence[];
}
