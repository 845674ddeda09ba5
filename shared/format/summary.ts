import { outletLabel } from '../compare/compare';
import type { CompareStats, Comparison } from '../compare/types';
import { LOCALES, type Lang } from './lang';

/** What a summary is composed from. */
export interface SummaryInput {
  stats: CompareStats;
  /** Display name of the first article's outlet (the reference text). */
  outletA: string;
  /** Display name of the second article's outlet (the one whose changes are described). */
  outletB: string;
}

/** A counted noun. */
export type CountNoun = 'paragraph' | 'quote' | 'number';
/** What happened to the counted things. */
export type CountChange = 'dropped' | 'added' | 'changed';

interface NounForms {
  one: string;
  other: string;
  feminine: boolean;
}

const NOUNS: Readonly<Record<Lang, Readonly<Record<CountNoun, NounForms>>>> = {
  fr: {
    paragraph: { one: 'paragraphe', other: 'paragraphes', feminine: false },
    quote: { one: 'citation', other: 'citations', feminine: true },
    number: { one: 'nombre', other: 'nombres', feminine: false },
  },
  en: {
    paragraph: { one: 'paragraph', other: 'paragraphs', feminine: false },
    quote: { one: 'quote', other: 'quotes', feminine: false },
    number: { one: 'number', other: 'numbers', feminine: false },
  },
};

const PARTICIPLES: Readonly<Record<CountChange, { fr: string; en: string }>> = {
  dropped: { fr: 'supprimé', en: 'dropped' },
  added: { fr: 'ajouté', en: 'added' },
  changed: { fr: 'modifié', en: 'changed' },
};

const pluralRules = new Map<Lang, Intl.PluralRules>();
const integerFormats = new Map<Lang, Intl.NumberFormat>();
const percentFormats = new Map<Lang, Intl.NumberFormat>();

/** A formatter built once per language (building `Intl` objects is slow). */
function cached<T>(cache: Map<Lang, T>, lang: Lang, make: (locale: string) => T): T {
  let value = cache.get(lang);
  if (value === undefined) {
    value = make(LOCALES[lang]);
    cache.set(lang, value);
  }
  return value;
}

/** True when `n` takes the singular in `lang` (French: 0 and 1; English: 1). */
function isOne(n: number, lang: Lang): boolean {
  return cached(pluralRules, lang, (locale) => new Intl.PluralRules(locale)).select(n) === 'one';
}

/** `n` followed by the noun in the right number: "1 paragraphe", "5 paragraphes", "2 quotes". */
function countNoun(n: number, noun: CountNoun, lang: Lang): string {
  const forms = NOUNS[lang][noun];
  return `${formatInteger(n, lang)} ${isOne(n, lang) ? forms.one : forms.other}`;
}

