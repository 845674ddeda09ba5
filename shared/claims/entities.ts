import type { Span } from '../article/model';
import { fold } from '../text/fold';
import { stopWords } from '../text/stop-words';

/** A named person, place or organisation found in the text. */
export interface EntityFinding {
  kind: 'person' | 'place' | 'organisation';
  start: number;
  end: number;
  /** Canonical name: the gazetteer's form, or a person's full name when only the surname is written. */
  name: string;
}

/** Known places: canonical name and the variants written in the press. */
const PLACES: [string, string[]][] = [
  ['Ukraine', []],
  ['Russie', []],
  ['Etats-Unis', ['États-Unis', 'Etats Unis']],
  ['Europe', []],
  ['Moscou', []],
  ['Washington', []],
  ['Kiev', ['Kyiv']],
  ['Genève', ['Geneve']],
  ['Crimée', []],
  ['Donbass', ['Donbas']],
  ['Delaware', []],
  ['Wilmington', []],
  ['Sotchi', []],
  ['Minsk', []],
  ['Paris', []],
  ['Londres', []],
  ['Berlin', []],
  ['Bruxelles', []],
  ['Chine', []],
  ['Pékin', []],
  ['France', []],
  ['Allemagne', []],
  ['Royaume-Uni', []],
  ['Pologne', []],
  ['Biélorussie', ['Bélarus']],
  ['mer Noire', []],
  ['Union soviétique', ['URSS']],
  ['Vienne', []],
  ['Varsovie', []],
  ['Donetsk', []],
  ['Louhansk', ['Lougansk']],
  ['Kharkiv', ['Kharkov']],
  ['Odessa', []],
  ['Marioupol', []],
  ['Sébastopol', []],
  ['Syrie', []],
  ['Iran', []],
  ['Israël', []],
  ['Turquie', []],
  ['Japon', []],
  ['Inde', []],
  ['Canada', []],
  ['Kazakhstan', []],
  ['Géorgie', []],
  ['Moldavie', []],
  ['Italie', []],
  ['Espagne', []],
  ['Portugal', []],
  ['Lisbonne', []],
  ['Rome', []],
  ['Lorient', []],
  ['Brest', []],
  ['Marseille', []],
  ['Lyon', []],
  ['Nantes', []],
  ['Bordeaux', []],
  ['Toulouse', []],
  ['Lille', []],
  ['Strasbourg', []],
  ['Madrid', []],
  ['Oslo', []],
  ['Norvège', []],
  ['Islande', []],
  ['Reykjavik', []],
  ['Russia', []],
  ['United States', []],
];
/** Known organisations. */
const ORGANISATIONS: [string, string[]][] = [
  ['Otan', ['OTAN', 'NATO', "l'Alliance atlantique"]],
  ['Kremlin', []],
  ['Maison Blanche', ['Maison blanche', 'White House']],
  ['OSCE', []],
  ['UE', ['Union européenne', 'EU']],
  ['ONU', ['Nations unies', 'UN']],
  ['Reuters', []],
  ['AFP', []],
  ['Sputnik', ['Sputnik France']],
  ['Twitter', []],
  ['Pentagone', ['Pentagon']],
  ['Conseil de sécurité', []],
  ['Organisation pour la sécurité et la coopération en Europe', []],
  ["Département d'Etat", ["Département d'État", 'State Department']],
  ['Elysée', ['Élysée']],
  ['Congrès', []],
  ['Sénat', []],
  ['G7', []],
  ['G20', []],
  ['FMI', []],
  ['Banque mondiale', []],
  ['Alliance', []],
];
/** Capitalised words that start sentences or titles and are never names. */
const NOT_NAMES = stopWords('not-names');
/** Words that make the preceding capitalised words a place or an organisation rather than a person. */
const TITLES =
  /(?:président|présidente|ministre|chef|porte-parole|conseiller|conseillère|secrétaire|dirigeant|homologue|M\.|Mme|leader|premier ministre|vice-président|vice-secrétaire d['’]Etat|chancelier|chancelière|ambassadeur|émissaire|diplomate|négociateur|général|amiral|patron|President|Minister|spokesman|spokeswoman|adviser|Secretary)(?:\s+(?:américain|américaine|russe|ukrainien|ukrainienne|français|française|allemand|allemande|britannique|chinois|adjoint|adjointe|de la diplomatie(?:\s+\p{L}+)?|du Kremlin|des Affaires étrangères|de la Défense))?\s+$/u;

const CAP_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}[\\p{Ll}]+)*";
const PARTICLE = '(?:de|da|di|van|von|der|al|el|ben|bin|le|la|du)';
const NAME_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${CAP_WORD})*(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Regex of gazetteer entries, longest first, matching whole words. */
function gazetteerRe(entries: [string, string[]][]): { re: RegExp; canonical: Map<string, string> } {
  const canonical = new Map<string, string>();
  for (const [name, variants] of entries) {
    for (const form of [name, ...variants]) {
      canonical.set(form, name);
      canonical.set(form.toUpperCase(), name);
    }
  }
  const forms = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), canonical };
}

/** Escapes regex metacharacters. */
function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PLACE_GAZ = gazetteerRe(PLACES);
const ORG_GAZ = gazetteerRe(ORGANISATIONS);

