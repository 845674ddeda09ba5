import { inferOutletsByReuse, type OutletInference } from '../shared/article/attribute-by-reuse';
import type { Article, Story } from '../shared/article/model';
import type { VersionSet } from '../shared/article/versions';
import { compare } from '../shared/compare/compare';
import type { Correction } from '../shared/compare/correction-schema';
import { applyCorrections } from '../shared/compare/corrections';
import type { Comparison } from '../shared/compare/types';
import type { ReportFont } from '../shared/report/input';
import { collateStory } from '../shared/story/collate';
import type { TextEquivalence } from '../shared/text/fold';
import { coverage, type CoverageEntry } from '../shared/story/coverage';
import {
  renderStoryReport,
  storyReportMetadata,
  type StoryReportInput,
  type StoryReportOptions,
} from '../shared/story/render-report';
import { reuseGraph, type ReuseGraph } from '../shared/story/reuse-graph';
import { collationVersions } from '../shared/story/story-versions';
import type { Collation } from '../shared/story/types';
import { AlignmentStore } from './alignment-store';
import { analyzeFolder, type FolderAnalysis } from './analyze-folder';
import { readClaimsState } from './claims-state';
import { nullLogger, type Logger } from './logger';
import { setPdfMetadata } from './pdf-metadata';
import type { PdfPrinter } from './print-pdf';
import { FolderError } from './scan-folder';
import { stateNotice } from './state-file';
import type { Notice } from '../shared/ipc/notice';
import { NoticeError } from '../shared/i18n/notice';

/** Which articles of which folder to collate: a story by id, or a selection of articles. */
export interface StoryRequest {
  root: string;
  /** A story id as `recoupe scan --json` and the app give it (stable from run to run for the same articles). */
  storyId?: string;
  /** Article ids (paths relative to the folder) to collate instead of a story. */
  articleIds?: readonly string[];
  /** The article whose order the rows follow (default: the earliest). */
  orderBy?: string;
  logger?: Logger;
  /** Files larger than this are skipped (default: the reader's). */
  maxBytes?: number;
  onProgress?: (done: number, total: number) => void;
  /** The folder as the open session already analysed it (corrections applied); the folder is read when absent. */
  folder?: FolderAnalysis;
  /** The view's equivalences (ignore case, punctuation, typography), applied to every pair; none when absent. */
  equivalence?: TextEquivalence;
}

/** A story collated, with its reuse graph and coverage, and what the user should know about the saved work read. */
export interface StoryAnalysis {
  /** The story, when one was asked for. */
  story?: Story;
  title: string;
  articles: Article[];
  collation: Collation;
  graph: ReuseGraph;
  coverage: CoverageEntry[];
  /** Outlets inferred by reuse (over the whole folder) for the story's articles whose outlet is unknown. */
  inferences: OutletInference[];
  /** The versions of one text among the story's articles (updates of one organisation's article), oldest first. */
  versions: VersionSet[];
  /** What the user should know about the saved work read (codes with parameters). */
  warnings: Notice[];
}

/** Thrown when the request names a story or articles the folder does not have; the notice says what to do. */
export class StoryRequestError extends NoticeError {
  override name = 'StoryRequestError';
}

/** Largest number of articles collated at once. */
export const MAX_STORY_ARTICLES = 40;

/**
 * Reads a folder (with its outlet and story corrections) unless the request brings its analysis, picks the story or the articles asked for, and collates
 * them with the folder's hand corrections of pairwise alignments and claims applied.
 */
