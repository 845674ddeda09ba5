import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferOutletsByReuse, inferOutletsFor } from '../../../shared/article/attribute-by-reuse';
import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { computeReuse } from '../../../shared/article/reuse';
import { ATTRIBUTION_MIN_SHARE } from '../../../shared/article/reuse-figures';
import { groupStories } from '../../../shared/article/stories';
import { describeSeeds, seedPath } from '../../helpers/seeds';

const dir = join(__dirname, '../../fixtures/attribution');

/** The attribution fixtures named, parsed. */
function read(...files: string[]): Article[] {
  return files.map((file) =>
    parseArticle({ id: file, text: readFileSync(join(dir, file), 'utf8'), sha256: file.padEnd(64, '0') }),
  );
}

/** Inferences over articles grouped and measured as the app does. */
function infer(articles: Article[]): ReturnType<typeof inferOutletsByReuse> {
  return inferOutletsByReuse(articles, computeReuse(articles, groupStories(articles)));
}

describe('inferOutletsByReuse', () => {
  it('labels an unsigned copy of an AP wire "probably AP" with the share of its prose found there and the file', () => {
    const articles = read('wire-ap.txt', 'copy-unsigned.txt');
    expect(articles.map((a) => a.outlet.id)).toEqual(['ap', 'unknown']);
    const [inference, ...rest] = infer(articles);
    expect(rest).toEqual([]);
    expect(inference).toMatchObject({
      article: 'copy-unsigned.txt',
      outlet: { id: 'ap', name: 'AP' },
      from: 'wire-ap.txt',
      minShare: ATTRIBUTION_MIN_SHARE,
    });
    expect(inference!.share).toBeGreaterThan(0.6);
    expect(inference!.share).toBeLessThan(1);
  });

  it('infers nothing from a quotation both take from one statement', () => {
    const articles = read('wire-ap.txt', 'quotes-only.txt');
    expect(articles[1]!.outlet.id).toBe('unknown');
    expect(infer(articles)).toEqual([]);
  });

  it('infers nothing when the article carries the texts of two organisations', () => {
    const articles = read('wire-ap.txt', 'wire-reuters.txt', 'copy-two-agencies.txt');
    expect(articles.map((a) => a.outlet.id)).toEqual(['ap', 'reuters', 'unknown']);
    expect(infer(articles)).toEqual([]);
  });

  it('leaves alone an article whose outlet the user set, even to unknown, and never relabels a known outlet', () => {
    const [wire, copy] = read('wire-ap.txt', 'copy-unsigned.txt');
    const rejected: Article = { ...copy!, outlet: { id: 'unknown', name: 'unknown', source: 'user' } };
    expect(infer([wire!, rejected])).toEqual([]);
  });
});

describe('inferOutletsByReuse: whose text, not which site', () => {
  const [wire, copy] = read('wire-ap.txt', 'copy-unsigned.txt');
  const unsignedWire = wire!.text.replace('PORT-ALDEN (AP) — ', '');
  /** The wire's text as a paper prints it: signed by one of its writers, with the given date header. */
  const paperCopy = (date: string): Article =>
    parseArticle({
      id: 'paper.txt',
      text: unsignedWire.replace(
        ' date 2024-04-09 ',
        ` date ${date} Ferry strike\nBy Mara Quill, The Guardian\n`,
      ),
    });

  it("never infers from a site's own address: a paper's site may carry agency copy unsigned", () => {
    const onSite = parseArticle({
      id: 'site.txt',
      text: unsignedWire,
      meta: { url: 'https://www.lesoir.be/monde/ferry-strike' },
    });
    expect(onSite.outlet).toMatchObject({ id: 'le-soir', siteOnly: true });
    expect(infer([onSite, copy!])).toEqual([]);
  });

  it("names a paper only when dates or credits show its article came first; an agency's text in any order", () => {
    expect(paperCopy('2024-04-09').outlet).toMatchObject({ id: 'guardian', source: 'rule' });
    expect(infer([paperCopy('2024-04-09'), copy!])).toEqual([]);
    expect(infer([paperCopy('2024-04-08'), copy!])).toMatchObject([
      { article: 'copy-unsigned.txt', outlet: { id: 'guardian' }, from: 'paper.txt' },
    ]);
    expect(infer([wire!, copy!])).toMatchObject([{ article: 'copy-unsigned.txt', outlet: { id: 'ap' } }]);
  });
});

describe('inferOutletsFor', () => {
  it('gives for the articles asked the inferences of the whole folder, measuring only their pairs', () => {
    const articles = read(
      'wire-ap.txt',
      'wire-reuters.txt',
      'copy-unsigned.txt',
      'copy-two-agencies.txt',
      'quotes-only.txt',
    );
    const stories = groupStories(articles);
    const whole = infer(articles);
    const ids = articles.map((a) => a.id);
    expect(inferOutletsFor(ids, articles, stories)).toEqual(whole);
    expect(inferOutletsFor(['copy-unsigned.txt', 'wire-ap.txt'], articles, stories)).toEqual(
      whole.filter((i) => i.article === 'copy-unsigned.txt'),
    );
    expect(whole.some((i) => i.article === 'copy-unsigned.txt')).toBe(true);
    expect(inferOutletsFor(['wire-ap.txt', 'quotes-only.txt'], articles, stories)).toEqual([]);
  });
});

describeSeeds('inferOutletsByReuse on the seeds', () => {
  it('leaves 004 unknown, without an inference', () => {
    const files = ['000', '001', '002', '003', '004'];
    const articles = files.map((n) => {
      const path = seedPath(n);
      return parseArticle({ id: n, text: readFileSync(path, 'utf8'), sha256: n.padEnd(64, '0') });
    });
    expect(articles.find((a) => a.id === '004')!.outlet.id).toBe('unknown');
    expect(infer(articles).filter((i) => i.article === '004')).toEqual([]);
  });
});
