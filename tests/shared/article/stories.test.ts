import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignStory, emptyCorrections } from '../../../shared/article/corrections';
import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { groupStories } from '../../../shared/article/stories';
import { describeSeeds, seedPath } from '../../helpers/seeds';

const storiesDir = join(__dirname, '../../fixtures/stories');

/** The story fixtures, parsed, with the sha256 of their bytes. */
function fixtureArticles(): Article[] {
  return readdirSync(storiesDir)
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(storiesDir, file));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return parseArticle({ id: file, text: bytes.toString('utf8'), sha256 });
    });
}

/** Stories as sorted lists of article ids, sorted. */
function partition(stories: { articles: string[] }[]): string[][] {
  return stories.map((s) => [...s.articles].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('groupStories on the fixtures', () => {
  it('groups four events covered by several outlets in French and English, separating two meetings of the same leaders ten days apart', () => {
    const stories = groupStories(fixtureArticles());
    expect(partition(stories)).toEqual([
      ['e1-afp.txt', 'e1-reuters.txt', 'e1-sputnik.txt'],
      ['e2-afp.txt', 'e2-en-ap.txt', 'e2-reuters.txt', 'e2-rt.txt'],
      ['e3-afp.txt', 'e3-en-reuters.txt', 'e3-kessik-matin.txt', 'e3-lemonde.txt'],
      ['e4-ap.txt', 'e4-rt.txt', 'e4-vallee-infos.txt'],
    ]);
    expect(stories.every((s) => s.origin === 'auto' && s.title.length > 0)).toBe(true);
  });

  it('joins an English report to the French coverage of its event by names, places and numbers alone', () => {
    const articles = fixtureArticles();
    const english = articles.filter((a) => a.language === 'en').map((a) => a.id);
    expect(english.sort()).toEqual(['e2-en-ap.txt', 'e3-en-reuters.txt']);
    const call = articles.filter((a) => a.id.startsWith('e2-'));
    expect(groupStories(call)).toHaveLength(1);
    const summit = articles.filter((a) => a.id.startsWith('e3-'));
    expect(groupStories(summit)).toHaveLength(1);
  });

  it('keeps apart two meetings of the same leaders when their leads name weekdays three days apart, even without dates', () => {
    const articles = fixtureArticles()
      .filter((a) => a.id === 'e2-en-ap.txt' || a.id === 'e3-en-reuters.txt' || a.id === 'e3-afp.txt')
      .map(({ date: _date, ...rest }) => rest);
    expect(partition(groupStories(articles))).toEqual([
      ['e2-en-ap.txt'],
      ['e3-afp.txt', 'e3-en-reuters.txt'],
    ]);
  });

  it('gives the same story ids whatever the input order', () => {
    const articles = fixtureArticles();
    const ids = groupStories(articles).map((s) => s.id);
    const shuffled = [...articles].reverse();
    expect(groupStories(shuffled).map((s) => s.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
    const e1 = groupStories(articles).find((s) => s.articles.includes('e1-reuters.txt'))!;
    expect(e1.id).toBe(`story-${articles.find((a) => a.id === 'e1-afp.txt')!.sha256.slice(0, 12)}`);
  });

  it('lists members earliest first and takes a title from a titled member', () => {
    const e1 = groupStories(fixtureArticles()).find((s) => s.articles.includes('e1-sputnik.txt'))!;
    expect(e1.articles.at(-1)).toBe('e1-sputnik.txt');
    expect(e1.title).toMatch(/Valmera/);
  });

  it("applies the user's moves, merges and splits, following a renamed file by its sha256", () => {
    const articles = fixtureArticles();
    const auto = groupStories(articles);
    const e2 = auto.find((s) => s.articles.includes('e2-afp.txt'))!;
    const e3 = articles.filter((a) => a.id.startsWith('e3-'));
    const merged = groupStories(articles, assignStory(emptyCorrections, e3, e2.id));
    expect(merged.find((s) => s.id === e2.id)?.articles).toHaveLength(8);
    expect(merged.find((s) => s.id === e2.id)?.origin).toBe('user');

    const rt = articles.find((a) => a.id === 'e2-rt.txt')!;
    const split = assignStory(emptyCorrections, [rt], 'user-1');
    const renamed = articles.map((a) => (a === rt ? { ...a, id: 'renamed/rt.txt' } : a));
    const stories = groupStories(renamed, split);
    expect(stories.find((s) => s.id === 'user-1')?.articles).toEqual(['renamed/rt.txt']);
    expect(stories.find((s) => s.id === e2.id)?.articles).toHaveLength(3);
  });

  it('handles no articles and a single article', () => {
    expect(groupStories([])).toEqual([]);
    const [one] = fixtureArticles();
    expect(groupStories([one!])).toHaveLength(1);
  });
});

describeSeeds('groupStories on the sample articles', () => {
  it('puts 000, 001 and 002 in one story and leaves 003 and 004 out of it', () => {
    const articles = ['000', '001', '002', '003', '004'].map((p) =>
      parseArticle({ id: p, text: readFileSync(seedPath(p), 'utf8') }),
    );
    const stories = groupStories(articles);
    const main = stories.find((s) => s.articles.includes('000'))!;
    expect([...main.articles].sort()).toEqual(['000', '001', '002']);
  });
});
