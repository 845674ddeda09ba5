import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../../shared/article/parse-article';
import { computeReuse } from '../../../shared/article/reuse';
import * as collateModule from '../../../shared/story/collate';
import { collate } from '../../../renderer/src/workers/story-work';

vi.mock('../../../shared/story/collate', { spy: true });

const A = parseArticle({
  id: 'a.txt',
  text: ' date 2026-03-01 VALBRUME (Gazette du Port) - Le conseil a voté la fermeture du QUAI NORD.\n',
});
const B = parseArticle({
  id: 'b.txt',
  text: ' date 2026-03-02 VALBRUME (Courrier des Quais) - Le Conseil a voté la fermeture du quai nord !\n',
});

describe('the story worker', () => {
  it('gives the view equivalences to every cell of the collation, not only to the pairwise comparisons', () => {
    const equivalence = { ignoreCase: true, ignorePunctuation: true, ignoreTypography: false };
    collate(
      { id: 1, type: 'collate', articles: [A, B], corrections: [], equivalence, reuse: [] },
      () => undefined,
    );
    expect(vi.mocked(collateModule.collateStory).mock.calls[0]?.[1]?.compare).toEqual(equivalence);
  });

  it("finds the versions of one text from the collation's own pairwise comparisons", () => {
    const read = (name: string) =>
      parseArticle({
        id: `${name}.txt`,
        text: readFileSync(join(__dirname, '../../fixtures/real-copy', `${name}.txt`), 'utf8'),
      });
    const articles = [read('wire-update-2'), read('wire-update-1')];
    const story = { id: 's', title: '', articles: articles.map((a) => a.id), origin: 'auto' as const };
    const equivalence = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false };
    const result = collate(
      {
        id: 1,
        type: 'collate',
        articles,
        corrections: [],
        equivalence,
        reuse: computeReuse(articles, [story]),
      },
      () => undefined,
    );
    expect(result.versions.map((v) => v.articles)).toEqual([['wire-update-1.txt', 'wire-update-2.txt']]);
  });
});
