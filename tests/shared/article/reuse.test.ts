import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { computeReuse, measureCoverage, measureReuse } from '../../../shared/article/reuse';
import { groupStories } from '../../../shared/article/stories';
import { describeSeeds, seedPath } from '../../helpers/seeds';

const storiesDir = join(__dirname, '../../fixtures/stories');

/** One story fixture, parsed. */
function fixture(file: string): Article {
  return parseArticle({ id: file, text: readFileSync(join(storiesDir, file), 'utf8') });
}

describe('measureReuse on the fixtures', () => {
  it('names the earlier article as the source when the dates say it', () => {
    const figure = measureReuse(fixture('e1-sputnik.txt'), fixture('e1-reuters.txt'));
    expect(figure).toMatchObject({
      source: 'e1-reuters.txt',
      target: 'e1-sputnik.txt',
      direction: 'determined',
    });
    expect(figure.evidence).toContainEqual(
      expect.objectContaining({ code: 'dated-earlier', article: 'e1-reuters.txt', date: '2023-03-13' }),
    );
    expect(figure.share).toBeGreaterThan(0.5);
    expect(figure.sourceShare).toBeGreaterThan(0.4);
    expect(figure.sourceShare).toBeLessThan(figure.share);
  });

  it('labels two articles that only quote one statement "quotes the same statement", never reuse', () => {
    const figure = measureReuse(fixture('e4-rt.txt'), fixture('e4-vallee-infos.txt'));
    expect(figure.direction).toBe('undetermined');
    expect(figure.share).toBe(0);
    expect(figure.sourceShare).toBe(0);
    expect(figure.evidence).toEqual([
      expect.objectContaining({ code: 'quotes-same-statement', share: expect.any(Number) }),
    ]);
  });

  it('reports no reuse between paraphrases', () => {
    const figure = measureReuse(fixture('e1-afp.txt'), fixture('e1-reuters.txt'));
    expect(figure.share).toBeLessThan(0.05);
    expect(figure.direction).toBe('undetermined');
  });

  it('gives asymmetric shares that swap with the arguments', () => {
    const a = fixture('e1-reuters.txt');
    const b = fixture('e1-sputnik.txt');
    const ab = measureCoverage(a, b);
    const ba = measureCoverage(b, a);
    expect(ab.shareA).toBeCloseTo(ba.shareB);
    expect(ab.shareB).toBeCloseTo(ba.shareA);
    for (const [s, e] of ab.b) expect(b.text.slice(s, e).split(/\s+/).length).toBeGreaterThanOrEqual(8);
  });

  it('computes figures for pairs within stories only', () => {
    const articles = readdirSync(storiesDir).sort().map(fixture);
    const figures = computeReuse(articles, groupStories(articles));
    const pairs = figures.filter((f) => f.share >= 0.05).map((f) => `${f.source}>${f.target}`);
    expect(pairs.sort()).toEqual(['e1-reuters.txt>e1-sputnik.txt']);
  });
});

describe('reuse is copied prose, not shared quotation', () => {
  const read = (id: string, text: string): Article => parseArticle({ id, text });
  const statement =
    '"The lighthouse will stay dark until every lens has been replaced and tested by the coast authority," the ' +
    'harbour master said in a statement.';
  const a = read(
    'a.txt',
    `SKELL (AFP) - The old lighthouse of Skell went dark on Friday evening after a storm cracked two of its lenses.\n\n${statement}\n\nFishing boats were told to use the southern channel.`,
  );
  const b = read(
    'b.txt',
    `Sailors in Skell woke up on Saturday without the light that has guided them for ninety years.\n\n${statement}\n\nA repair crew is expected from the capital next week.`,
  );

  it('does not count the quoted words both take from one statement', () => {
    const coverage = measureCoverage(a, b);
    expect(coverage.shareA).toBe(0);
    expect(coverage.shareB).toBe(0);
    expect(coverage.quotedShareA).toBeGreaterThan(0.2);
    expect(coverage.a).toEqual([]);
  });

  it('still counts prose copied around a quotation', () => {
    const copy = read(
      'c.txt',
      a.text.replace('SKELL (AFP) - ', '').replace('Fishing boats', 'All fishing boats'),
    );
    const figure = measureReuse(a, copy);
    expect(figure.share).toBeGreaterThan(0.3);
  });
});

describeSeeds('measureReuse on the sample articles', () => {
  it('reports 002 as reusing 000, with 000 as the source', () => {
    const read = (p: string): Article => parseArticle({ id: p, text: readFileSync(seedPath(p), 'utf8') });
    const figure = measureReuse(read('002'), read('000'));
    expect(figure).toMatchObject({ source: '000', target: '002', direction: 'determined' });
    expect(figure.share).toBeGreaterThan(0.5);
    expect(figure.evidence).toContainEqual(
      expect.objectContaining({
        code: 'authorship',
        article: '000',
        marks: expect.arrayContaining(['dateline']),
      }),
    );
  });
});
