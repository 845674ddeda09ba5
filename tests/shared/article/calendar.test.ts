import { describe, expect, it } from 'vitest';
import { isoWeekday, monthNumber } from '../../../shared/article/calendar';

describe('calendar names', () => {
  it('reads French and English month names in any case, with or without accents', () => {
    expect(monthNumber('décembre')).toBe(12);
    expect(monthNumber('Decembre')).toBe(12);
    expect(monthNumber('FÉVRIER')).toBe(2);
    expect(monthNumber('août')).toBe(8);
    expect(monthNumber('May')).toBe(5);
    expect(monthNumber('mardi')).toBeUndefined();
  });

  it('reads weekdays as ISO numbers', () => {
    expect(isoWeekday('lundi')).toBe(1);
    expect(isoWeekday('Dimanche')).toBe(7);
    expect(isoWeekday('thursday')).toBe(4);
    expect(isoWeekday('décembre')).toBeUndefined();
  });
});
