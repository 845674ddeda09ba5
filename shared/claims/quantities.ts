import type { Span } from '../article/model';
import type { QualifierKind } from './model';
import { isNumberWord, parseDigits, parseNumberWords, type NumberLocale } from './numbers';
import { fold } from '../text/fold';
import { stopWords } from '../text/stop-words';
import { APPROX_NOUNS, approxBase, approxRange, vagueBase, vagueRange } from '../text/quantity-words';

/** A quantity found in the text, before it becomes a `Claim`. */
export interface QuantityFinding {
  start: number;
  end: number;
  value?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  qualifierKind: QualifierKind;
  unit?: string;
  ordinal?: boolean;
  period?: string;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const APOS = "['’]";

const ORDINALS: Record<string, number> = {
  premier: 1,
  premiere: 1,
  second: 2,
  seconde: 2,
  deuxieme: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
  septieme: 7,
  huitieme: 8,
  neuvieme: 9,
  dixieme: 10,
  onzieme: 11,
  douzieme: 12,
  treizieme: 13,
  quatorzieme: 14,
  quinzieme: 15,
  seizieme: 16,
  vingtieme: 20,
  trentieme: 30,
  centieme: 100,
  first: 1,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const ORDINAL = `((?:${Object.keys(ORDINALS).join('|')}|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|vingtième|trentième|centième|première)|\\d{1,3}(?:e|è|ème|eme|er|re|st|nd|rd|th))`;
const PERIOD_UNIT = '(?:semaine|mois|an|année|jour|heure|week|month|year|day)s?';
const PERIOD = [
  'ce mois-ci',
  'ce mois',
  'cette année',
  'cette semaine',
  'cet été',
  'cet hiver',
  'cet automne',
  'ce printemps',
  'cette décennie',
  "depuis le début de l['’]année",
  'depuis le début du mois',
  'depuis (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)',
  `en (?:moins|plus) d['’]une? ${PERIOD_UNIT}`,
  `en l['’]espace d['’]une? ${PERIOD_UNIT}`,
  `en (?:moins de |plus de )?(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze) ${PERIOD_UNIT}`,
  'this (?:month|year|week)',
  `in (?:less than |under )?(?:a|one|two|three) ${PERIOD_UNIT}`,
].join('|');

/** Qualifiers placed before a number, longest first, with how they bound it. */
const QUALIFIERS: [string, QualifierKind][] = [
  ['pas moins de', 'at-least'],
  ['pas plus de', 'at-most'],
  ['un peu plus de', 'more'],
  ['un peu moins de', 'less'],
  ['bien plus de', 'more'],
  ['bien moins de', 'less'],
  ['largement plus de', 'more'],
  ['au-delà de', 'more'],
  ['plus de', 'more'],
  ['moins de', 'less'],
  ['près de', 'nearly'],
  ['pas loin de', 'nearly'],
  ['autour de', 'approx'],
  ['au moins', 'at-least'],
  ['au minimum', 'at-least'],
  ['au plus', 'at-most'],
  ['au maximum', 'at-most'],
  ["jusqu['’]à", 'at-most'],
  ['environ', 'approx'],
  ['quelque', 'approx'],
  ['approximativement', 'approx'],
  ['à peu près', 'approx'],
  ['presque', 'nearly'],
  ['quasiment', 'nearly'],
  ['plus d', 'more'],
  ['moins d', 'less'],
  ['près d', 'nearly'],
  ['autour d', 'approx'],
  ['more than', 'more'],
  ['over', 'more'],
  ['less than', 'less'],
  ['fewer than', 'less'],
  ['under', 'less'],
  ['at least', 'at-least'],
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['some', 'approx'],
  ['an estimated', 'approx'],
  ['estimated', 'approx'],
  ['an estimate of', 'approx'],
  ['estimé à', 'approx'],
];
const QUALIFIER_RE = new RegExp(
  `${B}(${QUALIFIERS.map(([q]) => q.replace(/ /g, '\\s+')).join('|')})(?:\\s+|${APOS}\\s*)$`,
  'iu',
);

const SEP = '[ \\u00a0\\u202f\\u2009]';
const DIGITS = `\\d{1,3}(?:${SEP}\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*`;
const SCALE = '(?:millions?|milliards?|mille|billions?|thousand|trillions?)';
const NUMBER_WORD_LIST = [
  'zéro',
  'une',
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
  'vingts?',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'septante',
  'huitante',
  'octante',
  'nonante',
  'cents?',
  'mille',
  'millions?',
  'milliards?',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'billion',
].join('|');
const WORDS = `(?:${NUMBER_WORD_LIST})(?:(?:[\\s-]+(?:et|and)[\\s-]+|[\\s-]+)(?:${NUMBER_WORD_LIST}))*`;
const VAGUE = `(?:(?:des|quelques|plusieurs|many|several|some)\\s+)?(?:dizaines|centaines|milliers|millions|milliards|tens|dozens|hundreds|thousands)(?:\\s+(?:de|of)\\s+(?:milliers|millions|milliards|thousands|millions))?`;
const APPROX = `(?:(?:une?|la|le|quelques|plusieurs|a|\\d+|deux|trois|quatre|cinq)\\s+)(?:${APPROX_NOUNS.join('|')})s?`;
const CORE = new RegExp(
  `(?<![\\p{L}\\p{N}][-.,/]?)(?:(${VAGUE})|(${APPROX})|([$€£]\\s?)?(${DIGITS})(?:\\s+(${SCALE}))?|(${WORDS}))${E}`,
  'giu',
);

const TIME_UNITS =
  /^(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?|décennies?|siècles?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/iu;
const DURATION_PREFIX = /(?:^|[^\p{L}])((?:depuis|pendant|durant|il y a|voici|for|since)\s+)$/iu;
/** Words that cannot be the counted noun right after a number. */
const NOT_UNITS = stopWords('not-units');
/** Nationality and bloc adjectives kept with the counted noun ("soldats russes"). */
const DEMONYM =
  '(?:russes?|américain(?:e|s|es)?|ukrainien(?:ne|s|nes)?|européen(?:ne|s|nes)?|français(?:e|es)?|allemand(?:e|s|es)?|britanniques?|chinois(?:e|es)?|occidenta(?:l|le|ux|les)|israélien(?:ne|s|nes)?|palestinien(?:ne|s|nes)?|syrien(?:ne|s|nes)?|turc(?:s|que|ques)?|iranien(?:ne|s|nes)?|biélorusses?|polonais(?:e|es)?|étrangers?|étrangères?|civils?|Russian|American|Ukrainian|European|French|German|British|Chinese|Western|foreign)';
const UNIT_AFTER = new RegExp(
  `^(\\s*(?:%|pour\\s*cent|pour\\s*100|per\\s*cent|percent)(?![\\p{L}]))|^(\\s+(?:(?:de|d${APOS}|of)\\s*)?)([\\p{Ll}][\\p{Ll}'’-]*|[$€£]|km|kg|m²)((?:\\s+${DEMONYM})?)(?![\\p{L}])`,
  'u',
);
/** A unit glued to its number as a compound adjective ("a 35-minute call", "the three-hour meeting"). */
const COMPOUND_UNIT = /^-(second|minute|hour|day|week|month|year|heures?|minutes?|jours?)(?![\p{L}-])/u;
/**
 * A definite determiner before a spelled-out number makes a generic noun phrase, not a count ("the two men",
 * "les deux pays", "our two nations").
 */
const GENERIC_BEFORE = /(?:^|[^\p{L}])(?:the|our|their|both|these|those|les|des|ces|nos|vos|leurs|ses)\s+$/iu;
/** A capitalised name right before a number makes it part of a name ("Nord Stream 2", "Group of 20", "France 24"). */
const IDENTIFIER_BEFORE = /(\p{Lu}[\p{L}]+)(?:\s+of)?\s+$/u;
/** Capitalised words that may stand before a count at the start of a clause ("In 24 hours", "About 300"). */
const NOT_NAMES = stopWords('not-names');
/** True when the number at `start` follows a capitalised word that is not the first of its sentence. */
function partOfName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = IDENTIFIER_BEFORE.exec(before);
  if (!m || NOT_NAMES.has(fold(m[1]!))) return false;
  const nameStart = start - before.length + m.index;
  if (nameStart > 0 && /[\p{L}\p{N}]/u.test(text[nameStart - 1]!)) return false;
  const preceding = text.slice(Math.max(0, nameStart - 4), nameStart).trimEnd();
  return preceding !== '' && !/[.!?:\n"“«(\-–—•|]$/u.test(preceding);
}

/** The second number of a range, at the start of the text after the joining word. */
const RANGE_SECOND = new RegExp(`^(?:(${DIGITS})|(${WORDS}))${E}`, 'iu');
const RANGE_JOIN = /^(\s*(?:à|et|-|–|to|and)\s*)/u;

/** Finds quantities in the zones, skipping spans already `taken` (dates, times). */
export function extractQuantities(
  text: string,
  zones: readonly Span[],
  taken: readonly Span[],
  locale: NumberLocale = 'fr',
): QuantityFinding[] {
  const found: QuantityFinding[] = [];
  const occupied: Span[] = [...taken];
  const free = (s: number, e: number): boolean => !occupied.some(([ts, te]) => s < te && e > ts);
  for (const [from, to] of zones) {
    const zone = text.slice(from, to);
    for (const finding of findOrdinals(zone, from)) {
      if (!free(finding.start, finding.end)) continue;
      found.push(finding);
      occupied.push([finding.start, finding.end]);
    }
    CORE.lastIndex = 0;
    for (let m = CORE.exec(zone); m; m = CORE.exec(zone)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const finding = readQuantity(text, m, start, end, to, locale);
      if (!finding || !free(finding.start, finding.end)) continue;
      found.push(finding);
      occupied.push([finding.start, finding.end]);
      CORE.lastIndex = Math.max(CORE.lastIndex, finding.end - from);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "pour la deuxième fois (ce mois-ci)", "le deuxième en moins d'un mois", "for the second time". */
const ORDINAL_PATTERNS: readonly RegExp[] = [
  new RegExp(`${B}(?:[Pp]our\\s+)?(?:[Ll]a|[Uu]ne)\\s+${ORDINAL}\\s+fois(?:\\s+(${PERIOD}))?${E}`, 'giu'),
  new RegExp(`${B}(?:[Ll]e|[Ll]a)\\s+${ORDINAL}\\s+(${PERIOD})${E}`, 'giu'),
  new RegExp(`${B}(?:[Ff]or\\s+)?the\\s+${ORDINAL}\\s+time(?:\\s+(${PERIOD}))?${E}`, 'gu'),
];

/** Ordinal counts: "pour la deuxième fois ce mois-ci", "le deuxième en moins d'un mois", "for the second time". */
function findOrdinals(zone: string, from: number): QuantityFinding[] {
  const out: QuantityFinding[] = [];
  for (const re of ORDINAL_PATTERNS) {
    for (const m of zone.matchAll(re)) {
      const value = ordinalValue(m[1]!);
      if (value === undefined) continue;
      const start = from + (m.index ?? 0);
      out.push({
        start,
        end: start + m[0].length,
        value,
        min: value,
        max: value,
        qualifierKind: 'exact',
        unit: 'fois',
        ordinal: true,
        ...(m[2] ? { period: m[2] } : {}),
      });
    }
  }
  return out;
}

/** The number an ordinal word or "2e" stands for. */
function ordinalValue(text: string): number | undefined {
  const digits = /^(\d+)/.exec(text);
  if (digits) return Number(digits[1]);
  return ORDINALS[fold(text)];
}

/** Reads one number match with its qualifier, range, counted noun and duration prefix. */
function readQuantity(
  text: string,
  m: RegExpExecArray,
  coreStart: number,
  coreEnd: number,
  zoneEnd: number,
  locale: NumberLocale,
): QuantityFinding | undefined {
  const [, vague, approx, currency, digits, scale, words] = m;
  let value: number | undefined;
  let min: number | undefined;
  let max: number | undefined;
  let qualifier: string | undefined;
  let qualifierKind: QualifierKind = 'exact';
  let needsOf = false;
  let ofOptional = false;
  if (vague) {
    const bounds = vagueBounds(vague);
    if (!bounds) return undefined;
    [min, max] = bounds;
    qualifier = vague;
    qualifierKind = 'vague';
    needsOf = true;
  } else if (approx) {
    const parts = fold(approx).split(/\s+/);
    const noun = parts[parts.length - 1]!.replace(/s$/, '');
    const head = parts[0]!;
    const multiplier = /^\d+$/.test(head) ? Number(head) : (parseNumberWords(head) ?? 1);
    const base = approxBase(noun);
    if (base === undefined) return undefined;
    value = base * multiplier;
    [min, max] = approxRange(value).map(tidy) as [number, number];
    qualifier = approx;
    qualifierKind = 'approx';
    needsOf = true;
  } else if (digits) {
    const number = parseDigits(digits, { locale, beforeScale: Boolean(scale) });
    if (number === undefined) return undefined;
    value = scale ? number * (parseNumberWords(scale) ?? 1) : number;
    min = max = value;
    ofOptional = Boolean(scale);
  } else if (words) {
    const folded = fold(words);
    if (/^(?:un|une|one)$/.test(folded)) return undefined;
    value = parseNumberWords(words);
    if (value === undefined) return undefined;
    min = max = value;
    ofOptional = /(?:millions?|milliards?|thousand|billion)$/.test(folded);
  }

  let start = coreStart;
  let end = coreEnd;
  const before = text.slice(Math.max(0, start - 40), start);
  const q = QUALIFIER_RE.exec(before);
  if (q && qualifierKind !== 'vague') {
    const kind = qualifierKindOf(q[1]!);
    start -= q[0].length;
    const written = text.slice(start, coreStart).trim();
    qualifier = qualifier ? `${written} ${qualifier}`.replace(/(['’]) /, '$1') : written;
    qualifierKind = kind;
    if (value !== undefined) [min, max] = boundsFor(kind, value);
  } else {
    const between = /(?:^|[^\p{L}])((?:entre|between|de|from)\s+)$/iu.exec(before);
    const range = between ? readRangeEnd(text, coreEnd, locale) : readRangeEnd(text, coreEnd, locale, true);
    if (range && value !== undefined && range.value > value) {
      if (between) start -= between[1]!.length;
      end = range.end;
      min = value;
      max = range.value;
      value = undefined;
      qualifier = undefined;
      qualifierKind = 'range';
    }
  }
  if (qualifier) qualifier = qualifier.replace(/\s+/g, ' ');

  if (digits && !currency && !scale && partOfName(text, start)) return undefined;
  if (words && !qualifier && GENERIC_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
    return undefined;
  let unit: string | undefined;
  if (currency) unit = currency.trim();
  const compound = COMPOUND_UNIT.exec(text.slice(end, Math.min(zoneEnd, end + 20)));
  const after = compound ? null : UNIT_AFTER.exec(text.slice(end, Math.min(zoneEnd, end + 80)));
  if (compound) {
    unit = compound[1]!;
    end += compound[0].length;
  } else if (after?.[1]) {
    unit = '%';
    end += after[1].length;
  } else if (after && !unit) {
    const ofPart = after[2]!;
    const noun = after[3]!;
    const hasOf = /\S/.test(ofPart);
    if ((hasOf === needsOf || ofOptional) && !NOT_UNITS.has(fold(noun)) && !isNumberWord(fold(noun))) {
      unit = noun;
      end += ofPart.length + noun.length + after[4]!.length;
    }
  }
  if (!unit && (words || vague || approx)) return undefined;
  if (unit && TIME_UNITS.test(unit) && qualifierKind === 'exact') {
    const prefix = DURATION_PREFIX.exec(text.slice(Math.max(0, start - 20), start));
    if (prefix) start -= prefix[1]!.length;
  }
  return {
    start,
    end,
    ...(value !== undefined ? { value } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined && Number.isFinite(max) ? { max } : {}),
    ...(qualifier ? { qualifier } : {}),
    qualifierKind,
    ...(unit ? { unit } : {}),
  };
}

/** The second number of a range ("10 à 20", "entre 10 et 20"); `direct` allows only `à`/`-` without "entre"/"de". */
function readRangeEnd(
  text: string,
  from: number,
  locale: NumberLocale,
  direct = false,
): { value: number; end: number } | undefined {
  const join = RANGE_JOIN.exec(text.slice(from, from + 6));
  if (!join) return undefined;
  if (direct && !/^\s*(?:à|-|–|to)\s*$/u.test(join[1]!)) return undefined;
  const rest = text.slice(from + join[1]!.length, from + join[1]!.length + 40);
  const m = RANGE_SECOND.exec(rest);
  if (!m) return undefined;
  const value = m[1] ? parseDigits(m[1], { locale }) : parseNumberWords(m[2]!);
  if (value === undefined) return undefined;
  return { value, end: from + join[1]!.length + m[0].length };
}

/** The bounds a qualifier puts around a value. */
function boundsFor(kind: QualifierKind, value: number): [number, number] {
  switch (kind) {
    case 'approx':
      return [tidy(value * 0.9), tidy(value * 1.1)];
    case 'nearly':
      return [tidy(value * 0.9), value];
    case 'more':
    case 'at-least':
      return [value, Infinity];
    case 'less':
    case 'at-most':
      return [0, value];
    default:
      return [value, value];
  }
}

/** Rounds away floating-point noise (110000.00000000001 → 110000). */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** The qualifier kind of a qualifier as written. */
function qualifierKindOf(written: string): QualifierKind {
  const key = fold(written).replace(/\s+/g, ' ').replace(/['’]$/, '').trim();
  for (const [q, kind] of QUALIFIERS) {
    if (new RegExp(`^${fold(q)}$`).test(key)) return kind;
  }
  return 'approx';
}

/** The range a vague plural implies: "des dizaines de milliers" → 20,000–99,999. */
function vagueBounds(vague: string): [number, number] | undefined {
  const words = fold(vague)
    .split(/\s+/)
    .map((w) => vagueBase(w))
    .filter((base) => base !== undefined);
  const first = words[0];
  if (first === undefined) return undefined;
  const multiplier = words.slice(1).reduce((a, b) => a * b, 1);
  const [min, max] = vagueRange(first * multiplier);
  return [min, max];
}
