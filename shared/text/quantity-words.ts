/** Nouns of approximate number ("une cinquantaine", "a dozen") and their base value, folded. */
const APPROX: Readonly<Record<string, number>> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
  dozen: 12,
  score: 20,
};
/** Vague plurals ("des dizaines", "thousands") and their base value, folded. */
const VAGUE: Readonly<Record<string, number>> = {
  dizaines: 10,
  douzaines: 12,
  centaines: 100,
  milliers: 1000,
  millions: 1e6,
  milliards: 1e9,
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
  billions: 1e9,
};
/** Words that multiply the number before them ("3 millions", "deux mille"), folded. */
const SCALE: Readonly<Record<string, number>> = {
  mille: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
};
/** Share of its base value an approximate noun may be off by ("une cinquantaine" is 40 to 60). */
const APPROX_MARGIN = 0.2;

/** The approximate nouns, folded, for building patterns. */
export const APPROX_NOUNS: readonly string[] = Object.keys(APPROX);

/** The base value of an approximate noun ("cinquantaine" → 50), or undefined. */
export function approxBase(folded: string): number | undefined {
  return APPROX[folded];
}

/** The base value of a vague plural ("milliers" → 1000), or undefined. */
export function vagueBase(folded: string): number | undefined {
  return VAGUE[folded];
}

/** The factor of a scale word that writes numbers ("deux mille", "3 millions" → 1e6), or undefined. */
export function numberScaleOf(folded: string): number | undefined {
  return SCALE[folded];
}

/** The factor of any word that multiplies the quantity before it: scale words and "millier(s)" ("des dizaines de milliers"). */
export function scaleOf(folded: string): number | undefined {
  return SCALE[folded] ?? (folded === 'millier' || folded === 'milliers' ? 1e3 : undefined);
}

/** The range a value given by an approximate noun stands for: 20% either side. */
export function approxRange(value: number): [number, number] {
  return [value * (1 - APPROX_MARGIN), value * (1 + APPROX_MARGIN)];
}

/** The range a vague plural stands for: "des dizaines" is 20 to 99, "des milliers" 2,000 to 9,999. */
export function vagueRange(base: number): [number, number] {
  return [2 * base, base * 10 - 1];
}

/** The range of values one quantity word stands for on its own ("cinquantaine" → 40–60, "million" → 1e6), or undefined. */
export function quantityWordRange(folded: string): [number, number] | undefined {
  const approx = APPROX[folded];
  if (approx !== undefined) return approxRange(approx);
  const vague = VAGUE[folded];
  if (vague !== undefined) return vagueRange(vague);
  const scale = SCALE[folded];
  return scale !== undefined && scale >= 1e6 ? [scale, scale] : undefined;
}

/** True when the folded word is a quantity word of any kind. */
export function isQuantityWord(folded: string): boolean {
  return folded in APPROX || folded in VAGUE || scaleOf(folded) !== undefined;
}

/** A unit of duration: its length in minutes and its ISO 8601 designator. */
export interface DurationUnit {
  minutes: number;
  designator: 'S' | 'M' | 'H' | 'D' | 'W' | 'MO' | 'Y';
}

/** Units of duration by folded singular, French and English. */
const DURATION_UNITS: Readonly<Record<string, DurationUnit>> = {
  seconde: { minutes: 1 / 60, designator: 'S' },
  second: { minutes: 1 / 60, designator: 'S' },
  minute: { minutes: 1, designator: 'M' },
  heure: { minutes: 60, designator: 'H' },
  hour: { minutes: 60, designator: 'H' },
  jour: { minutes: 1440, designator: 'D' },
  journee: { minutes: 1440, designator: 'D' },
  day: { minutes: 1440, designator: 'D' },
  semaine: { minutes: 10080, designator: 'W' },
  week: { minutes: 10080, designator: 'W' },
  mois: { minutes: 43830, designator: 'MO' },
  month: { minutes: 43830, designator: 'MO' },
  an: { minutes: 525960, designator: 'Y' },
  annee: { minutes: 525960, designator: 'Y' },
  year: { minutes: 525960, designator: 'Y' },
  decennie: { minutes: 5259600, designator: 'Y' },
  decade: { minutes: 5259600, designator: 'Y' },
};

/** The unit of duration a folded noun names ("heures", "minute", "years"), or undefined. */
export function durationUnitOf(folded: string): DurationUnit | undefined {
  return DURATION_UNITS[folded] ?? (folded.endsWith('s') ? DURATION_UNITS[folded.slice(0, -1)] : undefined);
}
