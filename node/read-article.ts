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
import { noticeMessage } from '../shared/i18n/notice';
import type { Notice } from '../shared/ipc/notice';

/** Default size limit for one article file (a setting). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** An article file that cannot be loaded; `reason` is why, as a code with parameters (worded at the edges). */
export class ArticleReadError extends Error {
  override name = 'ArticleReadError';
  constructor(
    readonly path: string,
    readonly reason: Notice,
  ) {
    super(`${path}: ${noticeMessage(reason)}`);
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
    throw new ArticleReadError(articleId, fsErrorNotice(error));
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
      throw new ArticleReadError(id, { code: 'skip-binary' });
    }
    throw error;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { id, sha256, encoding: decoded.encoding, size: bytes.byteLength };
  const options = rules ? { rules } : {};
  let article: Article;
  if (html) {
    const { text, meta } = extractPage(id, decoded.text);
    if (!text.trim()) throw new ArticleReadError(id, { code: 'skip-no-html-text' });
    article = parseArticle({ ...base, text, meta }, options);
  } else {
    if (!decoded.text.trim()) throw new ArticleReadError(id, { code: 'skip-blank' });
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
      throw new ArticleReadError(id, { code: 'skip-html-too-nested', params: { limit: error.limit } });
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
  if (size === 0) throw new ArticleReadError(id, { code: 'skip-empty' });
  if (size > maxBytes) {
    throw new ArticleReadError(id, {
      code: 'skip-too-large',
      params: { size: megabytes(size), limit: megabytes(maxBytes) },
    });
  }
}

/** Megabytes to one decimal: 12.04 MB gives 12. */
function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Why a path that is not a regular file was not read, by what it turned out to be. */
const NOT_REGULAR: Record<SpecialFileKind, Notice> = {
  folder: { code: 'skip-is-folder' },
  pipe: { code: 'skip-pipe' },
  device: { code: 'skip-device' },
  socket: { code: 'skip-socket' },
  other: { code: 'skip-not-file' },
};

/** Why a filesystem error stopped a file from being read, as a notice. */
export function fsErrorNotice(error: unknown): Notice {
  if (error instanceof NotRegularFileError) return NOT_REGULAR[error.kind];
  switch (errorCode(error)) {
    case 'ENOENT':
      return { code: 'skip-gone' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'skip-denied' };
    case 'EISDIR':
      return { code: 'skip-is-folder' };
    case 'ENXIO':
      return { code: 'skip-socket' };
    case 'EMFILE':
    case 'ENFILE':
      return { code: 'skip-too-many-open' };
    default:
      return {
        code: 'skip-unreadable',
        params: { error: errorCode(error) ?? (error instanceof Error ? error.message : String(error)) },
      };
  }
}
