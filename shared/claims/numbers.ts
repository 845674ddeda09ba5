import { fold } from '../text/fold';
import { numberScaleOf } from '../text/quantity-words';

/** Conventions for reading digits: French (`100 000,5`, `100.000`) or English (`100,000.5`). */
export type NumberLocale = 'fr' | 'en';

/** Options of `parseDigits`. */
export interface ParseDigitsOptions {
  locale?: NumberLocale;
  /** A scale word ("million", "milliard") follows: a lone `,ddd` group is then a decimal in French ("1,250 milliard"). */
  beforeScale?: boolean;
}

const SPACE_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;

/**
 * Reads a number written with digits in French or English style: `100.000`, `100 000` (normal, non-breaking or narrow
 * space), `100,000`, `2,5`, `2.5`, `1.234,5`, `1,234.5`. Returns undefined when `text` is not such a number.
 * A single `,ddd` or `.ddd` group after 1–3 digits is read as thousands in French and in English, except that in English
 * `.ddd` is a decimal, and `0,ddd` / `0.ddd` are always decimals.
 */
export function parseDigits(text: string, options: ParseDigitsOptions = {}): number | undefined {
  const locale = options.locale ?? 'fr';
  const s = text.trim();
  if (!/^\d/.test(s)) return undefined;
  if (SPACE_GROUPS.test(s)) {
    const [intPart, frac] = s.split(/[.,]/);
    return toNumber(intPart!.replace(/\D/g, ''), frac);
  }
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return undefined;
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    const decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const [intPart, frac] = s.split(decimalSep);
    if (!intPart || !new RegExp(`^\\d{1,3}(?:\\${groupSep}\\d{3})*$`).test(intPart) || frac === undefined)
      return undefined;
    if (s.split(decimalSep).length !== 2) return undefined;
    return toNumber(intPart.split(groupSep).join(''), frac);
  }
  if (!hasDot && !hasComma) return toNumber(s, undefined);
  const sep = hasDot ? '.' : ',';
  const parts = s.split(sep);
  const grouped =
    parts.length > 1 && /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
  if (grouped && parts.length > 2) return toNumber(parts.join(''), undefined);
  if (parts.length !== 2) return undefined;
  const [intPart, frac] = parts as [string, string];
  const thousands =
    grouped &&
    !/^0+$/.test(intPart) &&
    (sep === ',' ? !(locale === 'fr' && options.beforeScale) : locale === 'fr' && !options.beforeScale);
  return thousands ? toNumber(intPart + frac, undefined) : toNumber(intPart, frac);
}

/** Builds a number from its integer digits and optional fraction digits. */
function toNumber(intDigits: string, fracDigits: string | undefined): number {
  return fracDigits ? Number(`${intDigits}.${fracDigits}`) : Number(intDigits);
}

const FR_UNITS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};
const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const HUNDREDS = new Set(['cent', 'cents', 'hundred', 'hundreds']);

/** True when the folded word can be part of a number written in words. */
export function isNumberWord(folded: string): boolean {
  return (
    folded in FR_UNITS ||
    folded in EN_UNITS ||
    HUNDREDS.has(folded) ||
    numberScaleOf(folded) !== undefined ||
    folded === 'et' ||
    folded === 'and'
  );
}

/**
 * Reads a number written in French or English words ("cinquante", "quatre-vingt-dix-sept", "deux millions trois cent
 * mille", "twenty-one"). Returns undefined when the words do not form a number.
 */
export function parseNumberWords(text: string): number | undefined {
  const words = fold(text)
    .split(/[\s\u00a0\u202f-]+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  let previous = '';
  for (const w of words) {
    if (w === 'et' || w === 'and') {
      if (!seen) return undefined;
      previous = w;
      continue;
    }
    if (w in FR_UNITS || w in EN_UNITS) {
      const v = (FR_UNITS[w] ?? EN_UNITS[w])!;
      if ((w === 'vingt' || w === 'vingts') && previous === 'quatre') current += 80 - 4;
      else current += v;
    } else if (HUNDREDS.has(w)) {
      if (current >= 100) return undefined;
      current = (current || 1) * 100;
    } else if (numberScaleOf(w) !== undefined) {
      total += (current || 1) * numberScaleOf(w)!;
      current = 0;
    } else {
      return undefined;
    }
    seen = true;
    previous = w;
  }
  return seen ? total + current : undefined;
}
