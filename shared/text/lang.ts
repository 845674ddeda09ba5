/** The languages the text layer reads with their own rules (numbers, abbreviations, stems, stop words). */
export type TextLang = 'fr' | 'en';

/** The text layer's language for an article's detected language (`Article.language`); undefined when it has no rules for it. */
export function textLang(language: string | undefined): TextLang | undefined {
  return language === 'fr' || language === 'en' ? language : undefined;
}

/** The commonest words of each language the detector knows. */
const COMMON_WORDS: Record<string, string> = {
  fr: 'le la les des et est une un dans que qui pour du au aux avec sur par pas ont été sont',
  en: 'the and of to in is that for with on was said by are have has it from were',
  de: 'der die das und ist nicht mit den von zu auf für sich dem ein eine',
  es: 'el los las del y que en por con para una es se al lo como',
};
/** For each common word, the languages it belongs to. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, list] of Object.entries(COMMON_WORDS)) {
  for (const word of list.split(' ')) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), lang]);
}
const SAMPLE = 1000;

/** A text's language (`fr`, `en`, `de`, `es`) from its commonest words in its first 1,000 characters; undefined when unclear. */
export function detectLanguage(text: string): string | undefined {
  const found =
    text
      .slice(0, SAMPLE)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (found.length < 5) return undefined;
  const counts = new Map<string, number>();
  for (const word of found) {
    const langs = LANGUAGES_OF.get(word);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const lang of Object.keys(COMMON_WORDS)) {
    const count = counts.get(lang) ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return bestCount >= Math.max(2, found.length * 0.05) ? best : undefined;
}
