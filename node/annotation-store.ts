import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { reanchorFile, type AnchorText, type ReanchorReport } from '../shared/notes/anchor';
import { ANNOTATION_SCHEMA_VERSION, emptyAnnotationFile, type AnnotationFile } from '../shared/notes/model';
import type { NotesNoticeCode } from '../shared/notes/ipc';
import type { Notice } from '../shared/ipc/notice';
import { NoticeError, noticeMessage } from '../shared/i18n/notice';
import { mergeAnnotationFiles, type MergeReport } from '../shared/notes/ops';
import { declaredSchemaVersion, fromW3c, toW3c, type TextLookup } from '../shared/notes/w3c';
import { writeFileNoFollow } from './atomic-write';
import { errorCode, readFileNoFollow } from './fs-like';
import { nullLogger, type Logger } from './logger';
import { withFileLock } from './state-lock';
import {
  LinkedStateError,
  READ_ONLY_CODES,
  MAX_STATE_BYTES,
  STATE_DIR,
  moveStateAside,
  refuseLinkedState,
  type StateFileNotice,
} from './state-file';

/** File name of the notes inside `<folder>/.recoupe/`. */
export const ANNOTATIONS_FILE = 'annotations.json';
/** Larger notes files are not read (reported as damaged): the state files' cap, which holds tens of thousands of notes. */
export const MAX_ANNOTATIONS_BYTES = MAX_STATE_BYTES;
/** Default wait after the last change before saving. */
export const SAVE_DEBOUNCE_MS = 500;
/** Longest a change waits for a save while changes keep coming. */
const SAVE_MAX_WAIT_MS = 5_000;

/** The filesystem calls the store makes; injectable so tests can simulate read-only folders and failures. */
export interface AnnotationFs {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number }>;
  lstat(path: string): Promise<{ isSymbolicLink(): boolean }>;
  /** Writes through a temporary file, fsyncs and renames it over `path`. */
  writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Runs `work` holding the lock of `path` (default: `withFileLock`, a lock file beside it). */
  withLock?<R>(path: string, work: () => Promise<R>): Promise<R>;
}

/** The real filesystem, with atomic writes (fsync on) that never follow a symbolic link. */
export const nodeAnnotationFs: AnnotationFs = {
  readFile: (path) => readFileNoFollow(path),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  writeFileAtomic: (path, data) => writeFileNoFollow(path, data),
  rename: (from, to) => fsp.rename(from, to),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  unlink: (path) => fsp.unlink(path),
};

/** Why a notes file could not be used. */
export type LoadProblemKind =
  | 'too-large'
  | 'not-utf8'
  | 'invalid-json'
  | 'unsafe-keys'
  | 'future-version'
  | 'invalid-schema'
  | 'unreadable';

/** A notes file that could not be used (it is left in place; a save over it moves it aside first). */
export interface LoadProblem {
  file: string;
  kind: LoadProblemKind;
  /** Technical detail for the log (the JSON error, the schema issue…). */
  detail: string;
}

/** Where the notes are kept: in the folder, or in the app's data folder when the folder cannot be written. */
export type StoreLocation = 'folder' | 'data-dir';

/** What loading found, for the log and the user. */
export interface LoadReport {
  /** `file`: the notes file; `backup`: its `.bak`, the file being damaged; `empty`: nothing usable; `new`: no notes yet. */
  source: 'file' | 'backup' | 'empty' | 'new';
  location: StoreLocation;
  /** Where the notes are saved. */
  path: string;
  problems: LoadProblem[];
  /** Notes merged in from the copy kept in the app's data folder while the folder was read-only. */
  mergedFromDataDir?: MergeReport;
  /** What re-anchoring against the current articles changed. */
  reanchored: ReanchorReport;
}

