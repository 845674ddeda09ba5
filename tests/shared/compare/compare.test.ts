import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { CompareAbortedError } from '../../../shared/compare/budget';
import { assertValidComparison } from '../../../shared/compare/check-diff';
import { compare, type CompareOptions } from '../../../shared/compare/compare';
import type { CompareStats, Comparison, LinkKind } from '../../../shared/compare/types';
import { makeArticle } from '../../helpers/compare-article';
import { formatDegradations } from '../../../shared/format/degradation';
import { summarizeComparison } from '../../../shared/format/summary';

const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/compare');

interface ExpectedLink {
  a: string[];
  b: string[];
  kind: LinkKind;
  moved: boolean;
}
interface ExpectedAlignment {
  links: ExpectedLink[];
  onlyA: string[];
  onlyB: string[];
}
interface Expected extends ExpectedAlignment {
  note: string;
  stats?: Partial<CompareStats>;
  /** The alignment when the articles are read by the reader (glued paragraphs split), if it differs. */
  reader?: ExpectedAlignment;
}

/** The two texts and the expected alignment of a fixture case. */
function loadCase(name: string): { a: string; b: string; expected: Expected } {
  const dir = join(fixturesDir, name);
  return {
    a: readFileSync(join(dir, 'a.txt'), 'utf8'),
    b: readFileSync(join(dir, 'b.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
}

/** Compares and checks every diff of the result. */
function checkedCompare(a: Article, b: Article, options: CompareOptions = {}): Comparison {
  const result = compare(a, b, options);
  assertValidComparison(result, options);
  return result;
}

/** The links of a comparison in the fixtures' shape, sorted. */
function alignmentOf(result: Comparison): ExpectedAlignment {
  const links = result.links
    .map((l) => ({ a: l.a, b: l.b, kind: l.kind, moved: l.moved }))
    .sort((x, y) => (x.a[0] ?? '').localeCompare(y.a[0] ?? '', 'en', { numeric: true }));
  return { links, onlyA: result.onlyA, onlyB: result.onlyB };
}

/** The expected alignment with links sorted like `alignmentOf`. */
function sorted(expected: ExpectedAlignment): ExpectedAlignment {
  const links = [...expected.links].sort((x, y) =>
    (x.a[0] ?? '').localeCompare(y.a[0] ?? '', 'en', { numeric: true }),
  );
  return { links, onlyA: expected.onlyA, onlyB: expected.onlyB };
}

const cases = readdirSync(fixturesDir).filter((d) => existsSync(join(fixturesDir, d, 'expected.json')));

describe('compare on the fixtures', () => {
  it('has a fixture for every link kind and edge case', () => {
    for (const name of [
      'identical',
      'edited',
      'moved',
      'split',
      'merged',
      'partial',
      'paraphrase',
      'glued',
      'empty',
      'empty-a',
      'empty-b',
    ]) {
      expect(cases).toContain(name);
    }
  });

  for (const name of cases) {
    it(`aligns ${name}`, () => {
      const { a, b, expected } = loadCase(name);
      const result = checkedCompare(
        makeArticle(a, { id: 'a.txt', outlet: 'Agence Nordique' }),
        makeArticle(b, { id: 'b.txt', outlet: 'Courrier du Lac' }),
      );
      expect(alignmentOf(result)).toEqual(sorted(expected));
      for (const [key, value] of Object.entries(expected.stats ?? {})) {
        expect(result.stats[key as keyof CompareStats], key).toBeCloseTo(value, 5);
      }
      expect(result.degraded).toBeUndefined();
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  }

  it('aligns glued paragraphs one to one once the reader has split them', () => {
    const { a, b, expected } = loadCase('glued');
    const result = checkedCompare(
      parseArticle({ id: 'a.txt', text: a }),
      parseArticle({ id: 'b.txt', text: b }),
    );
    expect(expected.reader).toBeDefined();
    expect(alignmentOf(result)).toEqual(sorted(expected.reader as ExpectedAlignment));
  });

  it('keeps every diff valid under each option', () => {
    for (const name of cases) {
      const { a, b } = loadCase(name);
      for (const options of [
        { ignoreCase: true },
        { ignorePunctuation: true },
        { ignoreTypography: true },
        { ignoreCase: true, ignorePunctuation: true, ignoreTypography: true },
      ]) {
        checkedCompare(makeArticle(a), makeArticle(b.toUpperCase().replace(/'/g, '’')), options);
        checkedCompare(makeArticle(a), makeArticle(b), options);
      }
    }
  });
});

describe('compare options', () => {
  const { a } = loadCase('identical');
  const upper = a
    .replace('La crue', 'LA CRUE')
    .replace(/'/g, '’')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');

  it('reports case and typography differences unless told to ignore them', () => {
    const plain = checkedCompare(makeArticle(a), makeArticle(upper));
    expect(plain.links.some((l) => l.kind !== 'identical')).toBe(true);
    const loose = checkedCompare(makeArticle(a), makeArticle(upper), {
      ignoreCase: true,
      ignoreTypography: true,
    });
    expect(loose.links.every((l) => l.kind === 'identical')).toBe(true);
  });

  it('ignores punctuation when asked', () => {
    const b = a.replace(/, /g, ' ').replace(/« |»/g, '');
    expect(checkedCompare(makeArticle(a), makeArticle(b)).links.some((l) => l.kind !== 'identical')).toBe(
      true,
    );
    const loose = checkedCompare(makeArticle(a), makeArticle(b), { ignorePunctuation: true });
    expect(loose.links.every((l) => l.kind === 'identical')).toBe(true);
  });

  it('treats 100.000, 100 000 and 100\u00a0000 as the same number only with typography ignored', () => {
    const x = makeArticle('Les secours ont distribué 100.000 litres d’eau potable aux habitants du bourg.');
    const y = makeArticle(
      'Les secours ont distribué 100\u00a0000 litres d’eau potable aux habitants du bourg.',
    );
    expect(checkedCompare(x, y).links[0]?.kind).toBe('edited');
    expect(checkedCompare(x, y).stats.numbersChanged).toBe(1);
    expect(checkedCompare(x, y, { ignoreTypography: true }).links[0]?.kind).toBe('identical');
  });

  it('carries no sentence: the summary is composed from its figures in either language', () => {
    const { a: text, b } = loadCase('dropped-added');
    const result = compare(
      makeArticle(text, { outlet: 'Agence Nordique' }),
      makeArticle(b, { outlet: 'Courrier du Lac' }),
    );
    expect(Object.keys(result).sort()).toEqual(['a', 'b', 'links', 'onlyA', 'onlyB', 'segments', 'stats']);
    expect(summarizeComparison(result, 'fr')).toMatch(
      /^Courrier du Lac reprend \d+[\u00a0\u202f]% du texte d'Agence Nordique mot pour mot/,
    );
    expect(summarizeComparison(result, 'en')).toMatch(
      /^Courrier du Lac keeps \d+% of Agence Nordique's text word for word/,
    );
  });

  it('links sentences instead of paragraphs when asked', () => {
    const { a: text, b } = loadCase('split');
    const result = checkedCompare(makeArticle(text), makeArticle(b), { granularity: 'sentence' });
    expect(result.segments.a).toHaveLength(7);
    expect(result.links.every((l) => l.a.length === 1 && l.b.length === 1 && l.kind === 'identical')).toBe(
      true,
    );
  });
});

describe('compare budget and cancellation', () => {
  const { a, b } = loadCase('edited');

  it('degrades instead of running on once the budget is spent, and says why', () => {
    let t = 0;
    const result = checkedCompare(makeArticle(a), makeArticle(b), { budgetMs: 5, now: () => (t += 10) });
    expect(result.degraded).toContainEqual({ code: 'time-budget', budgetMs: 5, step: 'paraphrases' });
    const reasons = formatDegradations(result.degraded ?? [], 'en');
    expect(reasons).toMatch(/time budget of 5 ms exceeded: reworded paragraphs not searched/);
    expect(formatDegradations(result.degraded ?? [], 'fr')).toMatch(/temps imparti de 5 ms dépassé/);
    expect(result.links).toHaveLength(6);
  });

  it('is not degraded with a clock that stands still', () => {
    const result = checkedCompare(makeArticle(a), makeArticle(b), { budgetMs: 0, now: () => 0 });
    expect(result.degraded).toBeUndefined();
  });

  it('gives up a word diff that outlasts the time left, and says so with a code', () => {
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const vocabulary = Array.from({ length: 40 }, (_, i) => `mot${i}`);
    const words = Array.from({ length: 1400 }, () => vocabulary[next() % vocabulary.length] as string);
    const edited = words.map((w, i) => (i % 5 === 0 ? `autre${next() % 40}` : w));
    // The clock stands still, so the comparison never sees its 1 ms spent: only jsdiff's timeout stops the diff.
    const result = checkedCompare(makeArticle(`${words.join(' ')}.`), makeArticle(`${edited.join(' ')}.`), {
      budgetMs: 1,
      now: () => 0,
    });
    expect(result.links).toHaveLength(1);
    expect(result.degraded).toEqual([{ code: 'inexact-links', count: 1 }]);
  });

  it('throws CompareAbortedError when the signal is set', () => {
    expect(() => compare(makeArticle(a), makeArticle(b), { signal: { aborted: true } })).toThrow(
      CompareAbortedError,
    );
    let calls = 0;
    const signal = {
      get aborted(): boolean {
        calls++;
        return calls > 3;
      },
    };
    expect(() => compare(makeArticle(a), makeArticle(b), { signal })).toThrow(CompareAbortedError);
  });

  it('is deterministic', () => {
    expect(compare(makeArticle(a), makeArticle(b))).toEqual(compare(makeArticle(a), makeArticle(b)));
  });
});

describe('compare repeated text', () => {
  it('pairs identical repeated paragraphs in order', () => {
    const line = 'Les secours restent mobilisés toute la nuit.';
    const a = makeArticle(Array(300).fill(line).join('\n\n'));
    const b = makeArticle(Array(280).fill(line).join('\n\n'));
    const result = checkedCompare(a, b);
    expect(result.links).toHaveLength(280);
    expect(result.links.every((l) => l.kind === 'identical' && !l.moved)).toBe(true);
    expect(result.onlyA).toHaveLength(20);
    expect(result.stats.droppedParagraphs).toBe(20);
  });
});

describe('compare boilerplate', () => {
  it('leaves boilerplate spans out of the segments', () => {
    const text =
      'https://example.org/crue-valmorel\n\nLa Sorne a débordé mercredi soir dans le quartier des Tanneurs.';
    const article = makeArticle(text, { boilerplate: [[0, 33]] });
    const result = checkedCompare(
      article,
      makeArticle('La Sorne a débordé mercredi soir dans le quartier des Tanneurs.'),
    );
    expect(result.segments.a).toHaveLength(1);
    expect(result.onlyA).toEqual([]);
    expect(result.links[0]?.kind).toBe('identical');
  });
});
