import { formatNumber } from '../shared/format/index';
import { langFromLocale, type Lang } from '../shared/format/lang';
import { translate, type MessageKey } from '../shared/i18n/index';
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
