import type { Lang } from '../shared/format/lang';
import { catalogs, translate, type MessageKey } from '../shared/i18n/index';
import { NoticeError, wordNotice } from '../shared/i18n/notice';
import type { Notice } from '../shared/ipc/notice';

/** Where a command writes; injected so tests can capture output. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A failure the user caused (bad arguments): exit 2 with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure while doing the work: exit 1 with a one-line reason. */
export class CommandError extends Error {
  override name = 'CommandError';
}

/** One `recoupe <name>` command, once its module is loaded. */
export interface Command {
  name: string;
  /** Full usage text, printed by `recoupe <name> --help` and on a usage error. */
  usage: string;
  /** Runs the command; returns the exit code. Throws UsageError or CommandError on failure. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A command as `recoupe --help` lists it, with the loader of its module. */
export interface CommandEntry {
  name: string;
  /** One line for `recoupe --help`. */
  summary: string;
  load: () => Promise<Command>;
}

/** An error class a command expects from the work it calls (its message, or its notice, is written for the user). */
type ExpectedError = abstract new (...args: never[]) => Error;

/** An expected error's text: the catalog's message for its code when it has one (`errors.*`, naming its subject), else its message. */
function errorText(lang: Lang, error: Error & { code?: unknown; subject?: unknown }): string {
  const code = typeof error.code === 'string' ? error.code : '';
  if (!(code in catalogs.en.errors)) return error.message;
  const name = typeof error.subject === 'string' ? error.subject : '';
  return translate(lang, `errors.${code}` as MessageKey, { name, reason: error.message });
}

/**
 * Awaits `work`; an error of one of the `expected` classes becomes a CommandError (exit 1) with its notice worded in
 * `lang` (a NoticeError), else its message. A NoticeError is always expected.
 */
export async function failAsCommand<T>(
  work: Promise<T>,
  lang: Lang,
  ...expected: ExpectedError[]
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NoticeError) throw new CommandError(wordNotice(lang, error.notice));
    const notice = (error as { notice?: Notice } | null)?.notice;
    if (notice && expected.some((kind) => error instanceof kind))
      throw new CommandError(wordNotice(lang, notice));
    if (expected.some((kind) => error instanceof kind))
      throw new CommandError(errorText(lang, error as Error));
    throw error;
  }
}
