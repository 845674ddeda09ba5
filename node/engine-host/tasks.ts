import type { Notice } from '../../shared/ipc/notice';
import type { TextEquivalence } from '../../shared/text/fold';
import { emptyCorrections, type Corrections } from '../../shared/article/corrections';
import type { Article, ReuseFigure, SkippedFile } from '../../shared/article/model';
import {
  buildConcordance,
  searchConcordance,
  type ConcordanceIndex,
  type ConcordanceResult,
} from '../../shared/claims/concordance';
import { extractClaims } from '../../shared/claims/extract';
import { lexiconsByLanguage, type LexiconEntry } from '../../shared/claims/lexicon-file';
import { matchClaims } from '../../shared/claims/match';
import type { Claim, ClaimCorrection, ClaimRow } from '../../shared/claims/model';
import type { ReportFont } from '../../shared/report/input';
import { reportMetadata, type ReportMetadata } from '../../shared/report/metadata';
import type { ReportOptions } from '../../shared/report/options';
import { renderComparisonReport } from '../../shared/report/render';
import {
  renderStoryReport,
  storyReportMetadata,
  type StoryReportInput,
  type StoryReportOptions,
} from '../../shared/story/render-report';
import { analyzeFolder, reapplyCorrections, rereadFiles, type FolderAnalysis } from '../analyze-folder';
import { folderRows } from '../folder-rows';
import type { Logger } from '../logger';
import { ExportRequestError, loadReportInput, type ExportRequest } from '../export-report';
import { analyzeStory, StoryRequestError, storyReportInput, type StoryAnalysis } from '../story-analysis';
import { claimsOf, packReuse, rowsOf, same, unpack, type PackedAnalysis } from './codec';
import { EngineRequestError } from './errors';
import type { FolderEvent } from '../watch-folder';

/** What a running task is given: the signal that cancels it, a progress reporter and a logger. */
export interface TaskContext {
  signal: AbortSignal;
  progress(done: number, total: number): void;
  logger: Logger;
}

/** The files of a folder as read, before stories and reuse: what a re-read or a correction starts from. */
export interface FolderRead {
  root: string;
  scanned: Article[];
  skipped: SkippedFile[];
  warnings: Notice[];
  corrections: Corrections;
}

/** The indexes `findPhrase` keeps in a worker, by the key its caller gives (a folder session). */
const KEPT_INDEXES = 2;
const indexes = new Map<string, ConcordanceIndex>();

/** Packs an analysis for the trip across threads, with the rows of its folder view. */
export function pack(analysis: FolderAnalysis): PackedAnalysis {
  const { articles, scanned } = analysis;
  const aligned = articles.length === scanned.length;
  const read = aligned && articles.every((a, i) => a === scanned[i]);
  return {
    ...analysis,
    articles: read ? null : articles.map((a, i) => (aligned && a === scanned[i] ? null : a)),
    reuse: packReuse(analysis.reuse),
    rows: folderRows(analysis),
  };
}

/** A folder read back into the analysis shape `rereadFiles` and `reapplyCorrections` start from. */
const asAnalysis = (read: FolderRead): FolderAnalysis => ({ ...read, articles: [], stories: [], reuse: [] });

/** Items processed between two turns of the event loop, when a cancel message can come in. */
const YIELD_EVERY = 4;

/** Runs `step` on each item in turn, reporting progress and stopping soon after the task is cancelled. */
async function eachWithProgress<T, R>(
  items: readonly T[],
  context: TaskContext,
  step: (item: T) => R,
): Promise<R[]> {
  const results: R[] = [];
  context.progress(0, items.length);
  for (const item of items) {
    if (results.length % YIELD_EVERY === 0) await new Promise((done) => setImmediate(done));
    context.signal.throwIfAborted();
    results.push(step(item));
    context.progress(results.length, items.length);
  }
  return results;
}

/** One task: what runs where the engine is (`run`) and what turns its result back on the caller's side. */
interface TaskDefinition<I, W, O> {
  run(input: I, context: TaskContext): Promise<W> | W;
  decode(wire: W): O;
}

const task = <I, W, O>(definition: TaskDefinition<I, W, O>) => definition;

/**
 * Every piece of engine work the app hands to the engine host, by name: the same functions run in a worker (the
 * app) or in process (the CLI, some tests).
 */
