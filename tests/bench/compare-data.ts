import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from '../helpers/random';

/** A change planted in B, with where to find it: an A paragraph, a B paragraph, or a word offset. */
export type PlantedChange =
  | { type: 'dropped-paragraph'; a: number }
  | { type: 'added-paragraph'; b: number }
  | { type: 'moved-paragraph'; a: number }
  | { type: 'paragraph-rewritten'; a: number }
  | { type: 'word-replaced' | 'word-deleted'; a: number; offset: number }
  | { type: 'word-inserted'; b: number; offset: number };

/** A synthetic pair of articles and the changes planted in the second. */
export interface SyntheticPair {
  a: string;
  b: string;
  words: number;
  changes: PlantedChange[];
}

const FUNCTION_WORDS =
  'le la les de des du et à en un une que qui pour dans sur a est ont par selon avec au aux'.split(' ');
const SYLLABLES = 'ba ro mi lan ter va sol cor ne pi dou gar li mon sa tu ver quel é an'.split(' ');

/** Words of the compare fixtures (our own writing), for a French-looking vocabulary. */
function fixtureWords(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const text = readFileSync(join(here, '../fixtures/compare/identical/a.txt'), 'utf8');
  return [
    ...new Set(
      text
        .split(/\s+/)
        .map((w) => w.replace(/[.,;:«»()]/g, ''))
        .filter((w) => w.length > 2),
    ),
  ];
}

/**
 * Generates article A of about `words` words (paragraphs of 2–4 sentences over a vocabulary of the fixtures'
 * words and made-up words) and B from it with planted changes, as in a republication: 4 % of paragraphs dropped,
 * 4 % added, 4 % moved far away, a word replaced, deleted or inserted in 30 % of paragraphs, and a quarter of the
 * words replaced in 15 % of paragraphs.
 */
export function generatePair(words: number, seed = 7): SyntheticPair {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const own = fixtureWords();
  const made = Array.from({ length: 4000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join(''),
  );
  const word = (): string => {
    const r = rand();
    if (r < 0.35) return pick(FUNCTION_WORDS);
    if (r < 0.55) return pick(own);
    if (r < 0.58) return String(Math.floor(rand() * 2000));
    return pick(made);
  };
  const sentence = (): string => {
    const text = Array.from({ length: 10 + Math.floor(rand() * 14) }, word).join(' ');
    return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
  };
  const paragraph = (): string => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ');

  const paragraphsA: string[] = [];
  let count = 0;
  while (count < words) {
    const p = paragraph();
    paragraphsA.push(p);
    count += p.split(' ').length;
  }

  type Planned = {
    text: string;
    from?: number;
    edit?: { type: 'word-replaced' | 'word-deleted' | 'word-inserted'; index: number };
  };
  const rows: Planned[] = [];
  const moved: Planned[] = [];
  const changes: PlantedChange[] = [];
  paragraphsA.forEach((text, i) => {
    const r = rand();
    if (r < 0.04) {
      changes.push({ type: 'dropped-paragraph', a: i });
      return;
    }
    if (r < 0.08 && i > 2) {
      moved.push({ text, from: i });
      return;
    }
    if (r < 0.38) {
      const tokens = text.split(' ');
      const index = 1 + Math.floor(rand() * (tokens.length - 2));
      const kind = pick(['word-replaced', 'word-deleted', 'word-inserted'] as const);
      if (kind === 'word-replaced') tokens[index] = `${pick(made)}x`;
      else if (kind === 'word-deleted') tokens.splice(index, 1);
      else tokens.splice(index, 0, `${pick(made)}x`);
      rows.push({ text: tokens.join(' '), from: i, edit: { type: kind, index } });
    } else if (r < 0.53) {
      const rewritten = text
        .split(' ')
        .map((w, k) => (k > 0 && rand() < 0.25 ? `${pick(made)}y` : w))
        .join(' ');
      rows.push({ text: rewritten, from: i });
      changes.push({ type: 'paragraph-rewritten', a: i });
    } else {
      rows.push({ text, from: i });
    }
    if (rand() < 0.04) rows.push({ text: paragraph() });
  });
  for (const m of moved) rows.splice(Math.floor(rand() * Math.max(1, rows.length / 4)), 0, m);

  const offsets = (paragraphs: readonly string[]): number[] => {
    const out: number[] = [];
    let at = 0;
    for (const p of paragraphs) {
      out.push(at);
      at += p.length + 2;
    }
    return out;
  };
  const startsA = offsets(paragraphsA);
  const startsB = offsets(rows.map((r) => r.text));
  const wordOffset = (text: string, index: number): number =>
    text.split(' ').slice(0, index).join(' ').length + (index > 0 ? 1 : 0);
  rows.forEach((row, j) => {
    if (row.from === undefined) changes.push({ type: 'added-paragraph', b: j });
    else if (moved.includes(row)) changes.push({ type: 'moved-paragraph', a: row.from });
    if (row.edit && row.from !== undefined) {
      const { type, index } = row.edit;
      if (type === 'word-inserted')
        changes.push({ type, b: j, offset: (startsB[j] ?? 0) + wordOffset(row.text, index) });
      else
        changes.push({
          type,
          a: row.from,
          offset: (startsA[row.from] ?? 0) + wordOffset(paragraphsA[row.from] ?? '', index),
        });
    }
  });
  return {
    a: `${paragraphsA.join('\n\n')}\n`,
    b: `${rows.map((r) => r.text).join('\n\n')}\n`,
    words: count,
    changes,
  };
}
