import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryVersions } from '../../../../renderer/src/components/story/StoryVersions';
import { setLanguage } from '../../../../renderer/src/i18n';
import type { VersionSet } from '../../../../shared/article/versions';
import type { StoryColumn } from '../../../../shared/story/types';

const column = (articleId: string, label: string): StoryColumn => ({
  articleId,
  label,
  headline: label,
  outlet: { id: 'ap', name: 'AP', source: 'rule' },
  segments: [],
  words: [],
});
const columns = [column('a.txt', 'AP · a.txt'), column('b.txt', 'AP · b.txt'), column('c.txt', 'AP · c.txt')];
const set: VersionSet = {
  outlet: { id: 'ap', name: 'AP' },
  articles: ['a.txt', 'b.txt', 'c.txt'],
  steps: [
    {
      earlier: 'a.txt',
      later: 'b.txt',
      ordered: true,
      evidence: [{ code: 'paragraphs-added', article: 'b.txt', count: 2, other: 'a.txt' }],
    },
    { earlier: 'b.txt', later: 'c.txt', ordered: false, evidence: [{ code: 'order-unknown' }] },
  ],
};

describe('StoryVersions', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('lists the versions oldest first, each later one with its evidence, in English and French', async () => {
    const { rerender } = render(<StoryVersions versions={[set]} columns={columns} />);
    const list = screen.getByRole('region', { name: 'Versions of one text' });
    expect(list.textContent).toContain('Versions of one AP text, oldest first (3 articles):');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'AP · a.txt',
      'AP · b.txt — later: 2 paragraphs added',
      expect.stringMatching(/^AP · c\.txt — order unknown/),
    ]);
    await setLanguage('fr');
    rerender(<StoryVersions versions={[set]} columns={columns} />);
    expect(screen.getAllByRole('listitem')[1]!.textContent).toBe(
      'AP · b.txt — plus récente : 2 paragraphes ajoutés',
    );
  });

  it('shows nothing when the story has no versions', () => {
    const { container } = render(<StoryVersions versions={[]} columns={columns} />);
    expect(container.textContent).toBe('');
  });
});
