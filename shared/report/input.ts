import type { OutletInference } from '../article/attribute-by-reuse';
import type { Claim, ClaimRow } from '../claims/model';
import type { CorrectedComparison } from '../compare/corrections';
import type { Comparison } from '../compare/types';
import type { Note, TagDef } from '../notes/model';

/** One face of the embedded font: a TrueType file as base64. */
export interface ReportFontFace {
  weight: 400 | 700;
  style: 'normal' | 'italic';
  base64: string;
}

/** The font embedded in the document (loaded from `resources/fonts/` by the Node side). */
export interface ReportFont {
  family: string;
  faces: ReportFontFace[];
}

/** How often a watched phrase ("ligne rouge") occurs in each article. */
export interface WatchedPhrase {
  phrase: string;
  a: number;
  b: number;
}

/** The claims of both articles, their matched rows and the watched phrases. */
export interface ReportClaims {
  claims: readonly Claim[];
  rows: readonly ClaimRow[];
  phrases?: readonly WatchedPhrase[];
}

/** Everything a report is made from: plain data, no I/O. */
export interface ReportInput {
  /** The comparison of `a` and `b`, with hand corrections applied when there are any. */
  comparison: Comparison | CorrectedComparison;
  /** The story's title; the articles' titles otherwise. */
  title?: string;
  /** The folder's notes; those on other articles are ignored. */
  notes?: readonly Note[];
  /** User tags of the folder, for their labels. */
  tags?: readonly TagDef[];
  claims?: ReportClaims;
  /** Outlets inferred by reuse for an article of the pair whose outlet is unknown: shown as inferences, never as fact. */
  inferences?: readonly OutletInference[];
  /** ISO 8601 time of the export. */
  exportedAt: string;
  appVersion: string;
  font: ReportFont;
  /** Made from the bundled demo (invented articles): watermarked. */
  demo?: boolean;
}
