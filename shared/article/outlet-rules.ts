import { z } from 'zod';
import rulesData from './outlet-rules.json';

/** Where in an article an outlet rule looks. */
export type RuleKind = 'dateline' | 'caption' | 'credit' | 'stamp' | 'host' | 'path' | 'slug' | 'byline';

const patternList = z.array(
  z.string().refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);

const outletRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs'),
  name: z.string().min(1),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** A news agency: its copy is carried by other sites, often unsigned. */
  agency: z.boolean().default(false),
  /** The names the outlet signs with; the authorship grammar (`authorshipPatterns`) is built from them. */
  names: z.array(z.string().min(2)).default([]),
  dateline: patternList.default([]),
  caption: patternList.default([]),
  credit: patternList.default([]),
  stamp: patternList.default([]),
  host: z.array(z.string().min(3)).default([]),
  /** Patterns on the path of the page's address that name the outlet's copy on another site ("/wires/pa/"). */
  path: patternList.default([]),
  slug: patternList.default([]),
});

/** Shape of `outlet-rules.json`. */
export const outletRulesSchema = z.object({
  version: z.literal(1),
  notes: z.string().optional(),
  unknownColor: z.string().regex(/^#[0-9a-f]{6}$/i),
  outlets: z.array(outletRuleSchema).min(1),
});

/** One outlet's rules with its patterns compiled. */
export interface CompiledOutletRule {
  id: string;
  name: string;
  color: string;
  /** A news agency, whose copy other sites carry unsigned. */
  agency: boolean;
  patterns: Record<Exclude<RuleKind, 'host' | 'path'>, RegExp[]>;
  /** The authorship grammar over the outlet's names, tested on the opening and closing paragraphs. */
  authorship: AuthorshipPatterns;
  hosts: string[];
  /** Patterns on the address's path: a wire section of a carrying site. */
  paths: RegExp[];
}

/** Where a signed name stands: a dateline opening a paragraph, a byline paragraph, a credit closing the text. */
export interface AuthorshipPatterns {
  /** Any of the names anywhere: a text without it cannot match the other patterns. */
  names?: RegExp;
  dateline: RegExp[];
  byline: RegExp[];
  /** "X avec N": the site's writer using N's copy, weaker than N's own byline. */
  contributor: RegExp[];
  closing: RegExp[];
}

/** Compiled rules, ready for `detectOutlet`. */
export interface OutletRules {
  outlets: CompiledOutletRule[];
  unknownColor: string;
}

/** Validates raw rules data and compiles its patterns; throws a zod error naming the bad field. */
export function compileOutletRules(data: unknown): OutletRules {
  const parsed = outletRulesSchema.parse(data);
  const compile = (list: string[]): RegExp[] => list.map((source) => new RegExp(source, 'u'));
  return {
    unknownColor: parsed.unknownColor,
    outlets: parsed.outlets.map((o) => ({
      id: o.id,
      name: o.name,
      color: o.color,
      agency: o.agency,
      hosts: o.host.map((h) => h.toLowerCase()),
      paths: compile(o.path),
      patterns: {
        dateline: compile(o.dateline),
        caption: compile(o.caption),
        credit: compile(o.credit),
        stamp: compile(o.stamp),
        slug: compile(o.slug),
        byline: [],
      },
      authorship: authorshipPatterns(o.names),
    })),
  };
}

/** Escapes a literal for a regular expression. */
function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * The house styles of a signed name N, whatever the outlet: "PLACE, date (N) -", "(N) Text…", a "Place (N)" line;
 * "By N", "By The N", "Par N", "Source : N", "Published by N", "information fournie par N", "Names, N",
 * "Names | N", a paragraph that is N alone (bylines: short paragraphs of the opening or the end); a closing "(N)"
 * or "(XY/N)" after the last sentence; "X avec N" (a contributor: the site's writer using N's copy, weighed as a credit).
 */
export function authorshipPatterns(names: readonly string[]): AuthorshipPatterns {
  if (names.length === 0) return { dateline: [], byline: [], contributor: [], closing: [] };
  const variants = [...new Set(names.flatMap((n) => [n, n.toUpperCase()]))].sort(
    (a, b) => b.length - a.length,
  );
  const n = `(?:${variants.map(escapeRegExp).join('|')})`;
  const u = 'u';
  return {
    names: new RegExp(n, u),
    dateline: [
      new RegExp(`^(?:[\\p{Lu}][^()\\n]{0,80}?\\s)?\\(${n}\\)\\s*[-–—:]`, u),
      new RegExp(`^[\\p{Lu}][^()\\n.]{0,50}\\s\\(${n}\\)$`, u),
      new RegExp(`^\\(${n}\\)\\s+(?=[\\p{Lu}«“"])`, u),
    ],
    byline: [
      new RegExp(
        `^(?:By|BY|Par|PAR|Source\\s*:|Published by|Publié par|[Ii]nformation fournie par)\\s+(?:[Tt]he\\s+|THE\\s+)?${n}(?![\\p{L}\\p{N}])`,
        u,
      ),
      new RegExp(`^(?:[Tt]he\\s+)?${n}$`, u),
      new RegExp(
        `^[\\p{Lu}][^\\n]{0,120}?(?:,|\\s\\|)\\s+(?:[Tt]he\\s+)?${n}(?:\\s+[\\p{Ll}][\\p{L} ]{0,40})?(?:\\s+\\|[^|\\n]{1,30})?$`,
        u,
      ),
    ],
    contributor: [new RegExp(`(?:^|\\s)(?:avec|with)\\s+(?:l'|the\\s+)?${n}$`, u)],
    closing: [new RegExp(`[.!?»”"]\\s*\\((?:[\\p{Lu}]{1,6}/)?${n}\\)$`, u)],
  };
}

/** The rules shipped with Recoupe (`outlet-rules.json`). */
export const defaultOutletRules: OutletRules = compileOutletRules(rulesData);

/** Colour of an outlet: the rules' colour, else a deterministic colour derived from its id. */
export function outletColor(id: string, rules: OutletRules = defaultOutletRules): string {
  const known = rules.outlets.find((o) => o.id === id);
  if (known) return known.color;
  if (id === 'unknown' || id === '') return rules.unknownColor;
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  const hue = (hash >>> 0) % 360;
  return hslToHex(hue, 0.55, 0.42);
}

/** Converts an HSL colour to `#rrggbb`. */
function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** Lowercase slug for an outlet name given by a user or by metadata ("Le Monde" → `le-monde`). */
export function slugifyOutlet(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unknown';
}
