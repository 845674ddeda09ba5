import { z } from 'zod';
import { fold } from '../text/fold';
import { DEFAULT_LEXICON, extendLexicon, type ClaimLexicon } from './lexicon';

/** What a user's lexicon entry is looked for as: a framing word, an attribution or hedge marker, a source noun. */
export const LEXICON_KINDS = ['framing', 'attribution', 'source'] as const;

/** One word or phrase a user added to the lexicon. */
export const lexiconEntrySchema = z.object({
  phrase: z.string().trim().min(1).max(200),
  /** The articles it applies to (`fr`, `en`); absent: articles of every language. */
  lang: z.enum(['fr', 'en']).optional(),
  kind: z.enum(LEXICON_KINDS),
});

/** One word or phrase a user added to the lexicon. */
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

/** Contents of `<folder>/.recoupe/lexicon.json`: words and phrases added to the built-in lexicon. */
export const lexiconFileSchema = z.object({
  version: z.literal(1),
  entries: z.array(lexiconEntrySchema).max(5000),
});

/** Contents of `<folder>/.recoupe/lexicon.json`. */
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

/** The lexicon of one language of article (`undefined`: unknown language) with a user's entries merged in. */
export function lexiconFor(entries: readonly LexiconEntry[], lang: 'fr' | 'en' | undefined): ClaimLexicon {
  const of = (kind: LexiconEntry['kind']): string[] =>
    entries.filter((e) => e.kind === kind && (!e.lang || !lang || e.lang === lang)).map((e) => e.phrase);
  if (entries.length === 0) return DEFAULT_LEXICON;
  return extendLexicon(DEFAULT_LEXICON, {
    framing: of('framing'),
    attribution: of('attribution'),
    sources: of('source'),
  });
}

/**
 * The lexicons a run of extraction uses, built once so that each article of a language shares one (the patterns
 * of a lexicon are compiled once): `of(language)` gives the lexicon of an article's language tag.
 */
export function lexiconsByLanguage(entries: readonly LexiconEntry[]): {
  of(language: string | undefined): ClaimLexicon;
} {
  const fr = lexiconFor(entries, 'fr');
  const en = lexiconFor(entries, 'en');
  const any = lexiconFor(entries, undefined);
  return {
    of: (language) => (language?.startsWith('fr') ? fr : language?.startsWith('en') ? en : any),
  };
}

/** Entries trimmed, without repeats of the same phrase, kind and language (compared without case or accents). */
export function uniqueEntries(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const seen = new Set<string>();
  const out: LexiconEntry[] = [];
  for (const entry of entries) {
    const phrase = entry.phrase.trim().replace(/\s+/g, ' ');
    const key = `${entry.kind}\u0000${entry.lang ?? ''}\u0000${fold(phrase)}`;
    if (!phrase || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...entry, phrase });
  }
  return out;
}