/**
 * Something the user should be told, with the file it is about: the state files' notice (`damaged`: read and left in
 * place; `moved-aside`: set aside as `aside` by a save), or one of the notes' own codes (`linked`: `.recoupe/` or the
 * notes file is a link, not used; `read-only`: notes kept in the app's data folder; `merged`; `save-failed`).
 */
export interface StoreNotice extends Omit<StateFileNotice, 'code' | 'what'> {
  code: NotesNoticeCode;
  /** Why a `damaged` or `moved-aside` file could not be used. */
  problem?: LoadProblemKind;
  /** What the user is told, as a code with parameters (`message` is its English wording, for the log). */
  notice: Notice;
}

/** A notes notice: its code, file and notice, and the notice's English wording as `message`. */
function storeNotice(fields: Omit<StoreNotice, 'message'>): StoreNotice {
  return { ...fields, message: noticeMessage(fields.notice) };
}

/** Options of `AnnotationStore.open`. */
export interface AnnotationStoreOptions {
  /** The opened folder (real path). */
  root: string;
  /** The app's data folder: notes of read-only folders are kept under `<dataDir>/annotations/`. */
  dataDir: string;
  /** The folder's current articles, to convert positions and re-anchor notes. */
  articles: readonly AnchorText[];
  fs?: AnnotationFs;
  logger?: Logger;
  debounceMs?: number;
  /** Never write anything (the CLI). Reading never writes nor moves anything in any case. */
  readOnly?: boolean;
  /** Clock for file names and times (tests). */
  now?: () => Date;
  /** Told about every notice as it happens (the UI shows them). */
  onNotice?: (notice: StoreNotice) => void;
  /** Told when the notes changed other than by `replace` (merged with changes made on disk). */
  onExternalChange?: (file: AnnotationFile) => void;
}

/** Path of a folder's notes file. */
export function annotationsPath(root: string): string {
  return join(root, STATE_DIR, ANNOTATIONS_FILE);
}

/** Path of the copy kept in the app's data folder for a folder that cannot be written. */
export function dataDirAnnotationsPath(dataDir: string, root: string): string {
  const hash = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const name =
    basename(root)
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .slice(0, 60) || 'folder';
  return join(dataDir, 'annotations', `${name}-${hash}.json`);
}

/** What reading one notes file gave. */
export type ReadOutcome =
  | { kind: 'missing' }
  | { kind: 'ok'; file: AnnotationFile; bytes: Uint8Array }
  | { kind: 'bad'; problem: LoadProblemKind; detail: string };

/**
 * A folder's notes: loaded (damaged files reported and left in place, set aside only by a save), re-anchored on the current articles,
 * saved debounced and atomically with the previous version kept as `.bak`, merged with changes made on disk.
 */
export class AnnotationStore {
  private state: AnnotationFile;
  private articles: readonly AnchorText[];
  private currentLocation: StoreLocation;
  /** sha256 of the bytes last read from or written to the save path; a different file on disk is merged first. */
  private diskDigest: string | null;
  private version = 0;
  private savedVersion = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending: number | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly noticeList: StoreNotice[] = [];
  private readonly fs: AnnotationFs;
  private readonly logger: Logger;
  private readonly now: () => Date;

  private constructor(
    private readonly options: AnnotationStoreOptions,
    loaded: { file: AnnotationFile; location: StoreLocation; digest: string | null },
    readonly report: LoadReport,
  ) {
    this.state = loaded.file;
    this.articles = options.articles;
    this.currentLocation = loaded.location;
    this.diskDigest = loaded.digest;
    this.fs = options.fs ?? nodeAnnotationFs;
    this.logger = options.logger ?? nullLogger;
    this.now = options.now ?? (() => new Date());
  }

