/** A language the interface, the CLI and the exports are written in. */
export type Lang = 'fr' | 'en';

/** BCP 47 locale used with `Intl` for each language. */
export const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-US' };

/** The language named by an environment locale such as `fr_FR.UTF-8` (French for `fr*`, else English). */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^fr/i.test(locale) ? 'fr' : 'en';
}
