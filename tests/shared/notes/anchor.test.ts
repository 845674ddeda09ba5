import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../shared/article/model';
import {
  FUZZY_THRESHOLD,
  anchorSpan,
  contextScore,
  locateQuote,
  quoteOf,
  reanchorFile,
  reanchorTarget,
  type AnchorText,
} from '../../../shared/notes/anchor';
import { emptyAnnotationFile, type NoteTarget } from '../../../shared/notes/model';
import { articleFromBytes, readArticleFile } from '../../../node/read-article';
import { describeSeeds, seedPath } from '../../helpers/seeds';

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 units). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** A version of an article: a fake sha256 derived from the text is enough for anchoring. */
function version(text: string, id = 'story.txt'): AnchorText {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return { id, sha256: hash.toString(16).padStart(64, '0'), text };
}

/** The span of the first occurrence of `quote` in `text`. */
function spanOf(text: string, quote: string, from = 0): Span {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`test setup: '${quote}' not in text`);
  return [start, start + quote.length];
}

const TEXT =
  'À Valbrume, le conseil du port a voté mardi la fermeture du quai nord. ' +
  'Le maire, Odile Farnèse, a parlé d’une « décision douloureuse mais nécessaire ». ' +
  'Quelque 340 dockers sont concernés, selon le syndicat.\n\n' +
  'Les travaux commenceront en mars. Le quai sud restera ouvert.';

describe('quoteOf and anchorSpan', () => {
  it('takes up to 32 characters of context either side', () => {
    const quote = quoteOf(TEXT, spanOf(TEXT, 'décision douloureuse'));
    expect(quote.exact).toBe('décision douloureuse');
    expect(quote.prefix).toHaveLength(32);
    expect(TEXT).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
    expect(quoteOf(TEXT, [0, 2]).prefix).toBe('');
  });

  it('refuses an empty span or one outside the text', () => {
    expect(() => anchorSpan(version(TEXT), [4, 4])).toThrow(RangeError);
    expect(() => anchorSpan(version(TEXT), [4, TEXT.length + 1])).toThrow(/story\.txt/);
  });
});

describe('locateQuote', () => {
  const quote = quoteOf(TEXT, spanOf(TEXT, '340 dockers'));

  it('keeps the position when it still holds the quote in its context', () => {
    expect(locateQuote(TEXT, quote, spanOf(TEXT, '340 dockers'))).toMatchObject({
      found: true,
      method: 'position',
    });
  });

  it('finds a unique exact quote after text was inserted before it', () => {
    const edited = `Mise à jour : ajout d’une précision.\n\n${TEXT}`;
    const placement = locateQuote(edited, quote, spanOf(TEXT, '340 dockers'));
    expect(placement).toEqual({
      found: true,
      span: spanOf(edited, '340 dockers'),
      method: 'exact',
      confidence: 1,
    });
  });

  it('tells repeated quotes apart by their prefix and suffix', () => {
    const text = 'Le quai nord ferme. Le quai sud reste. Plus tard, le quai nord rouvrira peut-être.';
    const second = spanOf(text, 'quai nord', 30);
    const placement = locateQuote(`Note. ${text}`, quoteOf(text, second));
    expect(placement).toEqual({
      found: true,
      span: [second[0] + 6, second[1] + 6],
      method: 'context',
      confidence: 1,
    });
  });

  it('orphans a quote that appears twice with the same context', () => {
    const block = ' -- le quai nord ferme -- ';
    const text = `Début.${block.repeat(1)}Milieu du texte assez long pour le contexte.${block}Fin.`;
    const placement = locateQuote(`${text}`, { exact: 'quai nord', prefix: ' -- le ', suffix: ' ferme -- ' });
    expect(placement).toEqual({ found: false, reason: 'ambiguous' });
  });

  it('re-finds a lightly reworded long quote fuzzily', () => {
    const original = quoteOf(
      TEXT,
      spanOf(TEXT, 'Le maire, Odile Farnèse, a parlé d’une « décision douloureuse mais nécessaire »'),
    );
    const edited = TEXT.replace('a parlé d’une', 'a évoqué une');
    const placement = locateQuote(edited, original);
    expect(placement.found).toBe(true);
    if (!placement.found) return;
    expect(placement.method).toBe('fuzzy');
    expect(placement.confidence).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(edited.slice(...placement.span)).toBe(
      'Le maire, Odile Farnèse, a évoqué une « décision douloureuse mais nécessaire »',
    );
  });

  it('orphans a quote rewritten beyond the threshold', () => {
    const original = quoteOf(TEXT, spanOf(TEXT, 'décision douloureuse mais nécessaire'));
    const edited = TEXT.replace('décision douloureuse mais nécessaire', 'mesure pénible et sans doute utile');
    expect(locateQuote(edited, original).found).toBe(false);
  });

  it('does not move a short quote to a look-alike elsewhere', () => {
    const text = 'Bilan : 340 blessés au port. Ailleurs, 840 arrivées.';
    const quote = quoteOf(text, spanOf(text, '340 blessés'));
    const edited = text.replace('Bilan : 340 blessés au port.', 'Bilan revu : aucun blessé.');
    expect(locateQuote(edited, quote).found).toBe(false);
  });

  it('scores context agreement between 0 and 1', () => {
    expect(contextScore(TEXT, quote, ...spanOf(TEXT, '340 dockers'))).toBe(1);
    expect(contextScore('xx340 dockersyy', quote, 2, 13)).toBe(0);
  });
});

