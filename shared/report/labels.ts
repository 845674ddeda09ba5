import type { Article } from '../article/model';
import { outletLabel } from '../compare/compare';
import { LOCALES, type Lang } from '../format/lang';
import { translate, type MessageKey } from '../i18n/index';

/** Catalog keys that come in `_one` / `_other` forms. */
export type PluralBase =
  'report.collapsed' | 'report.corrections' | 'report.orphanedCorrections' | 'report.phraseCount';

/** The report's words in one language, with the two outlets' names. */
export interface ReportText {
  lang: Lang;
  /** Display names of the outlets (file names when unknown or identical). */
  outletA: string;
  outletB: string;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  plural: (base: PluralBase, count: number, params?: Record<string, string | number>) => string;
  /** The parameters every outlet-related message takes: `a`, `b`, `ofA`, `ofB`. */
  outlets: Record<'a' | 'b' | 'ofA' | 'ofB', string>;
}

/** "de Reuters", "d'AFP" in French; the name as it is in English. */
function ofOutlet(name: string, lang: Lang): string {
  if (lang !== 'fr') return name;
  return /^[aeiouyàâäéèêëîïôöùûüœ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** Builds the translation helpers of a report for two articles. */
export function reportText(lang: Lang, a: Article, b: Article): ReportText {
  const outletA = outletLabel(a, b);
  const outletB = outletLabel(b, a);
  const rules = new Intl.PluralRules(LOCALES[lang]);
  const outlets = { a: outletA, b: outletB, ofA: ofOutlet(outletA, lang), ofB: ofOutlet(outletB, lang) };
  const t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    translate(lang, key, { ...outlets, ...params });
  const plural = (base: PluralBase, count: number, params: Record<string, string | number> = {}): string => {
    const form = rules.select(count) === 'one' ? 'one' : 'other';
    return t(`${base}_${form}` as MessageKey, {
      count: new Intl.NumberFormat(LOCALES[lang]).format(count),
      ...params,
    });
  };
  return { lang, outletA, outletB, t, plural, outlets };
}
