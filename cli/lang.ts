import { formatNumber } from '../shared/format/index';
import { langFromLocale, type Lang } from '../shared/format/lang';
import { translate, type MessageKey } from '../shared/i18n/index';
import { wordNotice } from '../shared/i18n/notice';
import type { Notice } from '../shared/ipc/notice';
import { UsageError, type CliIo } from './command';

/** The language the environment asks for (LC_ALL, else LC_MESSAGES, else LANG): French for fr*, else English. */
export function envLang(env: CliIo['env']): Lang {
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** The value of `--lang`; UsageError unless it is `fr` or `en`. */
export function parseLang(value: string | undefined): Lang {
  if (value !== 'fr' && value !== 'en') throw new UsageError(`--lang must be fr or en, not '${value ?? ''}'`);
  return value;
}

/** A count with its noun in the language, from a catalog key's `_one` / `_other` forms: "1 claim", "2 faits relevés". */
export function countOf(lang: Lang, base: string, count: number): string {
  const singular = lang === 'fr' ? count <= 1 : count === 1;
  return translate(lang, `${base}_${singular ? 'one' : 'other'}` as MessageKey, {
    count: formatNumber(count, lang),
  });
}

/** Prints each notice on stderr as a warning, worded in the language: "avertissement : …". */
export function printWarnings(io: CliIo, lang: Lang, notices: readonly Notice[]): void {
  for (const notice of notices)
    io.err(`${translate(lang, 'warningLabel', { text: wordNotice(lang, notice) })}\n`);
}

/** A notice in the CLI's JSON: its code and parameters, and its wording in the language (docs/cli/). */
export function noticeJson(
  lang: Lang,
  notice: Notice,
): { code: string; params: Notice['params']; message: string } {
  return { code: notice.code, params: notice.params ?? {}, message: wordNotice(lang, notice) };
}

/** A skipped file as a warning: "skipped <file>: <reason>". */
export function skippedNotice(skipped: { path: string; reason: Notice }): Notice {
  return {
    code: 'skip-file',
    params: { ...skipped.reason.params, file: skipped.path, reason: skipped.reason.code },
  };
}
