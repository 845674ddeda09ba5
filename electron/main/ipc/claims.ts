import type { Article } from '../../../shared/article/model';
import type { ConcordanceResult } from '../../../shared/claims/concordance';
import type { ClaimsView, WatchlistView } from '../../../shared/claims/ipc';
import type { Claim, ClaimCorrection, ClaimRow } from '../../../shared/claims/model';
import { HandlerError } from '../../../shared/ipc/errors';
import { isAbortError } from '../../../node/engine-host/host';
import type { StateNotice } from '../../../shared/ipc/state-notice';
import type { UndoStepKind } from '../../../shared/ipc/undo';
import {
  addClaimCorrection,
  CLAIMS_FILE,
  claimsStatePath,
  readClaimsState,
  writeClaimsState,
} from '../../../node/claims-state';
import { NewerStateError, type StateRead } from '../../../node/state-file';
import { readWatchlist, watchlistPath, writeWatchlist } from '../../../node/watchlist';
import { lexiconPath, readLexicon, setFramingPhrase } from '../../../node/lexicon';
import type { LexiconEntry } from '../../../shared/claims/lexicon-file';
import type { FolderSession } from '../../../node/folder-session';
import { sameState, UndoConflictError, type UndoHistory } from '../../../node/undo-history';
import type { Services } from './services';
import { noticeFor, stateFileError } from './state-file-error';

/** Characters of context on each side of a concordance hit in the app. */
const CONTEXT_CHARS = 70;
/** How many matchings are kept (the open pair's, the matrix's, and a few more). */
const KEPT_MATCHINGS = 4;

/** The article a claim id (`<article>#<kind>@<start>`, or a row's `row:<claim id>`) belongs to. */
function claimArticle(id: string): string {
  const claim = id.startsWith('row:') ? id.slice('row:'.length) : id;
  const hash = claim.lastIndexOf('#');
  return hash === -1 ? claim : claim.slice(0, hash);
}

/** Throws the NOT_FOUND error of the first article of a claim the corrections name that `folder` does not have. */
function checkInFolder(folder: FolderSession, corrections: readonly ClaimCorrection[]): void {
  for (const c of corrections) {
    folder.article(claimArticle(c.claimId));
    if (c.type === 'move' && c.toClaimId !== null) folder.article(claimArticle(c.toClaimId));
  }
}

/**
 * Handlers of claims and concordance for the open folder: claims extracted lazily per request (cached by article
 * content), matched across the articles asked for with the folder's corrections (`.recoupe/claims.json`); phrase
 * search over the folder; the folder's watched phrases (`.recoupe/watchlist.json`) and the words it adds to the
 * lexicon (`.recoupe/lexicon.json`, a damaged one leaving the built-in lexicon). Extraction, matching and the
 * concordance run in the engine host (`services.engine`), with progress (`claimsProgress`) and Cancel. Every change
 * of the corrections is a step of the undo history.
 */
