import { describe, expect, it } from 'vitest';
import { summarize } from '../../node/folder-session';
import { parseArticle } from '../../shared/article/parse-article';

describe('article summaries for the sidebar', () => {
  it('titles an untitled article with its first sentence after the dateline', () => {
    const text =
      'VALBRUNE (Reuters) - Quarante-deux maires de la vallée ont signé mardi une lettre ouverte réclamant un moratoire de deux ans sur les carrières.\n\nLa préfecture n’a pas souhaité réagir.\n';
    const article = parseArticle({ id: 'a.txt', text });
    const summary = summarize({ ...article, title: undefined });
    expect(summary.title).toBe(
      'Quarante-deux maires de la vallée ont signé mardi une lettre ouverte réclamant un moratoire de…',
    );
    expect(summary.outlet).toMatchObject({ id: 'reuters', name: 'Reuters' });
    expect(summary.outlet.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(summary.words).toBeGreaterThan(20);
  });

  it('keeps a stated title', () => {
    const article = parseArticle({ id: 'b.txt', text: 'Un titre\n\nUn corps.\n' });
    expect(summarize({ ...article, title: 'Un titre' }).title).toBe('Un titre');
  });
});
