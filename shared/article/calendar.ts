import { fold } from '../text/fold';
const MONTH_NAMES = [
  ['janvier', 'january'],
  ['fevrier', 'february'],
  ['mars', 'march'],
  ['avril', 'april'],
  ['mai', 'may'],
  ['juin', 'june'],
  ['juillet', 'july'],
  ['aout', 'august'],
  ['septembre', 'september'],
  ['octobre', 'october'],
  ['novembre', 'november'],
  ['decembre', 'december'],
] as const;

const WEEKDAY_NAMES = [
  ['lundi', 'monday'],
  ['mardi', 'tuesday'],
  ['mercredi', 'wednesday'],
  ['jeudi', 'thursday'],
  ['vendredi', 'friday'],
  ['samedi', 'saturday'],
  ['dimanche', 'sunday'],
] as const;

const months = new Map<string, number>(
  MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);
const weekdays = new Map<string, number>(
  WEEKDAY_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** Month number (1–12) of a French or English month name, in any case, with or without accents. */
export function monthNumber(name: string): number | undefined {
  return months.get(fold(name));
}

/** ISO day of the week (1 Monday … 7 Sunday) of a French or English weekday name. */
export function isoWeekday(name: string): number | undefined {
  return weekdays.get(fold(name));
}
