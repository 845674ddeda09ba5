import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { extractClaims } from '../../../shared/claims/extract';
import { matchClaims } from '../../../shared/claims/match';
import type { Claim, ClaimRow } from '../../../shared/claims/model';
import { articleFromText } from '../../helpers/claims-article';

/** A fixture of the fictional Lorient fire story, as an Article of the given outlet. */
function fixture(name: string, outlet: string): Article {
  const text = readFileSync(new URL(`../../fixtures/claims-story/${name}`, import.meta.url), 'utf8');
  return articleFromText(name, text, { outlet: { id: outlet, name: outlet, source: 'rule' } });
}

const a = fixture('a-gazette.txt', 'gazette');
const b = fixture('b-courrier.txt', 'courrier');
const c = fixture('c-echo.txt', 'echo');
const story = [a, b, c];
const claims = new Map(story.map((x) => [x.id, extractClaims(x)]));
const byId = new Map<string, Claim>([...claims.values()].flat().map((k) => [k.id, k]));

/** The row holding the claim of `article` whose text is `text`. */
function rowWith(rows: readonly ClaimRow[], article: Article, text: string): ClaimRow {
  const claim = claims.get(article.id)!.find((k) => k.text === text);
  if (!claim) throw new Error(`no claim "${text}" in ${article.id}`);
  const row = rows.find((r) => r.claims.includes(claim.id));
  if (!row) throw new Error(`no row for "${text}"`);
  return row;
}

/** Texts of a row's claims. */
function texts(row: ClaimRow): string[] {
  return row.claims.map((id) => byId.get(id)!.text);
}

describe('matchClaims on a three-article story', () => {
  const rows = matchClaims(story, claims);

  it('flags a different number for the same count (the qualifier only counts on the same figure)', () => {
    const row = rowWith(rows, a, 'plus de 120 pompiers');
    expect(texts(row)).toEqual(['plus de 120 pompiers', 'Une centaine de pompiers']);
    expect(row.discrepancies).toEqual(['number-differs']);
    const [x, y] = row.claims;
    expect(row.differences).toEqual([{ type: 'number-differs', a: x, b: y }]);
  });

  it('flags only the qualifier when the value is the same', () => {
    const row = rowWith(rows, a, '40 minutes');
    expect(texts(row)).toEqual(['40 minutes', 'une quarantaine de minutes']);
    expect(row.discrepancies).toEqual(['qualifier-differs']);
  });

  it('flags differing dates and speakers', () => {
    const dates = rowWith(rows, a, 'le 14 mars');
    expect(texts(dates)).toEqual(['le 14 mars', 'les 13 et 14 mars']);
    expect(dates.discrepancies).toEqual(['date-differs']);
    const quote = rowWith(rows, a, 'Nous avons évité le pire');
    expect(texts(quote)).toHaveLength(2);
    expect(quote.discrepancies).toEqual(['speaker-differs']);
  });

  it('does not flag one instant written in two time zones, nor one weekday twice', () => {
    const time = rowWith(rows, a, '16h07');
    expect(texts(time)).toEqual(['16h07', '15h07 GMT']);
    expect(time.discrepancies).toEqual([]);
    const weekday = rowWith(rows, a, 'jeudi');
    expect(texts(weekday)).toEqual(['jeudi', 'jeudi', 'jeudi']);
    expect(weekday.discrepancies).toEqual([]);
  });

  it('flags what only one article reports, but not in a selection of one', () => {
    expect(rowWith(rows, c, 'Les quais rouvriront dès que possible').discrepancies).toEqual([
      'reported-by-one',
    ]);
    const alone = matchClaims([c], new Map([[c.id, claims.get(c.id)!]]));
    expect(alone.every((r) => r.discrepancies.length === 0)).toBe(true);
  });

  it('keeps names out of rows and gives each row a topic', () => {
    expect(rows.every((r) => !['person', 'place', 'organisation'].includes(r.kind))).toBe(true);
    expect(rowWith(rows, a, 'plus de 120 pompiers').topic).toMatch(/^pompiers/);
    expect(rowWith(rows, a, 'Nous avons évité le pire').topic).toBe('citation · Anne Kervella');
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([...claims.entries()]);
    matchClaims(story, claims, [
      { type: 'dismiss', claimId: claims.get(a.id)![0]!.id, discrepancy: 'reported-by-one' },
    ]);
    expect(JSON.stringify([...claims.entries()])).toBe(before);
  });
});

