import { z } from 'zod';
import type { Article } from '../article/model';
import type { ConcordanceResult } from '../claims/concordance';
import { phraseListSchema, phraseSchema, type ClaimsView, type WatchlistView } from '../claims/ipc';
import { claimCorrectionSchema, type ClaimCorrection } from '../claims/model';
import { correctionListSchema, type Correction } from '../compare/correction-schema';
import {
  compareViewStateSchema,
  textEquivalenceSchema,
  type CompareViewState,
  type PairCorrections,
} from '../compare/view-state';
import { newNoteSchema, noteOpListSchema, spanTargetSchema, type NotesView } from '../notes/ipc';
import { reportOptionsSchema } from '../report/options';
import { storyExportOptionsSchema } from '../story/export-options';
import { articleId } from './article-id';
import type { MethodName } from './channels';
import { layoutSchema } from './layout';
import type { AppInfo, ExportResult, FolderView, RecentFolder, Settings } from './types';
import type { UndoOutcome, UndoState } from './undo';

/** A phantom marker carrying a result type through the contract object. */
export interface Returns<T> {
  readonly __result?: T;
}

/** Declares the result type of a channel. */
const returns = <T>(): Returns<T> => ({});

const themeSchema = z.enum(['system', 'light', 'dark']);
const langSchema = z.enum(['fr', 'en']);

export const settingsPatchSchema = z
  .object({
    theme: themeSchema,
    language: langSchema,
    zoom: z.number().min(0.5).max(3),
    layout: layoutSchema,
  })
  .partial()
  .strict();

/**
 * The one IPC contract: each method name maps to a zod schema of its argument tuple and its result type.
 * The channel of method `m` is `recoupe:m`.
 */
export const contract = {
  getAppInfo: { args: z.tuple([]), result: returns<AppInfo>() },
  getSettings: { args: z.tuple([]), result: returns<Settings>() },
  updateSettings: { args: z.tuple([settingsPatchSchema]), result: returns<Settings>() },
  openFolderDialog: { args: z.tuple([]), result: returns<FolderView | null>() },
  openFolder: { args: z.tuple([z.string().min(1).max(4096)]), result: returns<FolderView>() },
  /** Stops the folder being opened: its call fails with CANCELLED and the folder open before stays. */
  cancelFolderOpen: { args: z.tuple([]), result: returns<void>() },
  /** Opens the bundled demo again (Help menu), copied afresh to the data folder when its copy is gone. */
  openDemo: { args: z.tuple([]), result: returns<FolderView>() },
  getCurrentFolder: { args: z.tuple([]), result: returns<FolderView | null>() },
  getRecentFolders: { args: z.tuple([]), result: returns<RecentFolder[]>() },
  forgetRecentFolder: { args: z.tuple([z.string().min(1).max(4096)]), result: returns<void>() },
  newArticleFromClipboard: { args: z.tuple([]), result: returns<{ folder: FolderView; id: string }>() },
  setArticleOutlet: {
    args: z.tuple([articleId, z.string().trim().min(1).max(80).nullable()]),
    result: returns<FolderView>(),
  },
  moveToStory: {
    args: z.tuple([z.array(articleId).min(1).max(1000), z.string().min(1).max(200).nullable()]),
    result: returns<FolderView>(),
  },
  getArticle: { args: z.tuple([articleId]), result: returns<Article>() },
  getCorrections: { args: z.tuple([articleId, articleId]), result: returns<PairCorrections>() },
  setCorrections: {
    args: z.tuple([articleId, articleId, correctionListSchema]),
    result: returns<Correction[]>(),
  },
  getCompareView: { args: z.tuple([]), result: returns<CompareViewState | null>() },
  setCompareView: { args: z.tuple([compareViewStateSchema]), result: returns<void>() },
  listNotes: { args: z.tuple([]), result: returns<NotesView>() },
  addNote: { args: z.tuple([newNoteSchema]), result: returns<{ id: string; view: NotesView }>() },
  setNoteTarget: {
    args: z.tuple([z.string().min(1).max(200), spanTargetSchema]),
    result: returns<NotesView>(),
  },
  applyNoteOps: { args: z.tuple([noteOpListSchema]), result: returns<NotesView>() },
  getClaims: { args: z.tuple([z.array(articleId).min(1).max(1000)]), result: returns<ClaimsView>() },
  /** Stops the claims being computed: that getClaims call fails with CANCELLED. */
  cancelClaims: { args: z.tuple([]), result: returns<void>() },
  correctClaim: { args: z.tuple([claimCorrectionSchema]), result: returns<ClaimCorrection[]>() },
  setClaimCorrections: {
    args: z.tuple([z.array(claimCorrectionSchema).max(10_000)]),
    result: returns<ClaimCorrection[]>(),
  },
  findPhrase: { args: z.tuple([phraseSchema]), result: returns<ConcordanceResult>() },
  getWatchlist: { args: z.tuple([]), result: returns<WatchlistView>() },
  setWatchlist: { args: z.tuple([phraseListSchema]), result: returns<string[]>() },
  setFraming: { args: z.tuple([phraseSchema, z.boolean()]), result: returns<string[]>() },
  exportComparison: {
    args: z.tuple([
      articleId,
      articleId,
      z.enum(['pdf', 'html']),
      reportOptionsSchema,
      textEquivalenceSchema,
    ]),
    result: returns<ExportResult | null>(),
  },
  exportStory: {
    args: z.tuple([
      z.string().min(1).max(200),
      z.enum(['pdf', 'html']),
      storyExportOptionsSchema,
      textEquivalenceSchema,
    ]),
    result: returns<ExportResult | null>(),
  },
  openExported: { args: z.tuple([z.string().min(1).max(4096)]), result: returns<void>() },
  showExported: { args: z.tuple([z.string().min(1).max(4096)]), result: returns<void>() },
  undo: { args: z.tuple([]), result: returns<UndoOutcome>() },
  redo: { args: z.tuple([]), result: returns<UndoOutcome>() },
  getUndoState: { args: z.tuple([]), result: returns<UndoState>() },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type ArgsOf<M extends Method> = z.infer<Contract[M]['args']>;
export type ResultOf<M extends Method> = Contract[M]['result'] extends Returns<infer R> ? R : never;

/** Compile-time check that the zod-free method list in channels.ts names exactly the contract's methods. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodListMatches: Exactly<Method, MethodName> = true;
void methodListMatches;