  /** Loads a folder's notes; never throws for a damaged file (see `report.problems` and `notices`), never writes. */
  static async open(options: AnnotationStoreOptions): Promise<AnnotationStore> {
    const fs = options.fs ?? nodeAnnotationFs;
    const logger = options.logger ?? nullLogger;
    const textOf = lookupIn(options.articles);
    const notices: StoreNotice[] = [];
    const problems: LoadProblem[] = [];
    const main = annotationsPath(options.root);
    const fallback = dataDirAnnotationsPath(options.dataDir, options.root);
    let location: StoreLocation = 'folder';
    try {
      await refuseLinkedState(options.root, main, fs);
    } catch (error) {
      if (!(error instanceof LinkedStateError)) throw error;
      location = 'data-dir';
      notices.push(
        storeNotice({
          code: 'linked',
          file: main,
          notice: { code: 'notes-linked', params: { file: main, fallback } },
        }),
      );
    }

    /** Reads one file; a damaged one is recorded and left in place. */
    const readChecked = async (path: string): Promise<ReadOutcome> => {
      const outcome = await readAnnotationFile(fs, path, textOf);
      if (outcome.kind !== 'bad') return outcome;
      problems.push({ file: path, kind: outcome.problem, detail: outcome.detail });
      logger.warn(`notes: ${path} not used (${outcome.problem}: ${outcome.detail}); left in place`);
      return outcome;
    };

    let file = emptyAnnotationFile();
    let source: LoadReport['source'] = 'new';
    let digest: string | null = null;
    if (location === 'folder') {
      const first = await readChecked(main);
      if (first.kind === 'ok') {
        file = first.file;
        source = 'file';
        digest = digestOf(first.bytes);
      } else if (first.kind === 'bad') {
        const backup = await readChecked(`${main}.bak`);
        source = backup.kind === 'ok' ? 'backup' : 'empty';
        if (backup.kind === 'ok') file = backup.file;
        const problem = problems[0]!;
        const keep = problem.kind === 'unreadable' || problem.kind === 'future-version';
        notices.push(
          storeNotice({
            code: 'damaged',
            problem: problem.kind,
            file: main,
            notice: damagedNotice(problem, source, `${main}.bak`, keep),
          }),
        );
        if (keep) {
          location = 'data-dir';
          notices.push(
            storeNotice({
              code: 'read-only',
              file: main,
              notice: { code: 'notes-not-overwritten', params: { file: main, fallback } },
            }),
          );
        }
      }
    }

    let mergedFromDataDir: MergeReport | undefined;
    const kept = await readChecked(fallback);
    if (kept.kind === 'ok') {
      if (location === 'data-dir') {
        const merged = mergeAnnotationFiles(kept.file, file);
        file = merged.file;
        digest = digestOf(kept.bytes);
      } else {
        const merged = mergeAnnotationFiles(file, kept.file);
        file = merged.file;
        mergedFromDataDir = merged.report;
        if (merged.report.added + merged.report.updated + merged.report.deleted > 0) {
          notices.push(
            storeNotice({
              code: 'merged',
              file: fallback,
              notice: { code: 'notes-merged', params: { fallback, file: main } },
            }),
          );
        }
      }
      if (source === 'new' || source === 'empty') source = 'file';
    } else if (kept.kind === 'bad') {
      const problem = problems[problems.length - 1]!;
      notices.push(
        storeNotice({
          code: 'damaged',
          problem: problem.kind,
          file: fallback,
          notice: damagedNotice(problem, 'empty', undefined, false),
        }),
      );
    }

    const reanchored = reanchorFile(file, options.articles);
    const path = location === 'folder' ? main : fallback;
    const store = new AnnotationStore(
      options,
      { file: reanchored.file, location, digest },
      {
        source,
        location,
        path,
        problems,
        ...(mergedFromDataDir ? { mergedFromDataDir } : {}),
        reanchored: reanchored.report,
      },
    );
    for (const notice of notices) store.notify(notice);
    const movedBack = location === 'folder' && kept.kind === 'ok';
    if (reanchored.file !== file || movedBack) store.markChanged();
    logger.info(`notes: loaded ${file.notes.length} notes for ${options.root} from ${source} (${location})`);
    return store;
  }

