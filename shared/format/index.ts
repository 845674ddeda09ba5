import { LOCALES, type Lang } from './lang';

export type { Lang } from './lang';
export { langFromLocale } from './lang';
export { formatSummary, formatChangeCount } from './summary';

/** A share between 0 and 1 as a whole percentage in the locale: "64 %" (fr, narrow no-break space), "64%" (en). */
export function formatPercent(x: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(x);
}

/** A number with the locale's digit grouping: "100 000" (fr), "100,000" (en). */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

/** An ISO date at its known precision: "30 décembre 2021", "décembre 2021", "2021" (or "December 30, 2021"…); other strings are returned as they are. */
export function formatDate(isoAtPrecision: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(isoAtPrecision.trim());
  if (!m) return isoAtPrecision;
  const [, year, month, day] = m;
  const date = new Date(Date.UTC(Number(year), Number(month ?? '1') - 1, Number(day ?? '1')));
  if (month === undefined) return year ?? isoAtPrecision;
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  const text = new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
  return lang === 'fr' && day === '01' ? text.replace(/^1(?=\s)/, '1er') : text;
}
