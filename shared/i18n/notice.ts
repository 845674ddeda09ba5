import { LOCALES } from '../format/lang';
import { NOTICE_CODES, type Notice, type NoticeCode } from '../ipc/notice';
import type { Language } from '../ipc/types';
import { catalogs, translate, translateCount, type MessageKey, type PluralKey } from './index';

/** True when `value` is the code of a notice. */
function isNoticeCode(value: unknown): value is NoticeCode {
  return typeof value === 'string' && (NOTICE_CODES as readonly string[]).includes(value);
}

/**
 * Words a notice in a language, the one translator of the Node side's notices (the UI and the CLI call it):
 * `notice.<code>`, its `_one`/`_other` form when `count` is a number; numbers are written the language's way;
 * `what` (a state file) and `problem` (why a notes file was not used) are worded from their catalogs, and a
 * `reason` that is itself a notice code is worded with the same parameters.
 */
export function wordNotice(lang: Language, notice: Notice): string {
  const { count, ...raw } = notice.params ?? {};
  const numbers = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw))
    params[name] = typeof value === 'number' ? numbers.format(value) : value;
  if (raw.what !== undefined && typeof raw.what === 'string' && raw.what in catalogs.en.noticeWhat)
    params.what = translate(lang, `noticeWhat.${raw.what}` as MessageKey);
  if (typeof raw.problem === 'string' && raw.problem in catalogs.en.noticeProblem)
    params.problem = translate(lang, `noticeProblem.${raw.problem}` as MessageKey);
  if (isNoticeCode(raw.reason))
    params.reason = wordNotice(lang, { code: raw.reason, params: { ...raw, reason: '' } });
  const base = `notice.${notice.code}`;
  if (typeof count === 'number' && `${notice.code}_one` in catalogs.en.notice)
    return translateCount(lang, base as PluralKey, count, params);
  if (count !== undefined) params.count = typeof count === 'number' ? numbers.format(count) : count;
  return translate(lang, base as MessageKey, params);
}

/** The English wording of a notice, for logs and error messages. */
export function noticeMessage(notice: Notice): string {
  return wordNotice('en', notice);
}

/** An error whose reason is a notice, worded at the edges; its `message` is the English wording, for the log. */
export class NoticeError extends Error {
  override name = 'NoticeError';
  constructor(readonly notice: Notice) {
    super(noticeMessage(notice));
  }
}
