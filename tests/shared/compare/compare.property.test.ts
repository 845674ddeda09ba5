import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertValidComparison } from '../../../shared/compare/check-diff';
import { compare, type CompareOptions } from '../../../shared/compare/compare';
import type { Comparison } from '../../../shared/compare/types';
import { makeArticle } from '../../helpers/compare-article';

const WORDS = (
  'la crue le maire préfecture habitants évacués rivière digue pluie nuit jeudi secours pompiers gymnase bénévoles ' +
  "l'alerte d'urgence qu'il 1.200 4,80 16h30 « » , ; : ( ) a été ont sont selon déclaré annoncé précisé quartier " +
  'route pont fermé rouverte Valmorel Saint-Aubin Sorne niveau mètres euros 2009 dégâts assureurs député mairie ' +
  "trains cars aujourd'hui presque environ très Nous Les Des Une Ils Elle conseil réunion budget travaux " +
  'd’eau l’ÉTAT *** — … 🙂 https://exemple.org/crue M. 100\u00a0000 «\u00a0oui\u00a0»'
).split(' ');

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** One random change applied to a list of paragraphs. */
type Edit = (paragraphs: string[]) => string[];

const at = (list: readonly string[], i: number): number => (list.length ? i % list.length : 0);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map((i) => (p: string[]) => p.filter((_, k) => k !== at(p, i))),
  fc
    .tuple(fc.nat(), paragraph)
    .map(([i, text]) => (p: string[]) => [...p.slice(0, at(p, i)), text, ...p.slice(at(p, i))]),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (p: string[]) => {
    const rest = p.filter((_, k) => k !== at(p, i));
    const moved = p[at(p, i)];
    return moved === undefined ? p : [...rest.slice(0, at(rest, j)), moved, ...rest.slice(at(rest, j))];
  }),
  fc
    .nat()
    .map((i) => (p: string[]) => p.flatMap((text, k) => (k === at(p, i) ? text.split(/(?<=\.) /) : [text]))),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, glue]) => (p: string[]) => {
    const k = at(p, i);
    if (k + 1 >= p.length) return p;
    return [...p.slice(0, k), `${p[k]}${glue ? '' : ' '}${p[k + 1]}`, ...p.slice(k + 2)];
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...WORDS)).map(
    ([i, w, word]) =>
      (p: string[]) =>
        p.map((text, k) => {
          if (k !== at(p, i)) return text;
          const words = text.split(' ');
          words[w % words.length] = word;
          return words.join(' ');
        }),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, w]) =>
      (p: string[]) =>
        p.map((text, k) =>
          k === at(p, i)
            ? text
                .split(' ')
                .filter((_, n, all) => n !== w % all.length || all.length < 2)
                .join(' ')
            : text,
        ),
  ),
  fc.nat().map((i) => (p: string[]) => p.map((text, k) => (k === at(p, i) ? text.toUpperCase() : text))),
  fc
    .nat()
    .map(
      (i) => (p: string[]) =>
        p.map((text, k) => (k === at(p, i) ? text.replace(/'/g, '’').replace(/,/g, '') : text)),
    ),
);

const options: fc.Arbitrary<CompareOptions> = fc.record({
  ignoreCase: fc.boolean(),
  ignorePunctuation: fc.boolean(),
  ignoreTypography: fc.boolean(),
});

/** Throws unless every segment of each side is in exactly one link or in the side's only-list. */
function assertPartition(result: Comparison): void {
  for (const side of ['a', 'b'] as const) {
    const seen = [
      ...result.links.flatMap((l) => l[side]),
      ...(side === 'a' ? result.onlyA : result.onlyB),
    ].sort();
    expect(seen).toEqual(result.segments[side].map((s) => s.id).sort());
  }
}

describe('compare on random edits', () => {
  it('always produces valid diffs and accounts for every segment once', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 0, maxLength: 10 }),
        fc.array(edit, { maxLength: 6 }),
        options,
        (base, edits, opts) => {
          const edited = edits.reduce((p, e) => e(p), base);
          const result = compare(makeArticle(base.join('\n\n')), makeArticle(edited.join('\n\n')), opts);
          assertValidComparison(result, opts);
          assertPartition(result);
          expect(result.stats.keptVerbatim).toBeGreaterThanOrEqual(0);
          expect(result.stats.keptVerbatim + result.stats.keptEdited).toBeLessThanOrEqual(1 + 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('links every paragraph identically when they were only moved', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (base, order) => {
          const numbered = base.map((text, i) => `(${i + 1}) ${text}`);
          const shuffled = [...numbered];
          order.forEach((n, i) => {
            const j = n % shuffled.length;
            const k = i % shuffled.length;
            [shuffled[j], shuffled[k]] = [shuffled[k] as string, shuffled[j] as string];
          });
          const result = compare(makeArticle(numbered.join('\n\n')), makeArticle(shuffled.join('\n\n')));
          assertValidComparison(result);
          expect(result.onlyA).toEqual([]);
          expect(result.onlyB).toEqual([]);
          expect(
            result.links.every((l) => l.kind === 'identical' && l.a.length === 1 && l.b.length === 1),
          ).toBe(true);
          expect(result.stats.keptVerbatim).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