  /** The current notes. */
  get file(): AnnotationFile {
    return this.state;
  }

  /** Where the notes are saved now. */
  get location(): StoreLocation {
    return this.currentLocation;
  }

  /** The file the notes are saved to now. */
  get path(): string {
    return this.currentLocation === 'folder'
      ? annotationsPath(this.options.root)
      : dataDirAnnotationsPath(this.options.dataDir, this.options.root);
  }

  /** Everything the user was told so far (damaged files, read-only folder, merges, failed saves). */
  get notices(): readonly StoreNotice[] {
    return this.noticeList;
  }

  /** True while changes wait to be written. */
  get dirty(): boolean {
    return this.version !== this.savedVersion;
  }

  /** Replaces the notes (after an op) and schedules a save. */
  replace(file: AnnotationFile): void {
    if (this.closed)
      throw new Error(`the notes of ${this.options.root} are closed; reopen the folder to edit them`);
    this.state = file;
    this.markChanged();
  }

  /** Re-anchors the notes on the folder's new articles (the folder changed on disk); saves if anything moved. */
  setArticles(articles: readonly AnchorText[]): ReanchorReport {
    this.articles = articles;
    const { file, report } = reanchorFile(this.state, articles);
    if (file !== this.state) {
      this.state = file;
      this.markChanged();
    }
    return report;
  }

  /** Schedules a save after `debounceMs` without changes (at most `SAVE_MAX_WAIT_MS` after the first one). */
  save(): void {
    if (this.closed || this.options.readOnly) return;
    const now = Date.now();
    this.firstPending ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(
      0,
      Math.min(this.options.debounceMs ?? SAVE_DEBOUNCE_MS, this.firstPending + SAVE_MAX_WAIT_MS - now),
    );
    this.timer = setTimeout(() => {
      this.flush().catch((error: unknown) => this.logger.error('notes: save failed', error));
    }, wait);
  }

  /** Writes pending changes now; resolves once they are on disk (rejects with a message naming the file if they cannot be). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstPending = null;
    const next = this.writing.then(() => (this.dirty && !this.options.readOnly ? this.write() : undefined));
    this.writing = next.catch(() => undefined);
    return next;
  }

  /**
   * Merges in the notes file as saved elsewhere (another window, the CLI, a sync client) when it differs from what
   * this store last read or wrote; resolves to true when the notes changed. A damaged file is left for the next save.
   */
  async reload(): Promise<boolean> {
    if (this.closed) return false;
    let changed = false;
    const run = this.writing.then(async () => {
      const path = this.path;
      let bytes: Uint8Array;
      try {
        bytes = await this.fs.readFile(path);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return;
        throw error;
      }
      if (digestOf(bytes) === this.diskDigest) return;
      const theirs = parseAnnotationBytes(bytes, lookupIn(this.articles));
      if (theirs.kind !== 'ok') return;
      const merged = mergeAnnotationFiles(this.state, reanchorFile(theirs.file, this.articles).file);
      this.diskDigest = digestOf(bytes);
      const { added, updated, deleted } = merged.report;
      if (added + updated + deleted === 0) return;
      this.state = merged.file;
      changed = true;
      this.logger.info(
        `notes: ${path} changed on disk; reloaded (${added} added, ${updated} updated, ${deleted} deleted)`,
      );
      this.options.onExternalChange?.(this.state);
    });
    this.writing = run.catch(() => undefined);
    await run;
    return changed;
  }

  /** Flushes and stops: later changes are refused. Call on folder close and on quit. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  /** Counts a change and schedules a save. */
  private markChanged(): void {
    this.version++;
    this.save();
  }

  /** Records and passes on a notice. */
  private notify(notice: StoreNotice): void {
    this.noticeList.push(notice);
    this.options.onNotice?.(notice);
  }

