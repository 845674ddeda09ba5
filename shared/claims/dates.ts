import type { Article, Span } from '../article/model';
import { isoWeekday, monthNumber } from '../article/calendar';
import { fold } from '../text/fold';
import { stopWords } from '../text/stop-words';

/** A date or time found in the text, before it becomes a `Claim`. */
export interface DateFinding {
  kind: 'date' | 'time';
  start: number;
  end: number;
  normalized?: string;
  relative?: boolean;
  weekday?: number;
  zone?: string;
  utcOffsetMinutes?: number;
}

/** The date an article's relative dates are resolved against, at the precision known. */
export interface ReferenceDate {
  year: number;
  /** 1–12 when known. */
  month?: number;
  /** 1–31 when known. */
  day?: number;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** English month abbreviations as datelines write them ("Jan", "Feb.", "Sept"). */
const EN_MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTH = `(${cap('janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre')}|${EN_MONTHS})`;
const WEEKDAY = `(${cap('lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche')}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** Words that may follow a bare year without making it a count ("en 2014 et", "2015, un processus"). */
const AFTER_YEAR = stopWords('after-year');
const DAY = '(1er|\\d{1,2})';
const YEAR = '((?:19|20)\\d{2})';

/** Date patterns, most specific first; each maps its match to a finding. */
const DATE_PATTERNS: {
  re: RegExp;
  accept?: (text: string, end: number) => boolean;
  read: (m: RegExpExecArray, ref: ReferenceDate | undefined) => Omit<DateFinding, 'start' | 'end' | 'kind'>;
}[] = [
  {
    // 31.12.2021, 31/12/2021
    re: new RegExp(`${B}(\\d{1,2})[./](\\d{1,2})[./]${YEAR}${E}`, 'gu'),
    read: (m) => ({ normalized: iso(Number(m[3]), Number(m[2]), Number(m[1])) }),
  },
  {
    // 2021-12-31
    re: new RegExp(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`, 'gu'),
    read: (m) => ({ normalized: iso(Number(m[1]), Number(m[2]), Number(m[3])) }),
  },
  {
    // les 9 et 10 janvier (2022), les 3, 4 et 5 mai
    re: new RegExp(
      `${B}(?:${cap('les')}\\s+)?${DAY}((?:\\s*,\\s*\\d{1,2})*\\s+et\\s+\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const days = [m[1]!, ...m[2]!.split(/\s*(?:,|et)\s*/).filter(Boolean)].map(dayNumber);
      const month = monthNumber(m[3]!)!;
      const year = m[4] ? Number(m[4]) : inferYear(month, ref);
      return { normalized: days.map((d) => isoOrPartial(year, month, d)).join(',') };
    },
  },
  {
    // du 9 au 12 janvier, 9-12 janvier
    re: new RegExp(
      `${B}(?:${cap('du')}\\s+)?${DAY}\\s*(?:au|-|–)\\s*${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const month = monthNumber(m[3]!)!;
      const year = m[4] ? Number(m[4]) : inferYear(month, ref);
      return {
        normalized: `${isoOrPartial(year, month, dayNumber(m[1]!))}/${isoOrPartial(year, month, dayNumber(m[2]!))}`,
      };
    },
  },
  {
    // March 3 and 4(, 2022), Jan. 3, 4 and 5
    re: new RegExp(
      `${B}(${EN_MONTHS}|${EN_MONTH_ABBREVIATIONS})\\.?\\s+(\\d{1,2})((?:\\s*,\\s*\\d{1,2})*\\s+and\\s+\\d{1,2})(?:,?\\s+${YEAR})?${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const days = [m[2]!, ...m[3]!.split(/\s*(?:,|and)\s*/).filter(Boolean)].map(dayNumber);
      const month = englishMonth(m[1]!)!;
      const year = m[4] ? Number(m[4]) : inferYear(month, ref);
      return { normalized: days.map((d) => isoOrPartial(year, month, d)).join(',') };
    },
  },
  {
    // (le) (jeudi) 10 janvier (2022)
    re: new RegExp(
      `${B}(?:${cap('le')}\\s+)?(?:${WEEKDAY}\\s+)?${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const month = monthNumber(m[3]!)!;
      const year = m[4] ? Number(m[4]) : inferYear(month, ref);
      const weekday = m[1] ? isoWeekday(m[1]) : undefined;
      return { normalized: isoOrPartial(year, month, dayNumber(m[2]!)), ...(weekday ? { weekday } : {}) };
    },
  },
  {
    // January 10(, 2022)
    re: new RegExp(
      `${B}(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const month = monthNumber(m[1]!)!;
      const year = m[3] ? Number(m[3]) : inferYear(month, ref);
      return { normalized: isoOrPartial(year, month, Number(m[2])) };
    },
  },
  {
    // Feb. 14, 2023, Jan 21, Sept 27
    re: new RegExp(
      `${B}(${EN_MONTH_ABBREVIATIONS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const month = englishMonth(m[1]!)!;
      const year = m[3] ? Number(m[3]) : inferYear(month, ref);
      return { normalized: isoOrPartial(year, month, Number(m[2])) };
    },
  },
  {
    // en janvier (2022), début décembre, fin janvier, mi-janvier
    re: new RegExp(
      `${B}(?:(?:${cap('en|début|fin|courant')}|in)\\s+|mi-)?${MONTH}(?:\\s+${YEAR})?${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const month = monthNumber(m[1]!)!;
      const year = m[2] ? Number(m[2]) : inferYear(month, ref);
      return { normalized: isoOrPartial(year, month, undefined) };
    },
  },
  {
    // en 2014, l'année 2021, début 2022
    re: new RegExp(`${B}(?:(?:${cap('en|début|fin')}|In|in)\\s+|mi-|l['’]année\\s+)?${YEAR}${E}`, 'gu'),
    accept: (text, end) => {
      const next = /^\s*(%|[\p{Ll}]+)/u.exec(text.slice(end, end + 30));
      return !next || AFTER_YEAR.has(fold(next[1]!));
    },
    read: (m) => ({ normalized: m[1]! }),
  },
  {
    // jeudi, jeudi prochain, jeudi dernier, on Thursday
    re: new RegExp(`${B}(?:(?:[Ll]ate|[Ee]arly)\\s+)?${WEEKDAY}(?:\\s+(prochain|dernier))?${E}`, 'gu'),
    read: (m, ref) => {
      const weekday = isoWeekday(m[1]!)!;
      const direction = m[2] ? fold(m[2]) : speaksOfFuture(m.input, m.index) ? 'a venir' : undefined;
      const day = resolveWeekday(weekday, direction, ref);
      return { relative: true, weekday, ...(day ? { normalized: day } : {}) };
    },
  },
  {
    // hier, aujourd'hui, demain, avant-hier, le mois dernier, l'an dernier, l'année dernière/prochaine
    re: new RegExp(
      `${B}(${cap("avant-hier|hier|aujourd['’]hui|après-demain|demain|le mois (?:dernier|prochain)|l['’]an (?:dernier|prochain)|l['’]année (?:dernière|prochaine)")}|yesterday|today|tomorrow)${E}`,
      'gu',
    ),
    read: (m, ref) => {
      const normalized = resolveRelative(fold(m[1]!).replace(/’/g, "'"), ref);
      return { relative: true, ...(normalized ? { normalized } : {}) };
    },
  },
];

const ZONES: { re: string; offset: (month: number | undefined) => number | undefined }[] = [
  { re: 'GMT|UTC|TU|Z', offset: () => 0 },
  { re: 'CEST|HAEC', offset: () => 120 },
  { re: 'CET|HEC', offset: () => 60 },
  {
    re: 'heure de Paris|heure française|heure de Bruxelles',
    offset: (m) => (m === undefined ? undefined : summer(m) ? 120 : 60),
  },
  { re: 'heure de Moscou|MSK', offset: () => 180 },
  { re: 'heure de Kiev|heure de Kyiv', offset: (m) => (m === undefined ? undefined : summer(m) ? 180 : 120) },
  { re: 'EDT', offset: () => -240 },
  { re: 'EST', offset: () => -300 },
  { re: 'PDT', offset: () => -420 },
  { re: 'PST', offset: () => -480 },
  { re: 'heure locale|local time', offset: () => undefined },
];
const ZONE_RE = ZONES.map((z) => z.re).join('|');
const MERIDIEM = '(a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm|AM|PM)';
const TIME_RE = new RegExp(
  `${B}(?:((?:à|vers|dès|avant|après|jusqu['’]à|entre|de|at)\\s+)(\\d{1,2})\\s?[hH](?!\\d)|(\\d{1,2})\\s?[hH]\\s?(\\d{2})|(\\d{1,2})[:.](\\d{2})(?:\\s?${MERIDIEM})?|(\\d{1,2})\\s?${MERIDIEM}|([01]\\d|2[0-3])([0-5]\\d)(?=\\s*\\(?\\s*(?:${ZONE_RE})))(?:\\s*\\(?\\s*(${ZONE_RE})\\)?)?${E}`,
  'gu',
);
/** Hour and minute groups of `TIME_RE`, by alternative. */
const HOUR_GROUPS = [2, 3, 5, 8, 10] as const;
const MINUTE_GROUPS = [4, 6, 11] as const;
const MERIDIEM_GROUPS = [7, 9] as const;
const ZONE_GROUP = 12;

/** The month number of an English month name or abbreviation ("Sept" → 9). */
function englishMonth(name: string): number | undefined {
  const folded = name.toLowerCase();
  const index = EN_MONTHS.toLowerCase()
    .split('|')
    .findIndex((month) => month.startsWith(folded));
  return index < 0 ? undefined : index + 1;
}

/** Alternatives of `words` ("a|b") each matching with its first letter in either case. */
function cap(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
}

/** Finds dates and times in the zones, resolving them against `ref` only as far as its precision allows. */
export function extractDates(
  text: string,
  zones: readonly Span[],
  ref: ReferenceDate | undefined,
): DateFinding[] {
  const found: DateFinding[] = [];
  const taken: Span[] = [];
  const free = (s: number, e: number): boolean => !taken.some(([ts, te]) => s < te && e > ts);
  for (const [from, to] of zones) {
    const zone = text.slice(from, to);
    for (const m of zone.matchAll(TIME_RE)) {
      const finding = readTime(m, from, ref);
      if (finding && free(finding.start, finding.end)) {
        found.push(finding);
        taken.push([finding.start, finding.end]);
      }
    }
    for (const pattern of DATE_PATTERNS) {
      pattern.re.lastIndex = 0;
      for (let m = pattern.re.exec(zone); m; m = pattern.re.exec(zone)) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (!free(start, end) || (pattern.accept && !pattern.accept(text, end))) continue;
        found.push({ kind: 'date', start, end, ...pattern.read(m, ref) });
        taken.push([start, end]);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads one time match into a finding. */
function readTime(
  m: RegExpMatchArray,
  from: number,
  ref: ReferenceDate | undefined,
): DateFinding | undefined {
  const lead = m[1] ?? '';
  const first = (groups: readonly number[]): string | undefined =>
    groups.map((g) => m[g]).find((v) => v !== undefined);
  const dotted = m[5] !== undefined && m[0].includes('.') && !/[:]/.test(m[0]);
  const meridiem = first(MERIDIEM_GROUPS)?.toLowerCase().replace(/[.\s]/g, '');
  if (dotted && !meridiem) return undefined;
  let hour = Number(first(HOUR_GROUPS));
  const minute = Number(first(MINUTE_GROUPS) ?? 0);
  if (meridiem && hour > 12) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  const start = from + (m.index ?? 0) + lead.length;
  const end = from + (m.index ?? 0) + m[0].length;
  const hhmm = `${pad(hour)}:${pad(minute)}`;
  const zoneText = m[ZONE_GROUP];
  if (!zoneText) return { kind: 'time', start, end, normalized: hhmm };
  const zone = ZONES.find((z) => new RegExp(`^(?:${z.re})$`, 'i').test(zoneText));
  const offset = zone?.offset(ref?.month);
  if (offset === undefined) return { kind: 'time', start, end, normalized: hhmm, zone: zoneText };
  return {
    kind: 'time',
    start,
    end,
    normalized: `${hhmm}${formatOffset(offset)}`,
    zone: zoneText,
    utcOffsetMinutes: offset,
  };
}

/** True for months usually on summer time in Europe (April–October). */
function summer(month: number): boolean {
  return month >= 4 && month <= 10;
}

/** `Z` or `+hh:mm`. */
function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Two-digit zero padding. */
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Day number from "1er" or digits. */
function dayNumber(text: string): number {
  return Number.parseInt(text, 10);
}

/** ISO date. */
function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** ISO date at the precision known; `--MM-DD` / `--MM` when the year is unknown. */
function isoOrPartial(year: number | undefined, month: number, day: number | undefined): string {
  const md = day === undefined ? pad(month) : `${pad(month)}-${pad(day)}`;
  return year === undefined ? `--${md}` : `${year}-${md}`;
}

/** The year of a day-month without year: the one nearest the reference month (earlier on a tie). */
export function inferYear(month: number, ref: ReferenceDate | undefined): number | undefined {
  if (!ref) return undefined;
  if (ref.month === undefined) return ref.year;
  let best = ref.year;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const distance = Math.abs(year * 12 + month - (ref.year * 12 + ref.month));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** Future verbs and words that point ahead ("se réunira", "resteront fermées jusqu'à", "doit", "prévu"). */
const FUTURE =
  /(?<![\p{L}])(?:[\p{L}]{2,}(?:era|eront|ira|iront|ura|uront|dra|dront|rra|rront)|sera|seront|aura|auront|fera|feront|ira|iront|doit|doivent|prévue?s?|jusqu['’]à|d['’]ici|will|until)(?![\p{L}])/iu;

/** How far around a weekday its verb is looked for (the clause, not the whole sentence). */
const CLAUSE_BEFORE = 50;
const CLAUSE_AFTER = 25;

/** True when the clause around `index` speaks of what is to come (a bare weekday then means the next one). */
function speaksOfFuture(text: string, index: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('\n', index)) + 1;
  const ends = [text.indexOf('.', index), text.indexOf('\n', index)].filter((i) => i >= 0);
  const sentenceEnd = ends.length ? Math.min(...ends) : text.length;
  return FUTURE.test(
    text.slice(Math.max(sentenceStart, index - CLAUSE_BEFORE), Math.min(sentenceEnd, index + CLAUSE_AFTER)),
  );
}

/** The day a weekday refers to, when the reference date is known to the day. */
function resolveWeekday(
  weekday: number,
  direction: string | undefined,
  ref: ReferenceDate | undefined,
): string | undefined {
  if (!ref || ref.month === undefined || ref.day === undefined) return undefined;
  const base = Date.UTC(ref.year, ref.month - 1, ref.day);
  const refWeekday = ((new Date(base).getUTCDay() + 6) % 7) + 1;
  let delta: number;
  if (direction === 'prochain') delta = (weekday - refWeekday + 7) % 7 || 7;
  else if (direction === 'a venir') delta = (weekday - refWeekday + 7) % 7;
  else if (direction === 'dernier') delta = -((refWeekday - weekday + 7) % 7 || 7);
  else delta = -((refWeekday - weekday + 7) % 7);
  return isoFromTime(base + delta * 86_400_000);
}

/** The day, month or year a relative expression refers to, when the reference is precise enough. */
function resolveRelative(expression: string, ref: ReferenceDate | undefined): string | undefined {
  if (!ref) return undefined;
  if (expression.startsWith("l'an") || expression.startsWith("l'annee")) {
    return String(ref.year + (expression.endsWith('dernier') || expression.endsWith('derniere') ? -1 : 1));
  }
  if (ref.month === undefined) return undefined;
  if (expression.startsWith('le mois')) {
    const index = ref.year * 12 + ref.month - 1 + (expression.endsWith('dernier') ? -1 : 1);
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  }
  if (ref.day === undefined) return undefined;
  const offsets: Record<string, number> = {
    'avant-hier': -2,
    hier: -1,
    yesterday: -1,
    "aujourd'hui": 0,
    today: 0,
    demain: 1,
    tomorrow: 1,
    'apres-demain': 2,
  };
  const offset = offsets[expression];
  return offset === undefined
    ? undefined
    : isoFromTime(Date.UTC(ref.year, ref.month - 1, ref.day) + offset * 86_400_000);
}

/** ISO day of a UTC timestamp. */
function isoFromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The date relative expressions are resolved against: `Article.date`, made more precise by a publication stamp in the
 * article when one agrees with it (a `/20211231/` URL, or "31.12.2021" next to the outlet name).
 */
export function referenceDate(article: Pick<Article, 'date' | 'text' | 'url'>): ReferenceDate | undefined {
  const parsed = parseIsoDate(article.date);
  if (parsed?.day !== undefined) return parsed;
  const stamps: ReferenceDate[] = [];
  for (const source of [article.url ?? '', article.text]) {
    for (const m of source.matchAll(/\/(20\d{2})\/?(\d{2})\/?(\d{2})\//g)) {
      stamps.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    }
  }
  for (const m of article.text.matchAll(/(?<![\d.])(\d{2})\.(\d{2})\.(20\d{2})(?![\d.]),\s*\p{Lu}/gu)) {
    stamps.push({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  }
  const agreeing = stamps.find(
    (s) => !parsed || (s.year === parsed.year && (parsed.month === undefined || s.month === parsed.month)),
  );
  return agreeing && validDay(agreeing) ? agreeing : parsed;
}

/** True when the stamp is a real calendar day. */
function validDay(d: ReferenceDate): boolean {
  if (d.month === undefined || d.day === undefined || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCMonth() === d.month - 1;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function parseIsoDate(date: string | undefined): ReferenceDate | undefined {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (!m) return undefined;
  return {
    year: Number(m[1]),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}