/**
 * Finds named people, places and organisations in the zones: places and organisations from a gazetteer (the usual
 * countries, capitals and institutions of international news) and all-capital acronyms; people as runs of two or more
 * capitalised words that are not known places or organisations, and later mentions of their surname.
 */
export function extractEntities(text: string, zones: readonly Span[]): EntityFinding[] {
  const found: EntityFinding[] = [];
  const taken: Span[] = [];
  const free = (s: number, e: number): boolean => !taken.some(([ts, te]) => s < te && e > ts);
  const add = (finding: EntityFinding): void => {
    if (!free(finding.start, finding.end)) return;
    found.push(finding);
    taken.push([finding.start, finding.end]);
  };
  for (const [from, to] of zones) {
    const zone = text.slice(from, to);
    for (const [gaz, kind] of [
      [ORG_GAZ, 'organisation'],
      [PLACE_GAZ, 'place'],
    ] as const) {
      for (const m of zone.matchAll(gaz.re)) {
        const start = from + (m.index ?? 0);
        const name = gaz.canonical.get(m[0]);
        if (name) add({ kind, start, end: start + m[0].length, name });
      }
    }
  }
  const surnames = new Map<string, string>();
  for (const [from, to] of zones) {
    const zone = text.slice(from, to);
    for (const m of zone.matchAll(NAME_RUN)) {
      const runStart = from + (m.index ?? 0);
      const complement = COMPLEMENT_BEFORE.test(text.slice(Math.max(0, runStart - 6), runStart));
      for (const [i, piece] of splitRun(m[0], runStart, taken).entries()) {
        const words = piece.text.split(/\s+/);
        if (i === 0 && complement && piece.start === runStart && words.length >= 3) {
          const dropped = words.shift()!;
          piece.start += dropped.length + 1;
          piece.text = words.join(' ');
        }
        const before = text.slice(Math.max(0, piece.start - 60), piece.start);
        if (words.length >= 2 && !/^\p{Lu}+$/u.test(words[0]!)) {
          add({ kind: 'person', start: piece.start, end: piece.end, name: piece.text.replace(/\s+/g, ' ') });
          surnames.set(words[words.length - 1]!, piece.text.replace(/\s+/g, ' '));
        } else if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!) && !ZONE_ACRONYMS.has(words[0]!)) {
          add({ kind: 'organisation', start: piece.start, end: piece.end, name: words[0]! });
        } else if (words.length === 1 && TITLES.test(before)) {
          add({ kind: 'person', start: piece.start, end: piece.end, name: piece.text });
        }
      }
    }
  }
  for (const [from, to] of zones) {
    const zone = text.slice(from, to);
    for (const m of zone.matchAll(NAME_RUN)) {
      for (const w of m[0].matchAll(/\S+/gu)) {
        const full = surnames.get(w[0]);
        const start = from + (m.index ?? 0) + (w.index ?? 0);
        if (full) add({ kind: 'person', start, end: start + w[0].length, name: full });
      }
    }
  }
  return found
    .map((f) =>
      f.kind === 'person' && !f.name.includes(' ') ? { ...f, name: surnames.get(f.name) ?? f.name } : f,
    )
    .sort((a, b) => a.start - b.start);
}

/** A preposition right before a run of names: its first word is a place or body ("du Morbihan Jean Lestrade"). */
const COMPLEMENT_BEFORE = /(?:^|\s)(?:du|de|des|de la|d['’])\s*$/u;

const ZONE_ACRONYMS = new Set([
  'GMT',
  'UTC',
  'TU',
  'CET',
  'CEST',
  'HEC',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'MSK',
  'II',
  'III',
  'IV',
  'VI',
  'XX',
  'XXI',
]);

/** Splits a run of capitalised words at stop words and known entities; returns the candidate name pieces. */
function splitRun(
  run: string,
  start: number,
  taken: readonly Span[],
): { text: string; start: number; end: number }[] {
  const pieces: { text: string; start: number; end: number }[] = [];
  let current: { text: string; start: number; end: number } | undefined;
  for (const m of run.matchAll(/\S+/gu)) {
    const s = start + (m.index ?? 0);
    const e = s + m[0].length;
    const word = m[0];
    const blocked =
      NOT_NAMES.has(fold(word).replace(/['’].*$/, '')) ||
      NOT_NAMES.has(fold(word)) ||
      taken.some(([ts, te]) => s < te && e > ts) ||
      /['’]/.test(word);
    const particle = new RegExp(`^${PARTICLE}$`).test(word);
    if (blocked && !(particle && current)) {
      if (current) pieces.push(current);
      current = undefined;
      continue;
    }
    if (particle && !current) continue;
    current = current
      ? { text: `${current.text} ${word}`, start: current.start, end: e }
      : { text: word, start: s, end: e };
  }
  if (current) pieces.push(current);
  return pieces.map(trimParticles).filter((p) => p.text.length > 1);
}

/** Drops trailing particles from a piece ("Jean de" → "Jean"). */
function trimParticles(piece: { text: string; start: number; end: number }): {
  text: string;
  start: number;
  end: number;
} {
  const words = piece.text.split(' ');
  while (words.length > 1 && new RegExp(`^${PARTICLE}$`).test(words[words.length - 1]!)) words.pop();
  const text = words.join(' ');
  return { text, start: piece.start, end: piece.start + text.length };
}