  /** One save: merge what changed on disk, keep the previous file as `.bak`, write atomically; data folder if read-only. */
  private async write(): Promise<void> {
    const version = this.version;
    try {
      await this.writeTo(this.path);
    } catch (error) {
      const linked = error instanceof LinkedStateError;
      if (this.currentLocation === 'folder' && (linked || READ_ONLY_CODES.has(errorCode(error) ?? ''))) {
        const folderPath = this.path;
        this.currentLocation = 'data-dir';
        this.diskDigest = null;
        this.notify(
          storeNotice(
            linked
              ? {
                  code: 'linked',
                  file: folderPath,
                  notice: { code: 'notes-linked', params: { file: folderPath, fallback: this.path } },
                }
              : {
                  code: 'read-only',
                  file: folderPath,
                  notice: {
                    code: 'notes-read-only',
                    params: { root: this.options.root, error: errorCode(error) ?? '', fallback: this.path },
                  },
                },
          ),
        );
        this.logger.warn(`notes: ${folderPath} not writable, saving to ${this.path}`, error);
        await this.writeOrReport(this.path);
      } else {
        this.reportSaveFailure(this.path, error);
      }
    }
    if (this.version === version) this.savedVersion = version;
    else this.save();
  }

  /** `writeTo`, turning a failure into a notice and a rejection naming the file. */
  private async writeOrReport(path: string): Promise<void> {
    try {
      await this.writeTo(path);
    } catch (error) {
      this.reportSaveFailure(path, error);
    }
  }

  /** Tells the user a save failed and throws with the same message. */
  private reportSaveFailure(path: string, error: unknown): never {
    const reason = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
    const notice = storeNotice({
      code: 'save-failed',
      file: path,
      notice: { code: 'notes-save-failed', params: { file: path, error: reason } },
    });
    this.notify(notice);
    this.logger.error(`notes: saving ${path} failed`, error);
    throw new NoticeError(notice.notice);
  }

  /** Writes the notes to `path` under its lock, merging first with a version written there by someone else since we last looked. */
  private async writeTo(path: string): Promise<void> {
    const textOf = lookupIn(this.articles);
    const inFolder = path === annotationsPath(this.options.root);
    if (inFolder) await refuseLinkedState(this.options.root, path, this.fs);
    await this.fs.mkdir(dirname(path));
    if (inFolder) await refuseLinkedState(this.options.root, path, this.fs);
    await (this.fs.withLock ?? withFileLock)(path, () => this.mergeAndWrite(path, textOf));
    if (this.currentLocation === 'folder') await this.dropDataDirCopy();
  }

  /** Under the lock: merges the notes with the file as it is now if someone else wrote it, and writes them. */
  private async mergeAndWrite(path: string, textOf: TextLookup): Promise<void> {
    let previous: Uint8Array | null = null;
    try {
      previous = await this.fs.readFile(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    if (previous && digestOf(previous) !== this.diskDigest) {
      const theirs = parseAnnotationBytes(previous, textOf);
      if (theirs.kind === 'ok') {
        const merged = mergeAnnotationFiles(this.state, reanchorFile(theirs.file, this.articles).file);
        this.state = merged.file;
        const { added, updated, deleted } = merged.report;
        this.logger.info(
          `notes: ${path} changed on disk; merged (${added} added, ${updated} updated, ${deleted} deleted there)`,
        );
        this.options.onExternalChange?.(this.state);
      } else if (theirs.kind === 'bad') {
        const aside = await moveStateAside(path, this.now(), this.fs);
        previous = null;
        const notice = storeNotice({
          code: 'moved-aside',
          problem: theirs.problem,
          file: path,
          aside,
          notice: { code: 'notes-moved-aside', params: { file: path, aside, problem: theirs.problem } },
        });
        this.logger.warn(`notes: ${notice.message} (${theirs.detail})`);
        this.notify(notice);
      }
    }
    if (previous) await this.fs.writeFileAtomic(`${path}.bak`, previous);
    const text = `${JSON.stringify(toW3c(this.state, textOf), null, 2)}\n`;
    const bytes = new TextEncoder().encode(text);
    await this.fs.writeFileAtomic(path, bytes);
    this.diskDigest = digestOf(bytes);
  }

  /** Removes the data-folder copy once the folder holds everything it had (it was merged in at load). */
  private async dropDataDirCopy(): Promise<void> {
    if (this.report.location !== 'folder' || !this.report.mergedFromDataDir) return;
    const copy = dataDirAnnotationsPath(this.options.dataDir, this.options.root);
    await this.fs.unlink(copy).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') this.logger.warn(`notes: could not remove ${copy}`, error);
    });
    await this.fs.unlink(`${copy}.bak`).catch(() => undefined);
  }
}

