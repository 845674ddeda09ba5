import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../../shared/article/parse-article';
import { computeReuse } from '../../../shared/article/reuse';
import * as collateModule from '../../../shared/story/collate';
import { collate } from '../../../renderer/src/workers/story-work';
import updateOne from '../../fixtures/real-copy/wire-update-1.txt?raw';
import updateTwo from '../../fixtures/real-copy/wire-update-2.txt?raw';

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
    const articles = [
      parseArticle({ id: 'wire-update-2.txt', text: updateTwo }),
      parseArticle({ id: 'wire-update-1.txt', text: updateOne }),
    ];
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
