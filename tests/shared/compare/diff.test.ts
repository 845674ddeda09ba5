import { describe, expect, it } from 'vitest';
import { assertValidOps } from '../../../shared/compare/check-diff';
import { diffKeys, diffLink, type DiffLimits, type LinkSide } from '../../../shared/compare/diff';
import { renderInline } from '../../../shared/compare/render-inline';
import { segmentArticle } from '../../../shared/compare/segment';
import type { TextEquivalence } from '../../../shared/text/fold';
import { tokenize } from '../../../shared/text/tokenize';
import type { DiffOp, Link } from '../../../shared/compare/types';
import { makeArticle } from '../../helpers/compare-article';

const strict: TextEquivalence = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false };
const limits: DiffLimits = { directDiffTokens: 3000, maxEditLength: 2000, coarse: false };

/** A side made of all the paragraphs of `text`. */
function side(text: string, letter: 'a' | 'b'): LinkSide & { all: ReturnType<typeof segmentArticle> } {
  const segments = segmentArticle(makeArticle(text), letter);
  return { text, segments, tokens: segments.map((s) => tokenize(text, s.start, s.end)), all: segments };
}

/** Diffs two texts as one link, checks the result, and renders it as `[-…-]{+…+}`. */
function run(
  x: string,
  y: string,
  eq: TextEquivalence = strict,
  lim: DiffLimits = limits,
): { ops: DiffOp[]; shown: string; exact: boolean } {
  const a = side(x, 'a');
  const b = side(y, 'b');
  const { ops, exact } = diffLink(a, b, eq, lim);
  const link: Link = {
    a: a.all.map((s) => s.id),
    b: b.all.map((s) => s.id),
    kind: 'edited',
    moved: false,
    similarity: 0,
    ops,
  };
  assertValidOps(link, a, b, eq);
  return { ops, shown: renderInline(ops, x, y), exact };
}

describe('diffLink', () => {
  it('marks word-level changes with spaces left outside the changes', () => {
    expect(
      run('Le niveau a atteint 4,80 mètres mercredi.', 'Le niveau a atteint 4,85 mètres jeudi soir.').shown,
    ).toBe('Le niveau a atteint [-4,80-]{+4,85+} mètres [-mercredi-]{+jeudi soir+}.');
  });

  it('diffs elisions apart from their word', () => {
    expect(run("l'armée d'Ukraine", "l'armée de l'Ukraine").shown).toBe("l'armée [-d'-]{+de l'+}Ukraine");
  });

  it('covers a one-to-many link: one paragraph against two', () => {
    const { ops } = run('Une phrase ici. Une autre phrase là.', 'Une phrase ici.\n\nUne autre phrase là.');
    expect(ops.every((op) => op.op === 'equal')).toBe(true);
    expect(ops).toHaveLength(2);
  });

  it('covers a one-to-many link with changes across the paragraph boundary', () => {
    run('Début du texte commun, puis une fin.', 'Début du texte.\n\nAutre chose, puis une fin différente.');
  });

  it('leaves ignored punctuation inside equal operations', () => {
    const { ops } = run('Oui, dit-il, « vraiment ».', 'Oui dit-il vraiment', {
      ...strict,
      ignorePunctuation: true,
    });
    expect(ops).toHaveLength(1);
    expect(ops[0]?.op).toBe('equal');
  });

  it('diffs long pieces by unique anchors first, with the same result as a direct diff', () => {
    const words = Array.from({ length: 400 }, (_, i) => `mot${i}`);
    const x = words.join(' ');
    const y = words
      .map((w, i) => (i % 37 === 0 ? `autre${i}` : w))
      .filter((_, i) => i % 53 !== 0)
      .join(' ');
    const small = run(x, y, strict, { ...limits, directDiffTokens: 50 });
    const direct = run(x, y);
    expect(small.shown).toBe(direct.shown);
  });

  it('falls back to three-word anchors when single words repeat too much', () => {
    const vocabulary = ['la', 'crue', 'monte', 'vite', 'et', 'les', 'digues', 'cèdent', 'au', 'nord'];
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const words = Array.from({ length: 1500 }, () => vocabulary[next() % vocabulary.length] as string);
    const edited = words.map((w, i) => (i % 97 === 0 ? 'inondation' : w));
    const result = run(words.join(' '), edited.join(' '), strict, { ...limits, directDiffTokens: 200 });
    expect(result.exact).toBe(true);
    expect(result.ops.filter((op) => op.op === 'insert')).toHaveLength(16);
  });

  it('shows what is left as replaced once the time is spent', () => {
    const result = run('Le chat dort sur le toit.', 'Le chien dort sous le toit.', strict, {
      ...limits,
      remainingMs: () => -1,
    });
    expect(result.exact).toBe(false);
    expect(result.shown).toBe('Le [-chat dort sur-]{+chien dort sous+} le toit.');
  });

  it('gives jsdiff the time left as its timeout: a piece that needs more time is shown as replaced, never waited for', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const a = Array.from({ length: 1000 }, () => `w${next() % 6}`);
    const b = Array.from({ length: 1000 }, () => `w${next() % 6}`);
    const wide = { ...limits, directDiffTokens: 10_000, maxEditLength: 10_000 };
    const hurried: Parameters<typeof diffKeys>[3] = [];
    expect(diffKeys(a, b, { ...wide, remainingMs: () => 1 }, hurried)).toBe(false);
    expect(hurried.filter((r) => r.type !== 'equal').map((r) => r.type)).toEqual(['delete', 'insert']);
    expect(diffKeys(a, b, { ...wide, remainingMs: () => 60_000 }, [])).toBe(true);
  });

  it('shows a piece as replaced when it needs more edits than allowed, and says so', () => {
    const result = run('un deux trois quatre cinq six', 'sept huit neuf dix onze douze', strict, {
      ...limits,
      maxEditLength: 2,
    });
    expect(result.exact).toBe(false);
    expect(result.shown).toBe('[-un deux trois quatre cinq six-]{+sept huit neuf dix onze douze+}');
  });

  it('keeps the spaces around inserted and deleted words when rendered inline', () => {
    expect(run('Le chat dort.', 'Le chat noir dort.').shown).toBe('Le chat {+noir+} dort.');
    expect(run('Le chat noir dort.', 'Le chat dort.').shown).toBe('Le chat [-noir-] dort.');
  });

  it('matches only the common start and end in coarse mode', () => {
    const result = run('Le chat dort sur le toit.', 'Le chat noir dort sur le toit.', strict, {
      ...limits,
      coarse: true,
    });
    expect(result.shown).toBe('Le chat {+noir+} dort sur le toit.');
  });
});
