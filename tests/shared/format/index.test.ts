import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, langFromLocale } from '../../../shared/format/index';

/** `s` with no-break spaces shown as plain spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('locale helpers', () => {
  it('formats percentages', () => {
    expect(plain(formatPercent(0.64, 'fr'))).toBe('64 %');
    expect(formatPercent(0.64, 'en')).toBe('64%');
    expect(formatPercent(0.996, 'en')).toBe('100%');
  });

  it('formats numbers with the locale grouping', () => {
    expect(plain(formatNumber(100000, 'fr'))).toBe('100 000');
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(plain(formatNumber(2.5, 'fr'))).toBe('2,5');
  });

  it('formats dates at their precision', () => {
    expect(formatDate('2021-12-30', 'fr')).toBe('30 décembre 2021');
    expect(formatDate('2021-12', 'fr')).toBe('décembre 2021');
    expect(formatDate('2021-12-01', 'fr')).toBe('1er décembre 2021');
    expect(formatDate('2021', 'fr')).toBe('2021');
    expect(formatDate('2021-12-30', 'en')).toBe('December 30, 2021');
    expect(formatDate('2021-12', 'en')).toBe('December 2021');
    expect(formatDate('next week', 'en')).toBe('next week');
  });

  it('reads the language from an environment locale', () => {
    expect(langFromLocale('fr_FR.UTF-8')).toBe('fr');
    expect(langFromLocale('en_US.UTF-8')).toBe('en');
    expect(langFromLocale('C.UTF-8')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
});
