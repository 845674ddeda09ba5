import { stopWords } from './stop-words';
import type { TextLang } from './lang';
import { foldedWords, type FoldedWords } from './tokenize';
import type { Span } from '../article/model';

/**
 * Known exonyms and demonyms of international news, one canonical key per place, people or body, with the folded
 * forms French and English write it in ("Genève" and "Geneva", "russe" and "Russian", "Poutine" and "Putin"). A
 * form listed here is a name key in any case; other words are name keys only when capitalised.
 */
const EXONYMS: Record<string, string> = {
  geneva: 'geneve genf genevois',
  moscow: 'moscou',
  russia: 'russie russe russes russian russians',
  ukraine: 'ukrainien ukrainienne ukrainiens ukrainiennes ukrainian ukrainians',
  us: 'etats unis usa americain americaine americains americaines american americans washington',
  china: 'chine chinois chinoise chinoises chinese pekin beijing',
  france: 'francais francaise francaises french paris elysee',
  germany: 'allemagne allemand allemande allemands allemandes german germans berlin',
  britain: 'royaume uni britannique britanniques british uk londres london',
  turkey: 'turquie turc turque turcs turques turkish turkiye ankara',
  syria: 'syrie syrien syrienne syriens syriennes syrian syrians damas damascus',
  poland: 'pologne polonais polonaise polish varsovie warsaw',
  belarus: 'bielorussie belarusse bielorusse belarussian belarusian minsk',
  denmark: 'danemark danois danoise danish copenhague copenhagen',
  sweden: 'suede suedois suedoise swedish stockholm',
  norway: 'norvege norvegien norvegienne norwegian',
  baltic: 'baltique baltiques',
  europe: 'europeen europeenne europeens europeennes european europeans',
  kyiv: 'kiev kyiv',
  kharkiv: 'kharkov',
  luhansk: 'louhansk lougansk lugansk',
  donbas: 'donbass',
  crimea: 'crimee',
  rostov: 'rostov',
  indonesia: 'indonesie indonesien indonesienne indonesian',
  japan: 'japon japonais japonaise japanese tokyo',
  taiwan: 'taiwanais taiwanaise taiwanese',
  nato: 'otan',
  un: 'onu',
  eu: 'ue',
  putin: 'poutine',
  zelensky: 'zelenski zelenskyy zelenskiy zelenskii',
  prigozhin: 'prigojine',
  lukashenko: 'loukachenko',
  erdogan: 'erdogan',
  assad: 'assad',
  shoigu: 'choigou shoygu',
  peskov: 'peskov',
  zakharova: 'zakharova',
  kremlin: 'kremlin',
  pentagon: 'pentagone',
  kahramanmaras: 'kahramanmaras',
  gaziantep: 'gaziantep',
};

/** Folded form → canonical key. */
const CANONICAL = new Map<string, string>();
for (const [key, forms] of Object.entries(EXONYMS)) {
  CANONICAL.set(key, key);
  for (const form of forms.split(' ')) CANONICAL.set(form, key);
}
/** Two-word forms ("etats unis", "royaume uni", "nord stream") read as one key. */
const PAIRS = new Map<string, string>([
  ['etats unis', 'us'],
  ['united states', 'us'],
  ['royaume uni', 'britain'],
  ['united kingdom', 'britain'],
  ['maison blanche', 'whitehouse'],
  ['white house', 'whitehouse'],
  ['nations unies', 'un'],
  ['united nations', 'un'],
]);

const NOT_NAMES = stopWords('story');

/**
 * The language-neutral name keys of `[start, end)` ranges of a text: capitalised words that are not stop words,
 * folded, and every form of the exonym table whatever its case, mapped to one key per place, people or body (so a
 * French and an English report of one event share "geneva", "putin", "russia"); plus numbers of two digits or more
 * as `#value`. In text order, repeats kept.
 */
export function nameKeys(text: string, ranges: readonly Span[], lang?: TextLang): string[] {
  return nameKeysOfWords(text, foldedWords(text, ranges, lang));
}

/** `nameKeys` of words already folded (an article's cached content words). */
export function nameKeysOfWords(text: string, words: FoldedWords): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  let previousPushed = false;
  for (let i = 0; i < words.words.length; i++) {
    const surface = text.slice(words.starts[i], words.ends[i]);
    if (/^\d/.test(surface)) {
      const digits = surface.replace(/[\s.,\u00A0\u202F']/g, '');
      if (/^\d{2,}$/.test(digits)) out.push(`#${Number(digits)}`);
      previous = undefined;
      continue;
    }
    const folded = words.words[i]!.split(/[-‐]/u);
    const parts = surface.split(/[-‐]/u);
    for (let p = 0; p < folded.length; p++) {
      const word = folded[p]!.replace(/^(?:[ldjmnstc]|qu)'(?=.)/u, '').replace(/'s?$/u, '');
      if (!word) continue;
      const pair = previous === undefined ? undefined : PAIRS.get(`${previous} ${word}`);
      if (pair) {
        if (previousPushed) out.pop();
        out.push(pair);
        previous = undefined;
        continue;
      }
      previous = word;
      const bare = (parts[p] ?? '').replace(/^(?:[lLdDjJmMnNsStTcC]|[qQ]u)['’](?=.)/u, '');
      const key =
        CANONICAL.get(word) ??
        (/^\p{Lu}/u.test(bare) && word.length >= 2 && !NOT_NAMES.has(word) && !/\d/.test(word)
          ? word
          : undefined);
      previousPushed = key !== undefined;
      if (key) out.push(key);
    }
  }
  return out;
}
