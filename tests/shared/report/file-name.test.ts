import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { suggestExportName } from '../../../shared/report/file-name';
import { makeArticle } from '../../helpers/compare-article';

/** A minimal article with an outlet, a date and a title. */
function article(id: string, outlet: string, date?: string, title?: string): Article {
  const base = makeArticle('Un paragraphe de test.', { id, outlet });
  return { ...base, ...(date ? { date } : {}), ...(title ? { title } : {}) };
}

describe('suggestExportName', () => {
  it('names the earlier date at its precision, both outlets and the title', () => {
    const a = article('a.txt', 'Reuters', '2021-12');
    const b = article('b.txt', 'Sputnik', '2021-12-31', 'Barrage : la vallée sous les eaux');
    expect(suggestExportName(a, b, 'pdf')).toBe(
      '2021-12 Reuters vs Sputnik - Barrage - la vallée sous les eaux.pdf',
    );
  });

  it('takes the date and title of B when B came out first', () => {
    const a = article('a.txt', 'AFP', '2022-01-10', 'Titre de A');
    const b = article('b.txt', 'RT', '2022-01-08', 'Titre de B');
    expect(suggestExportName(a, b, '.html')).toBe('2022-01-08 AFP vs RT - Titre de B.html');
  });

  it('leaves the date out when neither article is dated and falls back on the file name', () => {
    const a = article('dossier/premier.txt', 'AFP');
    const b = article('second.txt', 'Reuters');
    expect(suggestExportName(a, b, 'pdf')).toBe('AFP vs Reuters - premier.pdf');
  });

  it('uses file names for unknown outlets and tells identical outlets apart', () => {
    const a = article('x/gazette.txt', 'unknown', '2024-03', 'Un titre');
    const b = article('echo.txt', 'unknown', '2024-03-14');
    expect(suggestExportName(a, b, 'pdf')).toBe('2024-03 gazette vs echo - Un titre.pdf');
    const c = article('c1.txt', 'Reuters', '2024', 'T');
    const d = article('c2.txt', 'Reuters', '2024', 'T');
    expect(suggestExportName(c, d, 'pdf')).toBe('2024 Reuters (c1) vs Reuters (c2) - T.pdf');
  });

  it('replaces characters file systems refuse and clips long titles at a word', () => {
    const a = article('a.txt', 'AFP', '2024-01', 'Qui a dit "non" ? <Enquête> / 2e partie*\u0007');
    const b = article('b.txt', 'RT');
    const name = suggestExportName(a, b, 'pdf');
    expect(name).toBe('2024-01 AFP vs RT - Qui a dit non Enquête 2e partie.pdf');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect([...name].every((c) => c.charCodeAt(0) >= 32)).toBe(true);
    const long = article('l.txt', 'AFP', '2024-01', 'mot '.repeat(80).trim());
    const clipped = suggestExportName(long, b, 'pdf');
    expect(clipped.length).toBeLessThanOrEqual(125);
    expect(clipped).toMatch(/mot…\.pdf$/);
  });
});
