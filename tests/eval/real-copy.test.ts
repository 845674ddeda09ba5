import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/model';
import { computeReuse } from '../../shared/article/reuse';
import { groupStories } from '../../shared/article/stories';
import { extractClaims } from '../../shared/claims/extract';
import { matchClaims } from '../../shared/claims/match';
import type { Claim } from '../../shared/claims/model';
import { scanFolder } from '../../node/scan-folder';
import { repoRoot } from './corpus-data';

let articles: Map<string, Article>;
beforeAll(async () => {
  const { articles: read } = await scanFolder(join(repoRoot, 'tests/fixtures/real-copy'));
  articles = new Map(read.filter((a) => a.id.endsWith('.txt')).map((a) => [a.id.replace(/\.txt$/, ''), a]));
});
const article = (name: string): Article => articles.get(name)!;
const claimsOf = (name: string, kind: Claim['kind']): Claim[] =>
  extractClaims(article(name)).filter((c) => c.kind === kind);

describe('what the development corpus teaches: outlets from real house styles', () => {
  it('reads the date header line and the headline that follows it on the same line', () => {
    expect(article('date-header-headline').date).toBe('2023-02-06');
    expect(article('date-header-headline').title).toBe('Ferry fire in Kessel: what we know');
  });

  it('names the agency of a "By The Associated Press" line under the headline (issue 19)', () => {
    expect(article('byline-after-headline').outlet.id).toBe('ap');
  });

  it('finds the dateline after a photo caption (issue 19)', () => {
    expect(article('caption-before-dateline').outlet.id).toBe('ap');
  });

  it('names Reuters from its closing "Reporting by …; Editing by …" line (issue 19)', () => {
    expect(article('reuters-credits').outlet.id).toBe('reuters');
  });

  it('names dpa from "(dpa)" closing the text (issue 19)', () => {
    expect(article('dpa-end-marker').outlet.id).toBe('dpa');
  });

  it('names AFP from a French site\'s closing "avec AFP" (issue 19)', () => {
    expect(article('avec-afp-signature-fr').outlet.id).toBe('afp');
  });

  it('names Belga from "(Belga)" opening the first paragraph (issue 19)', () => {
    expect(article('belga-start-end-fr').outlet.id).toBe('belga');
  });

  it.fails('does not take a repeated photo caption for the headline (issue 19)', () => {
    expect(article('repeated-caption').title).toBe('Kessel ferry towed to repair yard as inquiry opens');
  });
});

describe('what the development corpus teaches: English values', () => {
  it('reads "9:20 a.m. EDT" as one time with its zone and "a 35-minute call" as a duration', () => {
    expect(claimsOf('english-values', 'time').map((c) => [c.text, c.normalized])).toEqual([
      ['35-minute', 'PT35M'],
      ['9:20 a.m. EDT', '09:20-04:00'],
      ['nearly two hours', '≲PT120M'],
    ]);
  });

  it('reads "nearly two hours" as an approximate duration below two hours', () => {
    const hours = claimsOf('english-values', 'time').find((c) => c.text === 'nearly two hours');
    expect(hours?.qualifierKind).toBe('nearly');
  });

  it('reads "Feb. 14, 2023" as one date, not a count of 14 and a year (issue 17)', () => {
    expect(claimsOf('english-values', 'date').map((c) => c.normalized)).toContain('2023-02-14');
    expect(claimsOf('english-values', 'quantity').map((c) => c.value)).not.toContain(14);
  });

  it('keeps "an estimated" as the qualifier of 40,000 troops (issue 17)', () => {
    const troops = claimsOf('english-values', 'quantity').find((c) => c.value === 40000);
    expect(troops?.qualifierKind).toBe('approx');
    expect(troops?.text).toBe('an estimated 40,000 troops');
  });

  it('reads "1700 GMT" as a time, not a count of 1,700 (issue 17)', () => {
    expect(claimsOf('time-zones-a', 'time').map((c) => c.normalized)).toEqual(['17:00Z']);
  });

  it('does not flag "March 3" against "le 3 mars" as dates that differ', () => {
    const pair = [article('date-forms-en'), article('date-forms-fr')];
    const rows = matchClaims(pair, new Map(pair.map((a) => [a.id, extractClaims(a)])));
    const dates = rows.filter((r) => r.kind === 'date');
    expect(dates.some((r) => r.articles.length === 2)).toBe(true);
    expect(dates.flatMap((r) => r.discrepancies)).not.toContain('date-differs');
  });

  it('reads "7 p.m." as a time, not a count of 7 (issue 17)', () => {
    expect(claimsOf('byline-after-headline', 'quantity').map((c) => c.text)).not.toContain('7 p');
  });
});

describe('what the development corpus teaches: speakers, shared statements and updates', () => {
  it('gives a French quote in straight quotes to the speaker after "a déclaré"', () => {
    expect(claimsOf('postposed-speaker-fr', 'quote').map((c) => c.speaker)).toEqual(['Elin Varga']);
  });

  it('finds an update of one wire story as reuse within one story', () => {
    const pair = [article('wire-update-1'), article('wire-update-2')];
    const stories = groupStories(pair);
    expect(stories).toHaveLength(1);
    expect(computeReuse(pair, stories)).toHaveLength(1);
  });

  it('does not report two agencies quoting one statement as reuse (issue 19)', () => {
    const pair = [article('shared-statement-a'), article('shared-statement-b')];
    expect(computeReuse(pair, groupStories(pair))).toEqual([]);
  });
});