describe('reanchorTarget', () => {
  const v1 = version(TEXT);
  const target = anchorSpan(v1, spanOf(TEXT, '340 dockers'));

  it('keeps a target on an unchanged article as it is', () => {
    expect(reanchorTarget(target, [v1])).toBe(target);
  });

  it('follows a renamed article by its sha256', () => {
    const moved = reanchorTarget(target, [{ ...v1, id: 'archive/story.txt' }]);
    expect(moved).toEqual({ ...target, article: 'archive/story.txt' });
  });

  it('re-anchors on a changed article and records where the text now is', () => {
    const v2 = version(`Correction.\n\n${TEXT}`);
    const moved = reanchorTarget(target, [v2]);
    expect(moved).toMatchObject({
      status: 're-anchored',
      sha256: v2.sha256,
      span: spanOf(v2.text, '340 dockers'),
      confidence: 1,
    });
    expect(moved.original).toBeUndefined();
  });

  it('keeps the original quote when the re-anchored text differs', () => {
    const long = anchorSpan(v1, spanOf(TEXT, 'le conseil du port a voté mardi la fermeture'));
    const v2 = version(TEXT.replace('a voté mardi', 'a voté lundi'));
    const moved = reanchorTarget(long, [v2]);
    expect(moved.status).toBe('re-anchored');
    expect(moved.quote.exact).toBe('le conseil du port a voté lundi la fermeture');
    expect(moved.original).toBe('le conseil du port a voté mardi la fermeture');
  });

  it('orphans a target whose article is gone, keeping its quote', () => {
    const lost = reanchorTarget(target, [version('Autre chose.', 'other.txt')]);
    expect(lost).toEqual({ ...target, status: 'orphaned' });
  });

  it('brings an orphan back when its article is restored', () => {
    const lost = reanchorTarget(target, []);
    expect(reanchorTarget(lost, [v1])).toEqual(target);
  });

  it('reanchorFile reports what changed and keeps the same object when nothing did', () => {
    const file = {
      ...emptyAnnotationFile(),
      notes: [
        {
          id: 'n1',
          created: '2026-01-01T00:00:00Z',
          modified: '2026-01-01T00:00:00Z',
          tag: 'other',
          text: '',
          targets: [target],
        },
      ],
    };
    expect(reanchorFile(file, [v1]).file).toBe(file);
    const { file: next, report } = reanchorFile(file, [version(`X ${TEXT}`)]);
    expect(report).toEqual({ reanchored: 1, orphaned: 0, renamed: 0 });
    expect(next.notes[0]!.targets[0]!.status).toBe('re-anchored');
    expect(reanchorFile(file, []).report).toEqual({ reanchored: 0, orphaned: 1, renamed: 0 });
  });
});

const letters = fc.constantFrom(...'abcde fghij'.split(''));
const word = fc.constantFrom(
  'port',
  'quai',
  'le',
  'la',
  'nord',
  'sud',
  'maire',
  '340',
  'dockers',
  ', ',
  '. ',
  '« ',
  ' »',
  '\n\n',
  '😀',
);
/** Random texts: either letter soup (many accidental repeats) or word salad. */
const textArb = fc.oneof(
  fc.array(letters, { minLength: 1, maxLength: 120 }).map((a) => a.join('')),
  fc.array(word, { minLength: 1, maxLength: 60 }).map((a) => a.join(' ')),
);

/** A text, a non-empty selection, and an edit (position, deleted length, inserted text). */
const scenario = textArb.chain((text) =>
  fc.record({
    text: fc.constant(text),
    start: fc.nat({ max: text.length - 1 }),
    length: fc.integer({ min: 1, max: Math.max(1, text.length) }),
    at: fc.nat({ max: text.length }),
    cut: fc.nat({ max: 20 }),
    insert: fc.oneof(textArb, fc.constant('')),
  }),
);

/** The target, unless the selection splits a surrogate pair (the UI never makes those). */
function targetIn(text: string, start: number, length: number): NoteTarget | null {
  const end = Math.min(text.length, start + length);
  const splits = (i: number): boolean => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!);
  if (end <= start || splits(start) || splits(end)) return null;
  return anchorSpan(version(text), [start, end]);
}

