import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n/index';
import { NoticeError, wordNotice } from '../../../shared/i18n/notice';
import { NOTICE_CODES, type NoticeCode } from '../../../shared/ipc/notice';

/** The catalog keys a code is worded from: `notice.<code>`, or its `_one` and `_other` forms. */
function keysOf(catalog: Record<string, string>, code: NoticeCode): string[] {
  return [code, `${code}_one`, `${code}_other`].filter((k) => k in catalog);
}

/** Every `{{name}}` of a template, sorted. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('notice catalogs', () => {
  it('word every notice code in French and English, with the same parameters, and nothing else', () => {
    for (const code of NOTICE_CODES) {
      const en = keysOf(catalogs.en.notice, code);
      expect(en.length, code).toBeGreaterThan(0);
      expect(keysOf(catalogs.fr.notice, code), code).toEqual(en);
      for (const key of en) {
        const enText = (catalogs.en.notice as Record<string, string>)[key] ?? '';
        const frText = (catalogs.fr.notice as Record<string, string>)[key] ?? '';
        expect(placeholders(frText), key).toEqual(placeholders(enText));
        expect(frText, key).not.toBe(enText);
      }
    }
    const worded = new Set(NOTICE_CODES.flatMap((c) => keysOf(catalogs.en.notice, c)));
    expect(Object.keys(catalogs.en.notice).filter((k) => !worded.has(k))).toEqual([]);
  });
});

describe('wordNotice', () => {
  it('fills the parameters, writing numbers the language’s way', () => {
    const tooLarge = { code: 'skip-too-large', params: { size: 12.5, limit: 10 } } as const;
    expect(wordNotice('en', tooLarge)).toBe(
      'file too large (12.5 MB, limit 10 MB): split it into smaller files (`recoupe scan --max-mb` reads larger ones)',
    );
    expect(wordNotice('fr', tooLarge)).toContain('fichier trop gros (12,5 Mo, limite 10 Mo)');
  });

  it('picks the plural form from a numeric count', () => {
    const one = { code: 'story-not-articles', params: { ids: 'a.txt', root: '/f', count: 1 } } as const;
    const two = {
      code: 'story-not-articles',
      params: { ids: 'a.txt, b.txt', root: '/f', count: 2 },
    } as const;
    expect(wordNotice('en', one)).toMatch(/^a\.txt is not an article of \/f;/);
    expect(wordNotice('en', two)).toMatch(/^a\.txt, b\.txt are not articles of \/f;/);
    expect(wordNotice('fr', one)).toMatch(/^a\.txt n’est pas un article de \/f ;/);
    expect(wordNotice('fr', two)).toMatch(/^a\.txt, b\.txt ne sont pas des articles de \/f ;/);
  });

  it('words what a state file holds, why a notes file was not used, and a reason that is itself a notice', () => {
    expect(wordNotice('fr', { code: 'state-damaged', params: { file: 'x.json', what: 'claims' } })).toMatch(
      /^Vos corrections des faits \(« x\.json »\)/,
    );
    expect(
      wordNotice('en', {
        code: 'notes-moved-aside',
        params: { file: 'a.json', aside: 'b', problem: 'not-utf8' },
      }),
    ).toMatch(/^Your notes file a\.json holds binary data, not text;/);
    expect(
      wordNotice('fr', {
        code: 'export-article-unreadable',
        params: { id: 'a.txt', root: '/f', reason: 'skip-empty' },
      }),
    ).toBe('a.txt : fichier vide (0 octet) ; vérifiez l’identifiant de l’article (voir `recoupe scan /f`).');
  });

  it('gives an error its English wording as message, for the log', () => {
    const error = new NoticeError({ code: 'story-too-few' });
    expect(error.message).toBe('Give at least two different articles to collate.');
    expect(error.notice).toEqual({ code: 'story-too-few' });
  });
});