export function createClaimsHandlers(
  services: Services,
  folderSession: () => FolderSession | null,
  history: UndoHistory,
) {
  /** Claims by `<article id>\0<sha256>`: an article's claims change only with its id, its bytes or the lexicon. */
  const extracted = new Map<string, Claim[]>();
  /** The lexicon entries the cached claims were extracted with. */
  let extractedWith = '[]';
  /** Concordance index keys (in the engine) by folder session: a new session is indexed again. */
  const indexKeys = new WeakMap<FolderSession, string>();
  let nextIndexKey = 1;
  /** Cancel handles of the claims computations running (the pair's and the matrix's may run together). */
  const computing = new Set<AbortController>();
  /** Rows by articles (ids and contents) and corrections, most recent last: matching many articles is the slow part. */
  const matchings = new Map<string, ClaimRow[]>();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs writes one at a time, so that two quick corrections never lose one another. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  const session = (): FolderSession => {
    const current = folderSession();
    if (!current) throw new HandlerError('NO_FOLDER', 'Open a folder of articles first.');
    return current;
  };

  /** Runs `work` on a state file of the open folder, turning file problems into errors that name the file. */
  const withFile = async <T>(root: string, path: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw stateFileError(root, path, error, () => error instanceof NewerStateError);
    }
  };

  const keyOf = (article: Article): string => `${article.id}\u0000${article.sha256}`;

  /** The claims of the articles, from the cache or extracted now in the engine (progress counts articles). */
  const claimsOf = async (
    articles: readonly Article[],
    lexicon: LexiconEntry[],
    signal: AbortSignal,
  ): Promise<Claim[][]> => {
    const lexiconKey = JSON.stringify(lexicon);
    if (lexiconKey !== extractedWith) {
      extracted.clear();
      matchings.clear();
      extractedWith = lexiconKey;
    }
    const missing = articles.filter((a) => !extracted.has(keyOf(a)));
    const total = articles.length;
    const known = total - missing.length;
    if (missing.length) {
      const found = await services.engine.run(
        'extractClaims',
        { articles: missing, lexicon },
        { signal, onProgress: (done) => services.emit('claimsProgress', { done: known + done, total }) },
      );
      missing.forEach((article, i) => extracted.set(keyOf(article), found[i] ?? []));
    }
    return articles.map((a) => extracted.get(keyOf(a)) ?? []);
  };

  /** Runs a claims computation that `cancelClaims` can stop (its caller then gets a CANCELLED error). */
  const cancellable = async <T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    computing.add(controller);
    try {
      return await work(controller.signal);
    } catch (error) {
      if (isAbortError(error)) throw new HandlerError('CANCELLED', 'The claims computation was cancelled.');
      throw error;
    } finally {
      computing.delete(controller);
    }
  };

  /** Forgets the cached claims of articles no longer in the folder (or changed on disk). */
  const prune = (folder: FolderSession): void => {
    const live = new Set(folder.articles().map((a) => `${a.id}\u0000${a.sha256}`));
    for (const key of extracted.keys()) if (!live.has(key)) extracted.delete(key);
  };

  /**
   * What the window was last shown of each file (claims corrections, watched phrases): the base of its next save, so
   * that what was saved meanwhile elsewhere is merged in, not overwritten.
   */
  const shownClaims = new Map<string, ClaimCorrection[]>();
  const shownPhrases = new Map<string, string[]>();

  /** Notices of saves that set a damaged file aside, by file, until the next read tells the user. */
  const savedNotices = new Map<string, StateNotice>();

  /** Saves with `work`, keeping its notice (a damaged file set aside) for the next read of that file. */
  const save = async <T>(root: string, path: string, work: () => Promise<StateRead<T>>): Promise<T> => {
    const saved = await withFile(root, path, work);
    const notice = noticeFor(root, saved.notice);
    if (notice) savedNotices.set(path, notice);
    return saved.value;
  };

  /** The notice to show with a read of `path`: the file is damaged now, or the last save set it aside. */
  const noticeOf = (root: string, path: string, read: StateRead<unknown>): StateNotice | undefined => {
    const pending = savedNotices.get(path);
    savedNotices.delete(path);
    return noticeFor(root, read.notice) ?? pending;
  };

  /** The folder's lexicon entries and the notice of a damaged `lexicon.json` (then none: the built-in lexicon only). */
  const lexicon = async (root: string): Promise<{ entries: LexiconEntry[]; notice?: StateNotice }> => {
    const path = lexiconPath(root);
    const read = await withFile(root, path, () => readLexicon(root, services.logger));
    const notice = noticeOf(root, path, read);
    return notice ? { entries: read.value.entries, notice } : { entries: read.value.entries };
  };

  const corrections = async (root: string): Promise<{ list: ClaimCorrection[]; notice?: StateNotice }> => {
    const path = claimsStatePath(root);
    const read = await withFile(root, path, () => readClaimsState(root, services.logger));
    const notice = noticeOf(root, path, read);
    shownClaims.set(path, read.value.corrections);
    return notice ? { list: read.value.corrections, notice } : { list: read.value.corrections };
  };

  /** The corrections saved in the folder `root`. */
  const savedList = async (root: string): Promise<ClaimCorrection[]> =>
    (await withFile(root, claimsStatePath(root), () => readClaimsState(root, services.logger))).value
      .corrections;

  /** Saves `to` for Undo or Redo, unless the saved corrections are no longer `expected` (changed since). */
  const restore = (root: string, to: ClaimCorrection[], expected: ClaimCorrection[]) => (): Promise<void> =>
    serial(async () => {
      if (!sameState(await savedList(root), expected)) {
        throw new UndoConflictError(
          'changed',
          `.recoupe/${CLAIMS_FILE}`,
          'the claims corrections changed since',
        );
      }
      await save(root, claimsStatePath(root), () => writeClaimsState(root, to, services.logger, expected));
    });

  /** Saves the corrections `work` writes, recording the change as one step of the undo history. */
  const correct = (
    kind: UndoStepKind,
    work: (root: string) => Promise<StateRead<{ corrections: ClaimCorrection[] }>>,
  ): Promise<ClaimCorrection[]> =>
    serial(async () => {
      const root = session().root;
      const previous = await savedList(root);
      const { corrections: next } = await save(root, claimsStatePath(root), () => work(root));
      shownClaims.set(claimsStatePath(root), next);
      if (!sameState(previous, next))
        history.record({ kind, undo: restore(root, previous, next), redo: restore(root, next, previous) });
      return next;
    });

  return {
    /** Claims of the given articles matched across them, with the folder's corrections applied. */
    getClaims: (ids: string[]): Promise<ClaimsView> =>
      cancellable(async (signal) => {
        const folder = session();
        const articles = [...new Set(ids)].map((id) => folder.article(id));
        prune(folder);
        const { entries } = (
          await withFile(folder.root, lexiconPath(folder.root), () =>
            readLexicon(folder.root, services.logger),
          )
        ).value;
        const claims = await claimsOf(articles, entries, signal);
        const saved = await corrections(folder.root);
        const key = JSON.stringify([articles.map((a) => [a.id, a.sha256]), saved.list]);
        const rows =
          matchings.get(key) ??
          (await services.engine.run(
            'matchClaims',
            { articles, claims, corrections: saved.list },
            { signal },
          ));
        matchings.delete(key);
        matchings.set(key, rows);
        if (matchings.size > KEPT_MATCHINGS) matchings.delete(matchings.keys().next().value!);
        const inRows = new Set(rows.flatMap((r) => r.claims));
        return {
          articles: articles.map((a) => a.id),
          claims: claims.flat().filter((c) => inRows.has(c.id)),
          rows,
          corrections: saved.list,
          ...(saved.notice ? { notice: saved.notice } : {}),
        };
      }),
    /** Stops the claims computations running (their calls fail with CANCELLED); nothing when none runs. */
    cancelClaims: async (): Promise<void> => {
      for (const controller of computing) controller.abort();
    },
    /** Records one move or dismissal of claims of the open folder's articles; returns every correction now saved. */
    correctClaim: async (correction: ClaimCorrection): Promise<ClaimCorrection[]> => {
      checkInFolder(session(), [correction]);
      return correct(correction.type === 'move' ? 'claim-move' : 'claim-dismiss', (root) =>
        addClaimCorrection(root, correction, services.logger),
      );
    },
    /** Replaces every correction (restoring a dismissed flag); returns them as saved. */
    setClaimCorrections: async (list: ClaimCorrection[]): Promise<ClaimCorrection[]> => {
      checkInFolder(session(), list);
      return correct('claim-corrections', async (root) =>
        writeClaimsState(
          root,
          list,
          services.logger,
          shownClaims.get(claimsStatePath(root)) ?? (await savedList(root)),
        ),
      );
    },
    /** Every occurrence of a phrase in the folder's articles, insensitive to case, accents, inflection and elision. */
    findPhrase: async (phrase: string): Promise<ConcordanceResult> => {
      const folder = session();
      let key = indexKeys.get(folder);
      if (!key) indexKeys.set(folder, (key = `concordance-${nextIndexKey++}`));
      const query = { key, phrase, context: CONTEXT_CHARS };
      const found = await services.engine.run('findPhrase', query, { affinity: key });
      if (found.indexed) return found.result;
      // The worker that runs this key has no index for it yet (or was replaced): send the articles once.
      const built = await services.engine.run(
        'findPhrase',
        { ...query, articles: folder.articles() },
        { affinity: key },
      );
      if (!built.indexed) throw new Error('The concordance index was not built.');
      return built.result;
    },
    /**
     * The folder's watched phrases ("ligne rouge" in a folder that has none yet) and the phrases its lexicon counts
     * as framing, each file's notice when it is damaged.
     */
    getWatchlist: async (): Promise<WatchlistView> => {
      const root = session().root;
      const path = watchlistPath(root);
      const read = await withFile(root, path, () => readWatchlist(root, services.logger));
      const notice = noticeOf(root, path, read);
      shownPhrases.set(path, read.value.phrases);
      const words = await lexicon(root);
      return {
        phrases: read.value.phrases,
        framing: words.entries.filter((e) => e.kind === 'framing').map((e) => e.phrase),
        ...(notice ? { notice } : {}),
        ...(words.notice ? { lexiconNotice: words.notice } : {}),
      };
    },
    /** Counts `phrase` as a framing word of the folder (`.recoupe/lexicon.json`), or no longer; returns the framing phrases. */
    setFraming: (phrase: string, framing: boolean): Promise<string[]> =>
      serial(async () => {
        const root = session().root;
        const saved = await save(root, lexiconPath(root), () =>
          setFramingPhrase(root, phrase, framing, services.logger),
        );
        return saved.entries.filter((e) => e.kind === 'framing').map((e) => e.phrase);
      }),
    /** Replaces the folder's watched phrases; returns them as saved (trimmed, without duplicates). */
    setWatchlist: (phrases: string[]): Promise<string[]> =>
      serial(async () => {
        const root = session().root;
        const path = watchlistPath(root);
        // Never shown (no read yet): the list replaces the file as it is now.
        const base =
          shownPhrases.get(path) ??
          (await withFile(root, path, () => readWatchlist(root, services.logger))).value.phrases;
        const saved = await save(root, path, () => writeWatchlist(root, phrases, services.logger, base));
        shownPhrases.set(path, saved.phrases);
        return saved.phrases;
      }),
  };
}
