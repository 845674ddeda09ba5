import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import {
  buildConcordance,
  findPhrase,
  groupHitsByOutlet,
  searchConcordance,
} from '../../../shared/claims/concordance';
import { articleFromText } from '../../helpers/claims-article';

/** A one-outlet article. */
function article(id: string, outlet: string, text: string, extra: Partial<Article> = {}): Article {
  return articleFromText(id, text, { outlet: { id: outlet, name: outlet, source: 'rule' }, ...extra });
}

const gazette = article(
  'g.txt',
  'gazette',
  ' date 2023-03 La ville a fixé une ligne rouge.\nLes quais de Lorient resteront fermés.',
);
const courrier = article(
  'c.txt',
  'courrier',
  "Les Lignes Rouges de la municipalité sont connues.\nL’Ukraine et l'Ukraine, puis Ukraine.",
);
const echo = article(
  'e.txt',
  'echo',
  'Aucune LIGNE ROUGE ici. Puis une ligne\n\nrouge coupée par un paragraphe.',
);

describe('concordance', () => {
  const index = buildConcordance([gazette, courrier, echo]);

  it('is insensitive to case, accents and plural, and groups hits by outlet with counts', () => {
    const result = searchConcordance(index, 'ligne rouge');
    expect(result.hits.map((h) => [h.outlet, h.match])).toEqual([
      ['courrier', 'Lignes Rouges'],
      ['echo', 'LIGNE ROUGE'],
      ['gazette', 'ligne rouge'],
    ]);
    expect(result.perOutlet).toEqual({ courrier: 1, echo: 1, gazette: 1 });
    expect(groupHitsByOutlet(result).map((g) => [g.outlet, g.count])).toEqual([
      ['courrier', 1],
      ['echo', 1],
      ['gazette', 1],
    ]);
  });

  it('gives offsets into the article text and context on each side within the paragraph', () => {
    const [hit] = searchConcordance(index, 'lignes rouges').hits.filter((h) => h.article === 'g.txt');
    expect(gazette.text.slice(hit!.start, hit!.end)).toBe('ligne rouge');
    expect(hit).toMatchObject({ left: 'La ville a fixé une ', right: '.' });
  });

  it('is tolerant of elision and typographic apostrophes, on both sides', () => {
    expect(searchConcordance(index, 'Ukraine').hits.map((h) => h.match)).toEqual([
      'Ukraine',
      'Ukraine',
      'Ukraine',
    ]);
    expect(searchConcordance(index, "l'ukraine").hits).toHaveLength(3);
  });

  it('ignores accents in the query', () => {
    expect(findPhrase([gazette], 'QUAIS DE LORIENT').hits).toHaveLength(1);
    expect(
      findPhrase([article('x.txt', 'x', 'Une décision très attendue.')], 'decision tres').hits,
    ).toHaveLength(1);
  });

  it('never matches across a paragraph break nor in the date header or boilerplate', () => {
    expect(searchConcordance(index, 'une ligne rouge coupée').hits).toEqual([]);
    expect(findPhrase([gazette], '2023').hits).toEqual([]);
    const text = 'Corps du texte.\nPhoto : ligne rouge au port';
    const withCaption = article('p.txt', 'p', text, { boilerplate: [[text.indexOf('Photo'), text.length]] });
    expect(findPhrase([withCaption], 'ligne rouge').hits).toEqual([]);
  });

  it('cuts long context at a word boundary', () => {
    const long = article('l.txt', 'l', `${'mot '.repeat(30)}ligne rouge ${'suite '.repeat(30)}`);
    const [hit] = findPhrase([long], 'ligne rouge', { context: 15 }).hits;
    expect(hit!.left).toBe('mot mot mot ');
    expect(hit!.right).toBe(' suite suite');
  });

  it('finds nothing for an empty phrase', () => {
    expect(searchConcordance(index, '  ').hits).toEqual([]);
  });
});
