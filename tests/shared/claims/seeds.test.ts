import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { findPhrase } from '../../../shared/claims/concordance';
import { extractClaims } from '../../../shared/claims/extract';
import { matchClaims } from '../../../shared/claims/match';
import type { Claim, ClaimRow } from '../../../shared/claims/model';
import { contentSpans } from '../../../shared/text/content';
import { splitSentences } from '../../../shared/text/sentences';
import { describeSeeds, seedPath, specDir } from '../../helpers/seeds';

interface SpecClaim {
  id: string;
  kind: 'quantity' | 'date' | 'quote';
  text: string;
  start: number;
  end: number;
  value?: number | null;
  qualifier?: string | null;
  unit?: string;
  normalized?: string;
  relative?: boolean;
  speaker?: string;
}

/**
 * The seeds' spec calls a duration ("50 minutes") a quantity; the engine, like the corpus answers, makes it a time
 * claim with its unit, read the same way.
 */
function sameKind(claim: Claim, kind: string): boolean {
  return claim.kind === kind || (kind === 'quantity' && claim.kind === 'time' && claim.unit !== undefined);
}

/** A seed read as the app reads it. */
function seed(prefix: string): Article {
  return parseArticle({ id: prefix, text: readFileSync(seedPath(prefix), 'utf8') });
}

describeSeeds('claims reference answers (claims-000.json, claims-002.json)', () => {
  for (const prefix of ['000', '002']) {
    const spec = JSON.parse(readFileSync(join(specDir, `claims-${prefix}.json`), 'utf8')) as {
      claims: SpecClaim[];
    };
    const article = seed(prefix);
    const claims = extractClaims(article);
    for (const expected of spec.claims) {
      it(`${expected.id} ${expected.kind} "${expected.text.slice(0, 40)}"`, () => {
        const found = claims.find(
          (c) => sameKind(c, expected.kind) && c.start === expected.start && c.end === expected.end,
        );
        expect(found, `no ${expected.kind} claim at [${expected.start}, ${expected.end})`).toBeDefined();
        expect(found!.text).toBe(expected.text);
        if (expected.kind === 'quantity') {
          expect(found!.value).toBe(expected.value ?? undefined);
          expect(found!.qualifier).toBe(expected.qualifier ?? undefined);
          expect(found!.unit).toBe(expected.unit);
        }
        if (expected.kind === 'date') {
          expect(found!.normalized).toBe(expected.normalized);
          expect(Boolean(found!.relative)).toBe(Boolean(expected.relative));
        }
        if (expected.kind === 'quote') expect(found!.speaker).toBe(expected.speaker);
      });
    }
  }
});

describeSeeds('claims across the five seeds', () => {
  const articles = ['000', '001', '002', '003', '004'].map(seed);
  const claimsByArticle = new Map(articles.map((a) => [a.id, extractClaims(a)]));
  const rows = matchClaims(articles, claimsByArticle);
  const byId = new Map<string, Claim>([...claimsByArticle.values()].flat().map((c) => [c.id, c]));
  const rowWith = (article: string, text: string): ClaimRow => {
    const claim = claimsByArticle.get(article)!.find((c) => c.text === text);
    expect(claim, `claim "${text}" in ${article}`).toBeDefined();
    return rows.find((r) => r.claims.includes(claim!.id))!;
  };
  const wording = (row: ClaimRow): string[] =>
    row.claims.map((id) => `${byId.get(id)!.articleId}: ${byId.get(id)!.text}`);

  it('puts the four troop counts in one flagged row', () => {
    const row = rowWith('002', 'plus de 100.000 soldats');
    expect(wording(row)).toEqual([
      '000: des dizaines de milliers de soldats',
      '001: dizaines de milliers de militaires russes',
      '002: plus de 100.000 soldats',
      '003: quelque 100.000 soldats russes',
    ]);
    expect(row.discrepancies).toContain('number-differs');
    expect(row.discrepancies).toContain('qualifier-differs');
  });

  it('flags the call duration as a qualifier difference', () => {
    const row = rowWith('000', '50 minutes');
    expect(wording(row)).toContain('001: une cinquantaine de minutes');
    expect(row.discrepancies).toContain('qualifier-differs');
    expect(row.discrepancies).not.toContain('duration-differs');
  });

  it('flags the talks dates of 000 and 003', () => {
    const row = rowWith('000', 'le 10 janvier');
    expect(wording(row)).toContain('003: les 9 et 10 janvier');
    expect(row.discrepancies).toContain('date-differs');
  });

  it('lists the same quote with the same speaker in 000 and 002 without a flag', () => {
    const row = rowWith('000', 'point de départ');
    expect(row.articles).toEqual(['000', '002']);
    expect(row.discrepancies).toEqual([]);
  });

  it('finds "ligne rouge" in 000 and 002, in the same sentence, counted per outlet', () => {
    const result = findPhrase(articles, 'lignes rouges');
    expect(result.hits.map((h) => h.article).sort()).toEqual(['000', '002']);
    expect(result.perOutlet).toEqual({ reuters: 1, sputnik: 1 });
    const sentenceOf = (id: string, at: number): string => {
      const article = articles.find((a) => a.id === id)!;
      const sentence = contentSpans(article)
        .flatMap((z) => splitSentences(article.text, z))
        .find(([s, e]) => at >= s && at < e)!;
      return article.text.slice(sentence[0], sentence[1]);
    };
    const [first, second] = result.hits;
    expect(sentenceOf(first!.article, first!.start)).toBe(sentenceOf(second!.article, second!.start));
  });
});
