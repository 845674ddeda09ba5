import { z } from 'zod';
import type { StateNotice } from '../ipc/state-notice';
import type { Claim, ClaimCorrection, ClaimRow } from './model';

/** The matched claims of some articles of the open folder, as the renderer gets them. */
export interface ClaimsView {
  /** The article ids asked for, in that order (the matching's selection order). */
  articles: string[];
  /** The claims the rows hold (names, which only serve as context, are left out). */
  claims: Claim[];
  rows: ClaimRow[];
  /** Every correction saved in the folder's `.recoupe/claims.json`. */
  corrections: ClaimCorrection[];
  /** When `claims.json` is damaged (left in place) or was set aside by the last save. */
  notice?: StateNotice;
}

/** The watched phrases of the open folder, and the phrases its lexicon counts as framing. */
export interface WatchlistView {
  phrases: string[];
  /** The framing phrases of `.recoupe/lexicon.json` (found as framing claims besides the built-in lexicon). */
  framing: string[];
  /** When `watchlist.json` is damaged (left in place) or was set aside by the last save. */
  notice?: StateNotice;
  /** When `lexicon.json` is damaged (left in place: the built-in lexicon alone is used) or was set aside. */
  lexiconNotice?: StateNotice;
}

/** A phrase typed by the user to search or watch. */
export const phraseSchema = z.string().trim().min(1).max(200);

/** A whole watchlist as the renderer sends it. */
export const phraseListSchema = z.array(phraseSchema).max(200);
