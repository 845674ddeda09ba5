import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../node/export-report';
import { anchorSpan } from '../../../shared/notes/anchor';
import type { Note } from '../../../shared/notes/model';
import { buildReportInput } from '../../../shared/report/build-input';
import { renderComparisonReport } from '../../../shared/report/render';
import { makeArticle } from '../../helpers/compare-article';
import { summarizeComparison } from '../../../shared/format/summary';

const font = { family: 'Test', faces: [] };
const oldA = makeArticle(
  'Le pont de Brévannes pont de Brévannes matin.\n\nLa mairie parle de ligne rouge franchie.',
  { id: 'a.txt', outlet: 'Gazette' },
);
const a = {
  ...makeArticle(
    'Mise à jour.\n\nLe pont de Brévannes pont de Brévannes matin.\n\nLa mairie parle de ligne rouge franchie.',
    { id: 'a.txt', outlet: 'Gazette' },
  ),
  sha256: 'e'.repeat(64),
};
const b = {
  ...makeArticle('Le pont de Brévannes rouvre jeudi matin.\n\nUne ligne rouge, selon la mairie.', {
    id: 'b.txt',
    outlet: 'Echo',
  }),
  sha256: 'f'.repeat(64),
};

describe('buildReportInput', () => {
  it('places notes made on an older version of a file again on its current text', () => {
    const start = oldA.text.indexOf('pont de Brévannes');
    const note: Note = {
      id: 'n1',
      created: '2026-01-01T00:00:00Z',
      modified: '2026-01-01T00:00:00Z',
      tag: 'other',
      text: 'Date floue.',
      targets: [anchorSpan(oldA, [start, start + 'pont de Brévannes'.length])],
    };
    const input = buildReportInput({
      a,
      b,
      lang: 'fr',
      notes: [note],
      exportedAt: 'x',
      appVersion: 'x',
      font,
    });
    const target = input.notes?.[0]?.targets[0];
    expect(target?.sha256).toBe(a.sha256);
    expect(a.text.slice(...target!.span)).toBe('pont de Brévannes');
    expect(renderComparisonReport(input)).toContain(
      '<mark>pont de Brévannes</mark><sup class="nref">[1]</sup>',
    );
  });

  it('counts the watched phrases in each article and matches the claims of both', () => {
    const input = buildReportInput({
      a,
      b,
      lang: 'en',
      watchlist: ['ligne rouge', 'pont levis'],
      exportedAt: 'x',
      appVersion: 'x',
      font,
    });
    expect(input.claims?.phrases).toEqual([
      { phrase: 'ligne rouge', a: 1, b: 1 },
      { phrase: 'pont levis', a: 0, b: 0 },
    ]);
    expect(summarizeComparison(input.comparison, 'en')).toMatch(/^Echo keeps/);
    expect(input.claims?.claims.every((c) => c.articleId === 'a.txt' || c.articleId === 'b.txt')).toBe(true);
  });

  it("finds the folder's lexicon words as framing claims, as the app does", () => {
    const framing = (lexicon: { phrase: string; kind: 'framing' }[]) =>
      buildReportInput({ a, b, lang: 'en', lexicon, exportedAt: 'x', appVersion: 'x', font })
        .claims?.claims.filter((c) => c.kind === 'framing')
        .map((c) => `${c.articleId} ${c.text}`);
    expect(framing([])).not.toContain('b.txt rouvre');
    expect(framing([{ phrase: 'rouvre', kind: 'framing' }])).toContain('b.txt rouvre');
  });
});

describe('defaultDataDir', () => {
  it('is RECOUPE_DATA_DIR, else the platform’s Recoupe folder', () => {
    expect(defaultDataDir({ RECOUPE_DATA_DIR: '/data/r' }, 'linux')).toBe('/data/r');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Recoupe');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\x\\AppData\\Roaming' }, 'win32')).toMatch(
      /Roaming[\\/]Recoupe$/,
    );
  });
});
