import type { TextLang } from './lang';

/** Longest stem kept: past it words share a stem by their first letters ("répondraient", "répondre" → "repondr"). */
const MAX_STEM = 7;

/**
 * The one light stemmer, for a folded word: French removes plural `s`/`x` (and `-aux` → `-al`), the feminine `e` and
 * a doubled final consonant; English removes the plural `s` (`-ies` → `-y`) and a final `e`; both then cut the stem
 * to seven letters. Numbers and words of three letters or fewer are kept. Without a language, the French rules,
 * which cover the English plural.
 */
export function stem(folded: string, lang?: TextLang): string {
  let w = folded.replace(/['’]/g, '');
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (lang === 'en') {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (/[^su]s$/.test(w)) w = w.slice(0, -1);
    if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  } else {
    if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
    else if (/[sx]$/.test(w)) w = w.slice(0, -1);
    if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
    if (w.length > 4 && /(nn|ll|tt)$/.test(w)) w = w.slice(0, -1);
  }
  return w.length > MAX_STEM ? w.slice(0, MAX_STEM) : w;
}
