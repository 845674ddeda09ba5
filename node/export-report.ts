import { realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { inferOutletsFor, isUnattributed, type OutletInference } from '../shared/article/attribute-by-reuse';
import { applyOutletCorrections } from '../shared/article/corrections';
import { groupStories } from '../shared/article/stories';
import type { Article } from '../shared/article/model';
import type { Note, TagDef } from '../shared/notes/model';
import { buildReportInput } from '../shared/report/build-input';
import type { ReportInput } from '../shared/report/input';
import { reportMetadata } from '../shared/report/metadata';
import type { ReportOptions } from '../shared/report/options';
import { renderComparisonReport } from '../shared/report/render';
import type { TextEquivalence } from '../shared/text/fold';
import { AlignmentStore } from './alignment-store';
import { closestId, listArticleIds } from './closest-article';
import { isDemoFolder } from './demo-folder';
import { AnnotationStore } from './annotation-store';
import { readClaimsState } from './claims-state';
import { loadCorrections } from './folder-state';
import { nullLogger, type Logger } from './logger';
import { setPdfMetadata } from './pdf-metadata';
import type { PdfPrinter } from './print-pdf';
import { ArticleReadError, readArticleFile } from './read-article';
import { loadReportFont } from './report-font';
import { FolderError, isInside, scanFolder } from './scan-folder';
import { stateNotice } from './state-file';
import { readWatchlist } from './watchlist';
import { readLexicon } from './lexicon';
import type { Notice } from '../shared/ipc/notice';
import { NoticeError } from '../shared/i18n/notice';

/** Which comparison of which folder to export. */
export interface ExportRequest {
  /** The folder of articles. */
  root: string;
  /** Article ids (paths relative to the folder) of the reference text A and the compared text B. */
  a: string;
  b: string;
  lang: ReportOptions['lang'];
  appVersion: string;
  /** Export time; now when absent. */
  exportedAt?: string;
  /** The app's data folder, where notes of read-only folders are kept (default: the platform's Recoupe folder). */
  dataDir?: string;
  logger?: Logger;
  /** The articles as the open session holds them (outlet corrections applied); read from the folder when absent. */
  articles?: readonly [Article, Article];
  /** The live notes of the open session (already saved); read from the folder when absent. */
  notes?: { notes: readonly Note[]; tags: readonly TagDef[] };
  /** The view's equivalences (ignore case, punctuation, typography); none when absent. */
  equivalence?: TextEquivalence;
  /**
   * The open folder's outlets inferred by reuse; the report shows those of the pair as inferences. When absent and an
   * article of the pair has no outlet, the folder is read to infer it as the folder view does.
   */
  inferences?: readonly OutletInference[];
  /** Files larger than this are left out of the folder read to infer an outlet (default: the reader's). */
  maxBytes?: number;
}

/** A report's input, and what the user should know about the saved work read for it. */
export interface LoadedReport {
  input: ReportInput;
  /** What the user should know about the saved work read (codes with parameters). */
  warnings: Notice[];
}

/** Thrown when the request names files that cannot be exported; the notice names the file and what to do. */
export class ExportRequestError extends NoticeError {
  override name = 'ExportRequestError';
}

/**
 * Reads the two articles of a folder and everything saved about them (outlet corrections, the pair's alignment
 * corrections, notes, claims corrections, watched phrases, lexicon), then builds the report's input. Never writes to the
 * folder except to move a damaged state file aside, as every reader does.
 */
export async function loadReportInput(request: ExportRequest): Promise<LoadedReport> {
  const logger = request.logger ?? nullLogger;
  let root: string;
  try {
    root = await realpath(request.root);
  } catch {
    throw new ExportRequestError({ code: 'export-folder-unreadable', params: { folder: request.root } });
  }
  const warnings: Notice[] = [];
  const [a, b] = request.articles ?? (await readPair(root, request, logger, warnings));

  const alignmentStore = new AlignmentStore(root, logger);
  const alignment = await alignmentStore.corrections(a.id, b.id);
  const alignmentNotice = alignmentStore.takeNotice();
  if (alignmentNotice) warnings.push(stateNotice(alignmentNotice), { code: 'state-alignment-left-out' });

  const { notes: folderNotes, tags } =
    request.notes ?? (await readNotes(root, [a, b], request.dataDir, logger, warnings));
  const claimsState = await readClaimsState(root, logger);
  if (claimsState.notice) warnings.push(stateNotice(claimsState.notice));
  const inferences = request.inferences ?? (await inferForPair(root, [a, b], request, logger));
  const watchlist = await readWatchlist(root, logger);
  if (watchlist.notice) warnings.push(stateNotice(watchlist.notice));
  const lexicon = await readLexicon(root, logger);
  if (lexicon.notice) warnings.push(stateNotice(lexicon.notice));

  const input = buildReportInput({
    a,
    b,
    lang: request.lang,
    ...(request.equivalence ? { compareOptions: request.equivalence } : {}),
    alignment,
    notes: folderNotes,
    tags,
    claimCorrections: claimsState.value.corrections,
    watchlist: watchlist.value.phrases,
    inferences,
    lexicon: lexicon.value.entries,
    exportedAt: request.exportedAt ?? new Date().toISOString(),
    appVersion: request.appVersion,
    font: await loadReportFont(),
  });
  if (await isDemoFolder(root)) input.demo = true;
  return { input, warnings };
}

/** Reads the pair's two articles from the folder and applies the folder's outlet corrections. */
async function readPair(
  root: string,
  request: ExportRequest,
  logger: Logger,
  warnings: Notice[],
): Promise<[Article, Article]> {
  const [rawA, rawB] = await Promise.all([readInFolder(root, request.a), readInFolder(root, request.b)]);
  const { corrections, notice } = await loadCorrections(root, logger);
  if (notice) warnings.push(stateNotice(notice));
  return applyOutletCorrections([rawA, rawB], corrections) as [Article, Article];
}

/**
 * The outlets inferred by reuse for the pair's articles that nothing attributes, as the folder view infers them: the
 * folder is read and grouped into stories (both needed to know which articles to measure against), then only the
 * pairs joining one of the two to an attributed article of its story are measured. Nothing is read when both
 * articles have an outlet.
 */
async function inferForPair(
  root: string,
  pair: readonly [Article, Article],
  request: ExportRequest,
  logger: Logger,
): Promise<OutletInference[]> {
  const ids = pair.filter(isUnattributed).map((a) => a.id);
  if (ids.length === 0) return [];
  let scan;
  try {
    scan = await scanFolder(root, {
      logger,
      ...(request.maxBytes === undefined ? {} : { maxBytes: request.maxBytes }),
    });
  } catch (error) {
    if (error instanceof FolderError) throw new ExportRequestError(error.notice);
    throw error;
  }
  // The corrections file's notice, if any, was already given when the pair was read.
  const { corrections } = await loadCorrections(root, logger);
  const articles = applyOutletCorrections(scan.articles, corrections);
  return inferOutletsFor(ids, articles, groupStories(articles, corrections));
}

/** Reads the folder's saved notes, read-only, re-anchored on the pair. */
async function readNotes(
  root: string,
  articles: readonly Article[],
  dataDir: string | undefined,
  logger: Logger,
  warnings: Notice[],
): Promise<{ notes: readonly Note[]; tags: readonly TagDef[] }> {
  const store = await AnnotationStore.open({
    root,
    dataDir: dataDir ?? defaultDataDir(process.env),
    articles,
    readOnly: true,
    logger,
  });
  warnings.push(...store.notices.map((n) => n.notice));
  const { notes, tags } = store.file;
  await store.close();
  return { notes, tags };
}

/** Reads one article of the folder by id; refuses ids that leave the folder. */
async function readInFolder(root: string, id: string): Promise<Article> {
  // A backslash separates folders only on Windows: elsewhere it is a character of the file's name.
  const clean = (sep === '\\' ? id.replace(/\\/g, '/') : id).replace(/^\.\//, '');
  const abs = resolve(root, ...clean.split('/'));
  if (!isInside(root, abs) || abs === root) {
    throw new ExportRequestError({ code: 'export-not-inside', params: { id, root } });
  }
  const real = await realpath(abs).catch(() => abs);
  if (!isInside(root, real))
    throw new ExportRequestError({ code: 'export-link-outside', params: { id, root } });
  const found = await stat(abs).catch(() => null);
  if (!found) {
    const closest = closestId(clean, await listArticleIds(root));
    throw new ExportRequestError(
      closest
        ? { code: 'article-missing-closest', params: { file: id, where: root, closest } }
        : { code: 'article-missing', params: { file: id, where: root } },
    );
  }
  if (found.isDirectory())
    throw new ExportRequestError({ code: 'article-is-folder', params: { file: id, where: root } });
  try {
    return await readArticleFile(abs, clean);
  } catch (error) {
    if (error instanceof ArticleReadError)
      throw new ExportRequestError({
        code: 'export-article-unreadable',
        params: { ...error.reason.params, id, root, reason: error.reason.code },
      });
    throw error;
  }
}

/** Where Electron keeps Recoupe's data on this platform (`RECOUPE_DATA_DIR` overrides it). */
export function defaultDataDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.RECOUPE_DATA_DIR) return env.RECOUPE_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Recoupe');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Recoupe');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Recoupe');
}

/** Renders a report to HTML, prints it with the given printer and writes its metadata: the PDF's bytes. */
export async function renderReportPdf(
  input: ReportInput,
  options: ReportOptions,
  printer: PdfPrinter,
): Promise<Uint8Array> {
  const html = renderComparisonReport(input, options);
  const pdf = await printer.print(html, { paper: options.paper, landscape: options.landscape });
  return setPdfMetadata(pdf, reportMetadata(input, options));
}