/** Reads and validates one notes file. */
export async function readAnnotationFile(
  fs: AnnotationFs,
  path: string,
  textOf: TextLookup,
): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    const { size } = await fs.stat(path);
    if (size > MAX_ANNOTATIONS_BYTES) {
      return {
        kind: 'bad',
        problem: 'too-large',
        detail: `${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_ANNOTATIONS_BYTES / 1024 / 1024} MB a notes file can hold`,
      };
    }
    bytes = await fs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', problem: 'unreadable', detail: errorCode(error) ?? String(error) };
  }
  return parseAnnotationBytes(bytes, textOf);
}

/** Decodes, parses and validates the bytes of a notes file. */
export function parseAnnotationBytes(bytes: Uint8Array, textOf: TextLookup): ReadOutcome {
  if (bytes.length > MAX_ANNOTATIONS_BYTES) {
    return {
      kind: 'bad',
      problem: 'too-large',
      detail: `more than ${MAX_ANNOTATIONS_BYTES / 1024 / 1024} MB`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'bad', problem: 'not-utf8', detail: 'not UTF-8 text (binary bytes)' };
  }
  let unsafeKey = false;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') unsafeKey = true;
      return value;
    });
  } catch (error) {
    return {
      kind: 'bad',
      problem: 'invalid-json',
      detail: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (unsafeKey)
    return {
      kind: 'bad',
      problem: 'unsafe-keys',
      detail: 'contains a "__proto__", "constructor" or "prototype" key',
    };
  const version = declaredSchemaVersion(json);
  if (version !== undefined && version > ANNOTATION_SCHEMA_VERSION) {
    return {
      kind: 'bad',
      problem: 'future-version',
      detail: `schema version ${version}; this Recoupe reads version ${ANNOTATION_SCHEMA_VERSION}`,
    };
  }
  const parsed = fromW3c(json, textOf);
  if (!parsed.ok) return { kind: 'bad', problem: 'invalid-schema', detail: parsed.problem };
  return { kind: 'ok', file: parsed.file, bytes };
}

/**
 * The notice of a notes file that could not be used: what is wrong with it, whether Recoupe opened the backup
 * instead, and whether the file is `kept` untouched (never written over) or will be moved aside by a save.
 */
function damagedNotice(
  problem: LoadProblem,
  source: LoadReport['source'],
  backup: string | undefined,
  kept: boolean,
): Notice {
  const fromBackup = source === 'backup' && backup !== undefined;
  const code = kept
    ? fromBackup
      ? 'notes-damaged-kept-backup'
      : 'notes-damaged-kept'
    : fromBackup
      ? 'notes-damaged-backup'
      : 'notes-damaged';
  return {
    code,
    params: {
      file: problem.file,
      problem: problem.kind,
      ...(fromBackup ? { backup } : {}),
    },
  };
}

/** Text lookup over the current articles: by id and sha256, else by sha256 alone (a renamed file). */
function lookupIn(articles: readonly AnchorText[]): TextLookup {
  return (id, sha256) =>
    (articles.find((a) => a.id === id && a.sha256 === sha256) ?? articles.find((a) => a.sha256 === sha256))
      ?.text;
}

/** sha256 of bytes, hex. */
function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
