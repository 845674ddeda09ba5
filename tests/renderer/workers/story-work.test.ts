import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../../shared/article/parse-article';
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
});
