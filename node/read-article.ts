import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Article } from '../shared/article/model';
import { parseArticle } from '../shared/article/parse-article';
import type { OutletRules } from '../shared/article/outlet-rules';
import { BinaryFileError, decodeBytes, LOW_ENCODING_CONFIDENCE, type Decoded } from './decode';
import { extractHtml, HtmlNestingError, type ExtractedHtml } from './extract-html';
import {
  FileTooLargeError,
  NotRegularFileError,
  errorCode,
  nodeFs,
  type FsLike,
  type SpecialFileKind,
} from './fs-like';

/** Default size limit for one article file (a setting). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** An article file that cannot be loaded; `reason` is shown to the user as is. */
export class ArticleReadError extends Error {
  override name = 'ArticleReadError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Options for reading one article file. */
export interface ReadArticleOptions {
  /** Files larger than this are refused (default 10 MB). */
  maxBytes?: number;
  fs?: FsLike;
  rules?: OutletRules;
}

/** Reads, decodes and parses one article file (`.txt`, `.md`, `.html`); throws ArticleReadError with a user-facing reason. */
export async function readArticleFile(
  absPath: string,
  id?: string,
  options: ReadArticleOptions = {},
): Promise<Article> {
  const fs = options.fs ?? nodeFs;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const articleId = id ?? basename(absPath);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(absPath, maxBytes);
  } catch (error) {
    if (error instanceof FileTooLargeError) checkSize(articleId, error.size, maxBytes);
    throw new ArticleReadError(articleId, describeFsError(error));
  }
  checkSize(articleId, bytes.byteLength, maxBytes);
  return articleFromBytes(articleId, bytes, extname(absPath).toLowerCase(), options.rules);
}

/** Decodes and parses an article from its raw bytes; `extension` (e.g. `.html`) picks the HTML extractor. Throws ArticleReadError. */
export function articleFromBytes(
  id: string,
  bytes: Uint8Array,
  extension: string,
  rules?: OutletRules,
): Article {
  const html = extension === '.html' || extension === '.htm';
  let decoded;
  try {
    decoded = decodeBytes(bytes, { html });
  } catch (error) {
    if (error instanceof BinaryFileError) {
      throw new ArticleReadError(
        id,
        'binary file (contains NUL bytes), not text: save the article as .txt, .md or .html',
      );
    }
    throw error;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { id, sha256, encoding: decoded.encoding, size: bytes.byteLength };
  const options = rules ? { rules } : {};
  let article: Article;
  if (html) {
    const { text, meta } = extractPage(id, decoded.text);
    if (!text.trim()) throw new ArticleReadError(id, 'no article text found in this HTML page');
    article = parseArticle({ ...base, text, meta }, options);
  } else {
    if (!decoded.text.trim()) throw new ArticleReadError(id, 'the file contains only blank space');
    article = parseArticle({ ...base, text: decoded.text }, options);
  }
  return withEncodingWarning(article, decoded);
}

/** The page's text and metadata, or the reason it cannot be read. */
function extractPage(id: string, html: string): ExtractedHtml {
  try {
    return extractHtml(html);
  } catch (error) {
    if (error instanceof HtmlNestingError)
      throw new ArticleReadError(
        id,
        `its HTML is nested more than ${error.limit} levels deep, which no article needs (a damaged or hostile page): save the article's text as .txt instead`,
      );
    throw error;
  }
}

/** The article with the confidence of a guessed encoding, and a warning when it is low: the user should check the text. */
function withEncodingWarning(article: Article, decoded: Decoded): Article {
  if (decoded.evidence !== 'guessed') return article;
  const confidence = Math.round(decoded.confidence * 100) / 100;
  if (confidence >= LOW_ENCODING_CONFIDENCE) return { ...article, encodingConfidence: confidence };
  const warning = { code: 'encoding-guessed' as const, encoding: decoded.encoding, confidence };
  return { ...article, encodingConfidence: confidence, warnings: [...article.warnings, warning] };
}

/** Refuses empty files and files over the size limit. */
function checkSize(id: string, size: number, maxBytes: number): void {
  if (size === 0) throw new ArticleReadError(id, 'empty file (0 bytes)');
  if (size > maxBytes) {
    throw new ArticleReadError(
      id,
      `file too large (${formatMB(size)}, limit ${formatMB(maxBytes)}): split it or raise the size limit in the settings`,
    );
  }
}

/** `12.0 MB`. */
function formatMB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a path that is not a regular file was not read, by what it turned out to be. */
const NOT_REGULAR: Record<SpecialFileKind, string> = {
  folder: 'this is a folder, not a file',
  pipe: 'a pipe (FIFO), not a file: it was not opened, so nothing waits on it',
  device: 'a device, not a file: it was not read',
  socket: 'a socket, not a file: Recoupe reads .txt, .md and .html files',
  other: 'not a regular file: Recoupe reads .txt, .md and .html files',
};

/** A user-facing reason for a filesystem error. */
export function describeFsError(error: unknown): string {
  if (error instanceof NotRegularFileError) return NOT_REGULAR[error.kind];
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'the file disappeared while it was being read (moved or deleted): rescan the folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: allow reading this file, then rescan';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'ENXIO':
      return 'a socket, not a file: Recoupe reads .txt, .md and .html files';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files: close other programs and rescan';
    default:
      return `cannot be read (${errorCode(error) ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