export async function analyzeStory(request: StoryRequest): Promise<StoryAnalysis> {
  const logger = request.logger ?? nullLogger;
  const folder = request.folder ?? (await readFolder(request, logger));
  const { story, articles } = pickArticles(folder, request);
  const warnings = [...folder.warnings];
  const store = new AlignmentStore(folder.root, logger);
  const alignment = await store.read();
  const alignmentNotice = store.takeNotice();
  if (alignmentNotice) warnings.push(stateNotice(alignmentNotice), { code: 'state-alignment-left-out' });
  const claimsState = await readClaimsState(folder.root, logger);
  if (claimsState.notice) warnings.push(stateNotice(claimsState.notice));

  const comparePair = correctedComparer(alignment.pairs, request.equivalence);
  const collationOptions = {
    comparePair,
    ...(request.equivalence ? { compare: request.equivalence } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    ...(request.orderBy ? { pivot: request.orderBy } : {}),
  };
  if (request.orderBy && !articles.some((a) => a.id === request.orderBy)) {
    throw new StoryRequestError({
      code: 'story-order-not-collated',
      params: { id: request.orderBy, ids: articles.map((a) => a.id).join(', ') },
    });
  }
  const collation = collateStory(articles, collationOptions);
  const graph = reuseGraph(collation, { figures: folder.reuse });
  const entries = coverage(collation, articles, { claimCorrections: claimsState.value.corrections });
  const title = story?.title || articles[0]?.title || articles[0]?.id || '';
  const ids = new Set(articles.map((a) => a.id));
  const inferences = inferOutletsByReuse(folder.articles, folder.reuse).filter((i) => ids.has(i.article));
  return {
    ...(story ? { story } : {}),
    title,
    articles,
    collation,
    graph,
    coverage: entries,
    inferences,
    versions: collationVersions(collation, articles),
    warnings,
  };
}

/** Reads and analyses the request's folder; a folder that cannot be read is a request error. */
async function readFolder(request: StoryRequest, logger: Logger): Promise<FolderAnalysis> {
  try {
    return await analyzeFolder(
      request.root,
      request.maxBytes === undefined ? { logger } : { logger, maxBytes: request.maxBytes },
    );
  } catch (error) {
    if (error instanceof FolderError) throw new StoryRequestError(error.notice);
    throw error;
  }
}

/** The story or the articles a request names, in the folder's story order; errors list what the folder has. */
function pickArticles(folder: FolderAnalysis, request: StoryRequest): { story?: Story; articles: Article[] } {
  const byId = new Map(folder.articles.map((a) => [a.id, a]));
  if (request.articleIds?.length) {
    const missing = request.articleIds.filter((id) => !byId.has(id));
    if (missing.length) {
      throw new StoryRequestError({
        code: 'story-not-articles',
        params: { ids: missing.join(', '), root: folder.root, count: missing.length },
      });
    }
    const ids = [...new Set(request.articleIds)];
    if (ids.length < 2) throw new StoryRequestError({ code: 'story-too-few' });
    if (ids.length > MAX_STORY_ARTICLES)
      throw new StoryRequestError({
        code: 'story-too-many',
        params: { max: MAX_STORY_ARTICLES, got: ids.length },
      });
    return { articles: ids.map((id) => byId.get(id) as Article) };
  }
  const story = folder.stories.find((s) => s.id === request.storyId);
  if (!story) {
    const known = folder.stories
      .filter((s) => s.articles.length > 1)
      .map((s) => `${s.id} (${s.articles.length})`);
    const params = { story: request.storyId ?? '', root: folder.root };
    throw new StoryRequestError(
      known.length
        ? { code: 'story-unknown', params: { ...params, known: known.join(', ') } }
        : { code: 'story-none', params },
    );
  }
  if (story.articles.length > MAX_STORY_ARTICLES) {
    throw new StoryRequestError({
      code: 'story-too-long',
      params: { story: story.id, got: story.articles.length, max: MAX_STORY_ARTICLES },
    });
  }
  return {
    story,
    articles: story.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined),
  };
}

/**
 * Compares a pair with the engine under the given equivalences, then applies the folder's hand corrections of that
 * pair when it has any (as the story view's worker does).
 */
export function correctedComparer(
  pairs: readonly { articles: readonly [string, string]; corrections: readonly Correction[] }[],
  equivalence?: TextEquivalence,
): (a: Article, b: Article) => Comparison {
  return (a, b) => {
    const base = compare(a, b, equivalence);
    const [first, second] = a.id <= b.id ? [a.id, b.id] : [b.id, a.id];
    const corrections =
      pairs.find((p) => p.articles[0] === first && p.articles[1] === second)?.corrections ?? [];
    return corrections.length ? applyCorrections(base, corrections, a, b, equivalence) : base;
  };
}

/** The report input of an analysed story. */
export function storyReportInput(
  analysis: StoryAnalysis,
  extra: { exportedAt: string; appVersion: string; font: ReportFont; orderBy?: number; demo?: boolean },
): StoryReportInput {
  const input: StoryReportInput = {
    title: analysis.title,
    articles: analysis.articles,
    collation: analysis.collation,
    graph: analysis.graph,
    coverage: analysis.coverage,
    inferences: analysis.inferences,
    versions: analysis.versions,
    exportedAt: extra.exportedAt,
    appVersion: extra.appVersion,
    font: extra.font,
  };
  if (extra.orderBy !== undefined) input.orderBy = extra.orderBy;
  if (extra.demo) input.demo = true;
  return input;
}

/** Renders a story report, prints it with the given printer and writes its metadata: the PDF's bytes. */
export async function renderStoryPdf(
  input: StoryReportInput,
  options: StoryReportOptions,
  printer: PdfPrinter,
): Promise<Uint8Array> {
  const html = renderStoryReport(input, options);
  const pdf = await printer.print(html, {
    paper: options.paper ?? 'a4',
    landscape: options.landscape ?? true,
  });
  return setPdfMetadata(pdf, storyReportMetadata(input, options));
}
