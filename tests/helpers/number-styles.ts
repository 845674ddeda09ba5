/** Ways the press writes a number, each read back by `parseDigits` with its locale. */
export const NUMBER_STYLES = [
  'fr-space',
  'fr-nbsp',
  'fr-narrow-nbsp',
  'fr-dot',
  'fr-plain',
  'en-comma',
  'en-plain',
  'fr-words',
] as const;

/** One of `NUMBER_STYLES`. */
export type NumberStyle = (typeof NUMBER_STYLES)[number];

/** The locale a style is read with. */
export function styleLocale(style: NumberStyle): 'fr' | 'en' {
  return style.startsWith('en') ? 'en' : 'fr';
}

/** Writes `value` (up to two decimals; integers only for words) in a style: `100 000,5`, `100.000`, `100,000.5`, `cent mille`. */
export function renderNumber(value: number, style: NumberStyle): string {
  if (style === 'fr-words') return toFrenchWords(value);
  const [intPart, frac] = value
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.') as [string, string | undefined];
  const group = (sep: string): string => intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (style) {
    case 'fr-space':
      return group(' ') + (frac ? `,${frac}` : '');
    case 'fr-nbsp':
      return group('\u00a0') + (frac ? `,${frac}` : '');
    case 'fr-narrow-nbsp':
      return group('\u202f') + (frac ? `,${frac}` : '');
    case 'fr-dot':
      return group('.') + (frac ? `,${frac}` : '');
    case 'fr-plain':
      return intPart + (frac ? `,${frac}` : '');
    case 'en-comma':
      return group(',') + (frac ? `.${frac}` : '');
    case 'en-plain':
      return intPart + (frac ? `.${frac}` : '');
  }
}

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** French words for a whole number below a billion, in the traditional spelling ("quatre-vingt-dix-sept"). */
export function toFrenchWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) throw new RangeError(`toFrenchWords: ${n}`);
  if (n === 0) return 'zéro';
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions) parts.push(millions === 1 ? 'un million' : `${below1000(millions, false)} millions`);
  if (thousands) parts.push(thousands === 1 ? 'mille' : `${below1000(thousands, true)} mille`);
  if (rest) parts.push(below1000(rest, false));
  return parts.join(' ');
}

/** 1–999; `beforeMille` drops the plural s of "cents" and "vingts" ("deux cent mille"). */
function below1000(n: number, beforeMille: boolean): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 0) return below100(r, beforeMille);
  const head = h === 1 ? 'cent' : `${UNITS[h]} cent${r === 0 && !beforeMille ? 's' : ''}`;
  return r ? `${head} ${below100(r, beforeMille)}` : head;
}

/** 1–99. */
function below100(n: number, beforeMille: boolean): string {
  if (n < 17) return UNITS[n]!;
  if (n < 20) return `dix-${UNITS[n - 10]}`;
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (t === 7) return `soixante${u === 1 ? ' et ' : '-'}${below100(10 + u, beforeMille)}`;
  if (t === 9) return `quatre-vingt-${below100(10 + u, beforeMille)}`;
  if (t === 8) return u === 0 ? `quatre-vingt${beforeMille ? '' : 's'}` : `quatre-vingt-${UNITS[u]}`;
  return `${TENS[t]}${u === 0 ? '' : u === 1 ? ' et un' : `-${UNITS[u]}`}`;
}