export const engineTasks = {
  /** Reads and analyses a folder: articles, corrections, stories, reuse, and the rows the folder view lists. */
  analyzeFolder: task({
    run: async (input: { root: string; maxBytes?: number }, context: TaskContext) =>
      pack(
        await analyzeFolder(input.root, {
          logger: context.logger,
          signal: context.signal,
          onProgress: (done, total) => context.progress(done, total),
          ...(input.maxBytes === undefined ? {} : { maxBytes: input.maxBytes }),
        }),
      ),
    decode: unpack,
  }),
  /** Re-reads the files a watcher reported on top of a folder read, then groups and measures again. */
  rereadFiles: task({
    run: async (input: FolderRead & { events: FolderEvent[]; maxBytes?: number }, context: TaskContext) => {
      const { events, maxBytes, ...read } = input;
      return pack(
        await rereadFiles(asAnalysis(read), events, {
          logger: context.logger,
          ...(maxBytes === undefined ? {} : { maxBytes }),
        }),
      );
    },
    decode: unpack,
  }),
  /** Applies outlet and story corrections to a folder read: stories and reuse again, no file read. */
  reapplyCorrections: task({
    run: (input: FolderRead & { next: Corrections }) => {
      const { next, ...read } = input;
      return pack(reapplyCorrections(read, next));
    },
    decode: unpack,
  }),
  /** The claims of each article, in the order given, with the folder's lexicon entries added to the built-in lexicon. */
  extractClaims: task({
    run: async (
      input: { articles: Article[]; lexicon?: LexiconEntry[] },
      context: TaskContext,
    ): Promise<{ claims: Claim[][] }> => {
      const lexicons = lexiconsByLanguage(input.lexicon ?? []);
      return {
        claims: await eachWithProgress(input.articles, context, (article) =>
          extractClaims(article, { lexicon: lexicons.of(article.language) }),
        ),
      };
    },
    decode: claimsOf,
  }),
  /** Rows of the same facts across articles (`claims[i]` are the claims of `articles[i]`), corrections applied. */
  matchClaims: task({
    run: (
      input: { articles: Article[]; claims: Claim[][]; corrections: ClaimCorrection[] },
      context: TaskContext,
    ): { rows: ClaimRow[] } => {
      context.signal.throwIfAborted();
      const byArticle = new Map(input.articles.map((a, i) => [a.id, input.claims[i] ?? []]));
      return { rows: matchClaims(input.articles, byArticle, input.corrections) };
    },
    decode: rowsOf,
  }),
  /**
   * Searches a phrase in the index kept under `key`, built from `articles` when they are given; `indexed: false`
   * asks the caller to send the articles (the worker has no index under that key).
   */
  findPhrase: task({
    run: (input: {
      key: string;
      phrase: string;
      context: number;
      articles?: Article[];
    }): { indexed: false } | { indexed: true; result: ConcordanceResult } => {
      let index = indexes.get(input.key);
      if (!index && input.articles) {
        index = buildConcordance(input.articles);
        indexes.set(input.key, index);
        if (indexes.size > KEPT_INDEXES) indexes.delete(indexes.keys().next().value!);
      }
      if (!index) return { indexed: false };
      return { indexed: true, result: searchConcordance(index, input.phrase, { context: input.context }) };
    },
    decode: same<{ indexed: false } | { indexed: true; result: ConcordanceResult }>,
  }),
  /** Collates a story of an analysed folder with its reuse graph and coverage (the folder's saved corrections applied). */
  analyzeStory: task({
    run: (
      input: {
        folder: Pick<FolderAnalysis, 'root' | 'articles' | 'stories' | 'warnings'> & { reuse: ReuseFigure[] };
        storyId: string;
        orderBy?: string;
        /** The view's equivalences (ignore case, punctuation, typography), applied to every pair. */
        equivalence?: TextEquivalence;
      },
      context: TaskContext,
    ): Promise<StoryAnalysis> =>
      analyzeStory({
        root: input.folder.root,
        folder: { ...input.folder, scanned: [], skipped: [], corrections: emptyCorrections },
        storyId: input.storyId,
        ...(input.equivalence ? { equivalence: input.equivalence } : {}),
        logger: context.logger,
        onProgress: (done, total) => context.progress(done, total),
        ...(input.orderBy ? { orderBy: input.orderBy } : {}),
      }).catch((error: unknown) => {
        throw error instanceof StoryRequestError ? new EngineRequestError(error.notice) : error;
      }),
    decode: same<StoryAnalysis>,
  }),
  /** The static HTML of an annotated comparison (compared there), the metadata its PDF carries, its warnings. */
  comparisonReport: task({
    run: async (request: ComparisonReportRequest, context: TaskContext) => {
      const { options, ...exportRequest } = request;
      try {
        const { input, warnings } = await loadReportInput({ ...exportRequest, logger: context.logger });
        return {
          html: renderComparisonReport(input, options),
          metadata: reportMetadata(input, options),
          warnings,
        };
      } catch (error) {
        throw error instanceof ExportRequestError ? new EngineRequestError(error.notice) : error;
      }
    },
    decode: same<{ html: string; metadata: ReportMetadata; warnings: Notice[] }>,
  }),
  /** The static HTML of a story report and the metadata its PDF carries. */
  renderStoryReport: task({
    run: (input: {
      analysis: StoryAnalysis;
      extra: { exportedAt: string; appVersion: string; font: ReportFont; orderBy?: number; demo?: boolean };
      options: StoryReportOptions;
    }) => {
      const report: StoryReportInput = storyReportInput(input.analysis, input.extra);
      return {
        html: renderStoryReport(report, input.options),
        metadata: storyReportMetadata(report, input.options),
      };
    },
    decode: same<{ html: string; metadata: ReportMetadata }>,
  }),
};

/** What the comparison report task is given: the export request (articles and notes as the session has them). */
export type ComparisonReportRequest = Omit<ExportRequest, 'logger'> & { options: ReportOptions };

/** The name of an engine task. */
export type TaskName = keyof typeof engineTasks;
/** What a task is given. */
export type TaskInput<T extends TaskName> = Parameters<(typeof engineTasks)[T]['run']>[0];
/** What a task returns to its caller. */
export type TaskOutput<T extends TaskName> = ReturnType<(typeof engineTasks)[T]['decode']>;
