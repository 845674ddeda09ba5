import { fold } from './fold';
import type { TextLang } from './lang';

/** Function words per language, folded: articles, pronouns, prepositions, conjunctions, auxiliaries. */
const BASE: Record<TextLang, string> = {
  fr:
    'le la les l un une des de du d au aux a à en dans par pour sur sous avec sans entre vers chez et ou où mais ' +
    'donc or ni car que qu qui quoi dont ce cet cette ces ceci cela ça se s sa son ses leur leurs lui eux elle elles ' +
    'il ils on nous vous je j me m te t tu y ne n pas plus moins très tout toute tous toutes ont est sont été être ' +
    'avoir avait avaient était fait c notre nos votre vos mon ma mes ton ta tes si comme lors après avant depuis ' +
    'aussi même autre autres quelque',
  en:
    'the of and to in on for with by at from as is are was were be been has have had it its this that these those ' +
    'an or not but no he she they we you his her their our which who whom what when where will would',
};
/** Words that also carry little for one purpose, on top of the base lists. */
const EXTRAS = {
  /** Context words around a claim and concordance hits. */
  context: '',
  /** Content-word overlap between paraphrased paragraphs. */
  paraphrase:
    'ainsi peut doit quand alors déjà encore selon could should may might can also than then there bien ' +
    'aucun aucune contre chaque certain certains certaine certaines toutefois notamment outre quant cours ' +
    'fois part ici jusqu ailleurs pourtant cependant seulement afin celui celle ceux celles dit sera ' +
    'seront serait seraient pourrait pourraient faire about after before into over such only other some ' +
    'any more most very just said says',
  /** Terms that tell stories apart: reporting verbs and very common words say nothing about the event. */
  story:
    'sera seront ainsi alors encore deja bien selon quant deux celui celle celles ceux dit indique ' +
    'declare said also into after before about than them there over more other some',
  /** The words that commonly open a paragraph, for telling a heading from the paragraph glued to it. */
  opening: 'according after before',
  /** Words after a bare year that leave it a year, not a count ("en 2014 et", "in 2015 when"). */
  'after-year': 'puis contre',
  /** Capitalised words that start sentences or titles and are never names (titles, months, weekdays). */
  'not-names':
    'selon via bien aucune aucun quand côté signe moscou according after before mr mrs ms président ' +
    'présidente ministre chef porte-parole conseiller conseillère directeur secrétaire général premier ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août ' +
    'septembre octobre novembre décembre propositions plein quelques plusieurs ici puis ensuite enfin ' +
    'alors ainsi voici voilà sélections reportage rédigé version monsieur madame mme situation room ' +
    'minister defence defense foreign interior prime secretary spokesman spokeswoman senator governor ' +
    'mayor chancellor chief deputy vice state colonel captain sir lord dr prof',
  /** Words that cannot be the counted noun right after a number. */
  'not-units': 'sera seront fut contre selon puis alors than',
} as const;

/** What a stop-word list is for. */
export type StopWordPurpose = keyof typeof EXTRAS;

const bases = new Map<TextLang, ReadonlySet<string>>();
const lists = new Map<StopWordPurpose, ReadonlySet<string>>();

/** The folded base list of `lang`. */
export function baseStopWords(lang: TextLang): ReadonlySet<string> {
  let set = bases.get(lang);
  if (!set) {
    set = new Set(BASE[lang].split(' ').map(fold));
    bases.set(lang, set);
  }
  return set;
}

/** The folded stop words for `purpose`: both base lists (articles are compared across languages) and its extras. */
export function stopWords(purpose: StopWordPurpose): ReadonlySet<string> {
  let set = lists.get(purpose);
  if (!set) {
    set = new Set([
      ...baseStopWords('fr'),
      ...baseStopWords('en'),
      ...EXTRAS[purpose].split(' ').filter(Boolean).map(fold),
    ]);
    lists.set(purpose, set);
  }
  return set;
}

/** Determiners of French and English, folded: after one, a word is a noun or an adjective before one. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'le la les un une des du au aux ce cet cette ces son sa ses leur leurs the a an this these those its their'
    .split(' ')
    .map(fold),
);