describe('matchClaims with corrections', () => {
  const quoteA = claims.get(a.id)!.find((k) => k.text === 'Nous avons évité le pire')!;
  const quoteB = claims.get(b.id)!.find((k) => k.text === 'Nous avons évité le pire')!;
  const firemen = claims.get(a.id)!.find((k) => k.text === 'plus de 120 pompiers')!;
  const quoteC = claims.get(c.id)!.find((k) => k.kind === 'quote')!;

  it('moves a claim to a row of its own or to another row', () => {
    const split = matchClaims(story, claims, [{ type: 'move', claimId: quoteB.id, toClaimId: null }]);
    expect(rowWith(split, a, quoteA.text).claims).toEqual([quoteA.id]);
    expect(rowWith(split, a, quoteA.text).discrepancies).toEqual(['reported-by-one']);
    const joined = matchClaims(story, claims, [
      { type: 'move', claimId: quoteC.id, toClaimId: `row:${quoteA.id}` },
    ]);
    expect(rowWith(joined, a, quoteA.text).claims).toEqual([quoteA.id, quoteB.id, quoteC.id]);
  });

  it('dismisses a flag, keeping it listed as dismissed', () => {
    const rows = matchClaims(story, claims, [
      { type: 'dismiss', claimId: firemen.id, discrepancy: 'number-differs' },
    ]);
    const row = rowWith(rows, a, firemen.text);
    expect(row.discrepancies).toEqual([]);
    expect(row.dismissed).toEqual(['number-differs']);
    expect(row.differences).toEqual([]);
  });

  it('ignores corrections naming claims that no longer exist', () => {
    const rows = matchClaims(story, claims, [{ type: 'move', claimId: 'gone#quote@1', toClaimId: null }]);
    expect(rows).toEqual(matchClaims(story, claims));
  });
});

describe('matchClaims wording', () => {
  it('matches soldiers and troops as one count', () => {
    const x = articleFromText('x.txt', 'Selon Oslo, plus de 3.000 soldats sont massés à la frontière nord.');
    const y = articleFromText(
      'y.txt',
      'Quelque 3 000 militaires sont massés à la frontière nord, selon Oslo.',
    );
    const rows = matchClaims([x, y], new Map([x, y].map((k) => [k.id, extractClaims(k)])));
    const troops = rows.find((r) => r.kind === 'quantity')!;
    expect(troops.articles).toEqual(['x.txt', 'y.txt']);
    expect(troops.discrepancies).toEqual(['qualifier-differs']);
  });
});

describe('a quoted fragment of a relayed statement', () => {
  it('joins the statement that holds it and flags who each article says spoke', () => {
    const x = articleFromText(
      'x.txt',
      'La maire Anne Kervella a prévenu les armateurs que la grève des dockers pourrait provoquer une fermeture totale du port de Lorient, a déclaré son adjoint Paul Dufresne.',
    );
    const y = articleFromText(
      'y.txt',
      'Un adjoint a indiqué à la presse que la maire Anne Kervella avait prévenu que la grève des dockers pourrait provoquer « une fermeture totale » du port de Lorient.',
    );
    const found = new Map([x, y].map((k) => [k.id, extractClaims(k)]));
    const statement = found.get(x.id)!.find((k) => k.kind === 'reported-speech')!;
    const fragment = found.get(y.id)!.find((k) => k.kind === 'quote')!;
    expect([statement.speaker, fragment.speaker]).toEqual(['Paul Dufresne', 'Anne Kervella']);
    const row = matchClaims([x, y], found).find((r) => r.claims.includes(fragment.id))!;
    expect(row.claims).toContain(statement.id);
    expect(row.discrepancies).toContain('speaker-differs');
  });
});
