import { describe, expect, it } from 'vitest';
import { extractDates, inferYear, referenceDate } from '../../../shared/claims/dates';
import { extractClaims } from '../../../shared/claims/extract';
import type { Claim } from '../../../shared/claims/model';
import { articleFromText } from '../../helpers/claims-article';

/** Date and time claims of a one-article text dated by its header. */
function datesOf(text: string, extra = {}): Claim[] {
  return extractClaims(articleFromText('d.txt', text, extra)).filter(
    (c) => c.kind === 'date' || c.kind === 'time',
  );
}

describe('extractDates', () => {
  it('reads days, lists, months and years, resolving the year from the article date', () => {
    const claims = datesOf(
      ' date 2023-12 Le jury se réunira le 10 janvier, puis les 9 et 10 février, avant une visite en mars 2024. ' +
        'La digue avait cédé en 2014 et le chantier a repris le 17 décembre.',
    );
    expect(claims.map((c) => [c.text, c.normalized])).toEqual([
      ['le 10 janvier', '2024-01-10'],
      ['les 9 et 10 février', '2024-02-09,2024-02-10'],
      ['en mars 2024', '2024-03'],
      ['en 2014', '2014'],
      ['le 17 décembre', '2023-12-17'],
    ]);
  });

  it('keeps a weekday unresolved when the article is dated only by month', () => {
    const [jeudi] = datesOf(' date 2023-06 Le conseil municipal a voté jeudi la fermeture du pont.');
    expect(jeudi).toMatchObject({ text: 'jeudi', relative: true, weekday: 4 });
    expect(jeudi?.normalized).toBeUndefined();
  });

  it('reads a bare weekday as the coming one when its clause speaks of the future', () => {
    const extra = { date: '2024-04-14' };
    const [lundi] = datesOf(' date 2024-04-14 Une cellule de crise se réunira lundi à la préfecture.', extra);
    expect(lundi?.normalized).toBe('2024-04-15');
    const [mercredi] = datesOf(
      ' date 2024-04-14 Les écoles resteront fermées jusqu’à mercredi au moins.',
      extra,
    );
    expect(mercredi?.normalized).toBe('2024-04-17');
    const [samedi] = datesOf(
      ' date 2024-04-14 La digue a cédé samedi, mais les discussions prévues en mai auront bien lieu.',
      extra,
    );
    expect(samedi?.normalized).toBe('2024-04-13');
  });

  it('resolves a weekday when the article date is known to the day', () => {
    const [jeudi] = datesOf(' date 2023-06-10 Le conseil municipal a voté jeudi la fermeture du pont.', {
      date: '2023-06-10',
    });
    expect(jeudi?.normalized).toBe('2023-06-08');
    const [hier] = datesOf('La foire a ouvert hier.', { date: '2023-06-10' });
    expect(hier).toMatchObject({ text: 'hier', normalized: '2023-06-09' });
  });

  it('takes the day from a publication stamp that agrees with the month', () => {
    const text = ' date 2023-06 Le maire a parlé mardi. 14.06.2023, Gazette du Lac';
    expect(referenceDate({ text, date: '2023-06' })).toEqual({ year: 2023, month: 6, day: 14 });
    expect(datesOf(text).find((c) => c.text === 'mardi')?.normalized).toBe('2023-06-13');
    expect(
      referenceDate({
        text: ' date 2023-05 Le maire a parlé mardi. 14.06.2023, Gazette du Lac',
        date: '2023-05',
      }),
    ).toEqual({ year: 2023, month: 5 });
  });

  it('reads times with their zone so that one instant in two zones has one UTC value', () => {
    const claims = datesOf(
      ' date 2023-01 La séance a commencé à 16h07 précises, soit 15h07 GMT, et fini vers 18h.',
    );
    expect(claims.map((c) => [c.kind, c.text, c.normalized])).toEqual([
      ['time', '16h07', '16:07'],
      ['time', '15h07 GMT', '15:07Z'],
      ['time', '18h', '18:00'],
    ]);
    const [paris] = datesOf(' date 2023-01 Ouverture à 16h07 heure de Paris.');
    expect(paris).toMatchObject({ normalized: '16:07+01:00', utcOffsetMinutes: 60, zone: 'heure de Paris' });
  });

  it('skips the date header and boilerplate', () => {
    const text = ' date 2023-01 Le marché ouvre le 3 mars.\nPhoto prise le 2 février 2023';
    const boilerplate: [number, number][] = [[text.indexOf('Photo'), text.length]];
    expect(datesOf(text, { boilerplate }).map((c) => c.text)).toEqual(['le 3 mars']);
  });

  it('does not read a count as a year', () => {
    expect(extractDates('Il y avait 2000 soldats.', [[0, 24]], { year: 2023 })).toEqual([]);
  });
});

describe('inferYear', () => {
  it('takes the year nearest the article month, the earlier on a tie', () => {
    expect(inferYear(1, { year: 2021, month: 12 })).toBe(2022);
    expect(inferYear(11, { year: 2022, month: 1 })).toBe(2021);
    expect(inferYear(6, { year: 2021, month: 12 })).toBe(2021);
    expect(inferYear(6, undefined)).toBeUndefined();
  });
});
