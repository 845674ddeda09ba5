import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { parseDigits, parseNumberWords } from '../../../shared/claims/numbers';
import { articleFromText } from '../../helpers/claims-article';
import { NUMBER_STYLES, renderNumber, styleLocale, toFrenchWords } from '../../helpers/number-styles';

interface NumberCase {
  text: string;
  claim: string;
  value?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  unit: string;
  language?: string;
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/claims-numbers/cases.json', import.meta.url), 'utf8'),
) as { cases: NumberCase[] };

describe('parseDigits', () => {
  it.each([
    ['100.000', 'fr', 100000],
    ['100 000', 'fr', 100000],
    ['100\u00a0000', 'fr', 100000],
    ['100\u202f000', 'fr', 100000],
    ['100,000', 'en', 100000],
    ['100,000', 'fr', 100000],
    ['1,000,000', 'en', 1000000],
    ['2,5', 'fr', 2.5],
    ['2.5', 'en', 2.5],
    ['1.234,56', 'fr', 1234.56],
    ['1,234.56', 'en', 1234.56],
    ['0,125', 'fr', 0.125],
    ['2014', 'fr', 2014],
    ['1 234 567,8', 'fr', 1234567.8],
  ] as const)('%s (%s) → %d', (text, locale, value) => {
    expect(parseDigits(text, { locale })).toBe(value);
  });

  it('reads a lone ",ddd" group before a scale word as French decimals', () => {
    expect(parseDigits('1,250', { locale: 'fr', beforeScale: true })).toBe(1.25);
  });

  it('refuses what is not a number', () => {
    expect(parseDigits('abc')).toBeUndefined();
    expect(parseDigits('1.2.3,4,5')).toBeUndefined();
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['cinquante', 50],
    ['soixante et onze', 71],
    ['quatre-vingts', 80],
    ['quatre-vingt-dix-sept', 97],
    ['deux cents', 200],
    ['deux cent mille', 200000],
    ['un million deux cent mille', 1200000],
    ['trois milliards', 3e9],
    ['mille', 1000],
    ['twenty-one', 21],
    ['two hundred thousand', 200000],
  ] as const)('%s → %d', (text, value) => {
    expect(parseNumberWords(text)).toBe(value);
  });

  it('refuses words that are not a number', () => {
    expect(parseNumberWords('cinquante chats')).toBeUndefined();
    expect(parseNumberWords('et')).toBeUndefined();
  });
});

describe('quantity fixtures (number words, separators, qualifiers)', () => {
  it.each(fixture.cases.map((c) => [c.claim, c] as const))('%s', (_, c) => {
    const article = articleFromText('n.txt', c.text, c.language ? { language: c.language } : {});
    const quantity = extractClaims(article).find(
      (k) => k.kind === 'quantity' || (k.kind === 'time' && k.unit !== undefined),
    );
    expect(quantity?.text).toBe(c.claim);
    expect(c.text.slice(quantity!.start, quantity!.end)).toBe(c.claim);
    expect(quantity?.value).toBe(c.value);
    expect(quantity?.unit).toBe(c.unit);
    expect(quantity?.qualifier).toBe(c.qualifier);
    if (c.min !== undefined) expect([quantity?.min, quantity?.max]).toEqual([c.min, c.max]);
  });
});

describe('property: a number rendered in any supported style parses back to its value', () => {
  const integer = fc.integer({ min: 0, max: 999_999_999 });
  const decimal = fc.integer({ min: 0, max: 99_999_999 }).map((cents) => cents / 100);
  const digitStyles = NUMBER_STYLES.filter((s) => s !== 'fr-words');

  it('parseDigits reads every digit style back', () => {
    fc.assert(
      fc.property(fc.oneof(integer, decimal), fc.constantFrom(...digitStyles), (value, style) => {
        expect(parseDigits(renderNumber(value, style), { locale: styleLocale(style) })).toBe(value);
      }),
    );
  });

  it('parseNumberWords reads French words back', () => {
    fc.assert(
      fc.property(integer, (value) => {
        expect(parseNumberWords(toFrenchWords(value))).toBe(value);
      }),
    );
  });

  it('extraction finds the value in a sentence, whatever the style', () => {
    fc.assert(
      fc.property(fc.oneof(integer, decimal), fc.constantFrom(...NUMBER_STYLES), (raw, style) => {
        const value = style === 'fr-words' ? Math.max(2, Math.round(raw)) : raw;
        const rendered = renderNumber(value, style);
        const text = `Selon le bilan, ${rendered} soldats sont arrivés.`;
        const article = articleFromText('p.txt', text, { language: styleLocale(style) });
        const quantity = extractClaims(article).find((c) => c.kind === 'quantity');
        expect(quantity?.value).toBe(value);
        expect(quantity?.unit).toBe('soldats');
        expect(quantity?.text).toBe(`${rendered} soldats`);
      }),
      { numRuns: 300 },
    );
  });
});
