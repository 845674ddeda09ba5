import type { Language } from '../ipc/types';
import { LOCALES } from '../format/lang';
import { en, type Catalog } from './en';
import { fr } from './fr';

/** Every catalog by language. */
export const catalogs: Readonly<Record<Language, Catalog>> = { en, fr };

/** Dotted paths of every string in a catalog, e.g. `menu.file`. */
export type KeyPath<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPath<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Any key of the catalogs, plural suffixes included. */
export type MessageKey = KeyPath<Catalog>;

/** Looks up a dotted key in a catalog; undefined when absent. */
function lookup(catalog: Catalog, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates a key outside React (main-process menus and dialogs, CLI, exports); `{{name}}` is replaced. */
export function translate(
  lang: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = lookup(catalogs[lang], key) ?? lookup(en, key) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

/** The bases of the keys that come in `_one` / `_other` forms ("report.corrections" for `report.corrections_one`…). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

const pluralRules = new Map<Language, Intl.PluralRules>();

/** Translates a counted message: picks the `_one` or `_other` form by the language's plural rules; `{{count}}` is the count written in that language. */
export function translateCount(
  lang: Language,
  base: PluralKey,
  count: number,
  params: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${base}_${form}` as MessageKey, {
    count: new Intl.NumberFormat(LOCALES[lang]).format(count),
    ...params,
  });
}
