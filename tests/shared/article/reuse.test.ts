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

  it('says "undetermined" when nothing tells which came first', () => {
    const figure = measureReuse(fixture('e4-rt.txt'), fixture('e4-vallee-infos.txt'));
    expect(figure.direction).toBe('undetermined');
    expect(figure.share).toBeGreaterThan(0.2);
    expect(figure.evidence).toContainEqual({ code: 'no-authorship' });
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
    expect(pairs.sort()).toEqual(['e1-reuters.txt>e1-sputnik.txt', 'e4-rt.txt>e4-vallee-infos.txt']);
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