describe('re-anchoring properties', () => {
  it('an edit outside the quote gives back the same quote or an orphan', () => {
    fc.assert(
      fc.property(scenario, ({ text, start, length, at, cut, insert }) => {
        const target = targetIn(text, start, length);
        if (!target) return;
        const [s, e] = target.span;
        const [from, to] =
          at <= s
            ? [Math.min(at, s), Math.min(at + cut, s)]
            : [Math.max(at, e), Math.min(Math.max(at, e) + cut, text.length)];
        const edited = text.slice(0, from) + insert + text.slice(to);
        const placed = reanchorTarget(target, [version(edited)]);
        if (placed.status !== 'orphaned') expect(edited.slice(...placed.span)).toBe(target.quote.exact);
      }),
      { numRuns: 600 },
    );
  });

  it('any edit gives a span within the fuzzy threshold of the quote, or an orphan', () => {
    fc.assert(
      fc.property(scenario, ({ text, start, length, at, cut, insert }) => {
        const target = targetIn(text, start, length);
        if (!target) return;
        const edited = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut));
        const placed = reanchorTarget(target, [version(edited)]);
        if (placed.status === 'orphaned') {
          expect(placed.quote).toEqual(target.quote);
          return;
        }
        const found = edited.slice(...placed.span);
        expect(placed.quote.exact).toBe(found);
        expect(editDistance(found, target.quote.exact)).toBeLessThanOrEqual(
          Math.floor(target.quote.exact.length * (1 - FUZZY_THRESHOLD)),
        );
      }),
      { numRuns: 600 },
    );
  });

  it('a quote present twice with equal context is orphaned, not guessed', () => {
    const filler = fc.array(letters, { minLength: 0, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        textArb,
        textArb,
        filler,
        filler,
        filler,
        fc.nat({ max: 50 }),
        (context, exactText, head, middle, tail, shift) => {
          const ctx = `${context} `.repeat(Math.ceil(33 / (context.length + 1)));
          const block = `${ctx}${exactText}${ctx}`;
          const original = `${head}${block}${middle}${tail}`;
          const span: Span = [head.length + ctx.length, head.length + ctx.length + exactText.length];
          const target = targetIn(original, span[0], span[1] - span[0]);
          if (!target) return;
          const edited = `${'#'.repeat(shift + 1)}${head}${block}${middle}${block}${tail}`;
          const noHint = locateQuote(edited, target.quote);
          expect(noHint.found).toBe(false);
          const placed = reanchorTarget(target, [version(edited)]);
          if (placed.status !== 'orphaned') {
            // Only the hinted position can still place it: same text, same full context as the user's selection.
            expect(edited.slice(...placed.span)).toBe(target.quote.exact);
            expect(contextScore(edited, target.quote, ...placed.span)).toBe(1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describeSeeds('anchoring on a real article', () => {
  /** The first sentence of the third paragraph of seed 000, found at run time. */
  async function setup(): Promise<{ article: AnchorText; sentence: Span }> {
    const article = await readArticleFile(seedPath('000'), '000.txt');
    const paragraph = article.paragraphs[2]!;
    const body = article.text.slice(paragraph[0], paragraph[1]);
    const stop = body.search(/[.!?»"](\s|$)/);
    const sentence: Span = [paragraph[0], paragraph[0] + (stop < 0 ? body.length : stop + 1)];
    return { article, sentence };
  }

  it('the note follows its sentence when text is inserted before it', async () => {
    const { article, sentence } = await setup();
    const target = anchorSpan(article, sentence);
    const insert = 'Mise à jour de la rédaction : un paragraphe ajouté en tête.\n\n';
    const edited = articleFromBytes(
      '000.txt',
      new TextEncoder().encode(article.text.slice(0, sentence[0]) + insert + article.text.slice(sentence[0])),
      '.txt',
    );
    const placed = reanchorTarget(target, [edited]);
    expect(placed.status).toBe('re-anchored');
    expect(placed.span).toEqual([sentence[0] + insert.length, sentence[1] + insert.length]);
    expect(edited.text.slice(...placed.span)).toBe(target.quote.exact);
  });

  it('the note is orphaned when its sentence is deleted', async () => {
    const { article, sentence } = await setup();
    const target = anchorSpan(article, sentence);
    const edited = articleFromBytes(
      '000.txt',
      new TextEncoder().encode(article.text.slice(0, sentence[0]) + article.text.slice(sentence[1])),
      '.txt',
    );
    const placed = reanchorTarget(target, [edited]);
    expect(placed.status).toBe('orphaned');
    expect(placed.quote).toEqual(target.quote);
  });
});