/** An integer with the locale's grouping. */
function formatInteger(n: number, lang: Lang): string {
  return cached(
    integerFormats,
    lang,
    (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  ).format(n);
}

/** A count with its noun and participle, zero included: "aucun paragraphe supprimé", "1 citation supprimée", "5 paragraphs dropped". */
export function formatChangeCount(n: number, noun: CountNoun, change: CountChange, lang: Lang): string {
  const forms = NOUNS[lang][noun];
  if (lang === 'en') {
    const participle = PARTICIPLES[change].en;
    return n === 0 ? `no ${forms.one} ${participle}` : `${countNoun(n, noun, lang)} ${participle}`;
  }
  const base = PARTICIPLES[change].fr;
  const feminine = forms.feminine ? 'e' : '';
  if (n === 0) return `${forms.feminine ? 'aucune' : 'aucun'} ${forms.one} ${base}${feminine}`;
  const plural = isOne(n, lang) ? '' : 's';
  return `${countNoun(n, noun, lang)} ${base}${feminine}${plural}`;
}

/** A share as a percentage for a sentence: "64 %", "moins de 1 %" for a small non-zero share. */
function sharePhrase(x: number, lang: Lang): string {
  const percent = cached(
    percentFormats,
    lang,
    (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  );
  if (x > 0 && x < 0.005)
    return lang === 'fr' ? `moins de ${percent.format(0.01)}` : `less than ${percent.format(0.01)}`;
  if (x < 1 && x >= 0.995)
    return lang === 'fr' ? `plus de ${percent.format(0.99)}` : `more than ${percent.format(0.99)}`;
  return percent.format(x);
}

/** "de Reuters", "d'AFP": the French preposition before an outlet name (elided before a capital vowel only, not before a file name). */
function ofFr(name: string): string {
  return /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ]/.test(name) ? `d'${name}` : `de ${name}`;
}

/** "Reuters'", "AFP's": the English possessive of an outlet name. */
function possessiveEn(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** The clause on how much of A's text B keeps. */
function keptClause(stats: CompareStats, outletA: string, outletB: string, lang: Lang): string {
  const { keptVerbatim: kept, keptEdited: edited } = stats;
  const showEdited = edited >= 0.005;
  if (lang === 'fr') {
    const text = `du texte ${ofFr(outletA)}`;
    if (kept === 0) {
      return showEdited
        ? `${outletB} ne reprend rien ${text} mot pour mot mais en reformule ${sharePhrase(edited, lang)}`
        : `${outletB} ne reprend rien ${text}`;
    }
    const share = kept === 1 ? `tout le texte ${ofFr(outletA)}` : `${sharePhrase(kept, lang)} ${text}`;
    const rest = showEdited ? ` et ${sharePhrase(edited, lang)} avec des modifications` : '';
    return `${outletB} reprend ${share} mot pour mot${rest}`;
  }
  const text = `${possessiveEn(outletA)} text`;
  if (kept === 0) {
    return showEdited
      ? `${outletB} keeps none of ${text} word for word but rewords ${sharePhrase(edited, lang)} of it`
      : `${outletB} keeps none of ${text}`;
  }
  const share = kept === 1 ? `all of ${text}` : `${sharePhrase(kept, lang)} of ${text}`;
  const rest = showEdited ? ` and ${sharePhrase(edited, lang)} with changes` : '';
  return `${outletB} keeps ${share} word for word${rest}`;
}

/** The clauses on dropped and added paragraphs and quotes (none when nothing was dropped or added). */
function paragraphClauses(stats: CompareStats, lang: Lang): string[] {
  const { droppedParagraphs: dropped, droppedQuotes, addedParagraphs: added, addedQuotes } = stats;
  const fr = lang === 'fr';
  const clauses: string[] = [];
  const including = (quotes: number, paragraphs: number): string => {
    if (quotes === 0) return '';
    const word = fr ? (quotes > paragraphs ? 'et' : 'dont') : quotes > paragraphs ? 'and' : 'including';
    return ` ${word} ${countNoun(quotes, 'quote', lang)}`;
  };
  if (dropped > 0) {
    clauses.push(
      `${fr ? 'supprime' : 'drops'} ${countNoun(dropped, 'paragraph', lang)}${including(droppedQuotes, dropped)}`,
    );
  } else if (droppedQuotes > 0) {
    clauses.push(`${fr ? 'supprime' : 'drops'} ${countNoun(droppedQuotes, 'quote', lang)}`);
  }
  if (added > 0) {
    const count =
      dropped > 0
        ? `${fr ? 'en ajoute' : 'adds'} ${formatInteger(added, lang)}`
        : `${fr ? 'ajoute' : 'adds'} ${countNoun(added, 'paragraph', lang)}`;
    clauses.push(`${count}${including(addedQuotes, added)}`);
  } else if (addedQuotes > 0) {
    clauses.push(`${fr ? 'ajoute' : 'adds'} ${countNoun(addedQuotes, 'quote', lang)}`);
  }
  return clauses;
}

/**
 * Composes the one-sentence summary of a comparison from its figures:
 * "Sputnik reprend 64 % du texte de Reuters mot pour mot, supprime 5 paragraphes dont 2 citations, en ajoute 3."
 */
export function formatSummary(input: SummaryInput, lang: Lang): string {
  const { stats, outletA, outletB } = input;
  const fr = lang === 'fr';
  const changes = paragraphClauses(stats, lang);
  const numbers =
    stats.numbersChanged > 0
      ? `${fr ? 'modifie' : 'changes'} ${countNoun(stats.numbersChanged, 'number', lang)}`
      : undefined;
  const clauses = [keptClause(stats, outletA, outletB, lang), ...changes];
  if (changes.length === 0) {
    if (numbers) clauses.push(numbers);
    clauses.push(fr ? 'sans supprimer ni ajouter de paragraphe' : 'without dropping or adding any paragraph');
    return `${clauses.join(', ')}.`;
  }
  return `${clauses.join(', ')}${numbers ? ` ${fr ? 'et' : 'and'} ${numbers}` : ''}.`;
}

/** The one-sentence summary of a comparison in `lang`, composed from its figures and its articles' outlets. */
export function summarizeComparison(comparison: Pick<Comparison, 'a' | 'b' | 'stats'>, lang: Lang): string {
  const { a, b, stats } = comparison;
  return formatSummary({ stats, outletA: outletLabel(a, b), outletB: outletLabel(b, a) }, lang);
}
