import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleActions } from '../../../renderer/src/components/ArticleActions';
import { FictionalContext } from '../../../renderer/src/components/fictional';
import { OutletBadge } from '../../../renderer/src/components/OutletBadge';
import type { ArticleSummary } from '../../../shared/ipc/types';

const unknown = { id: 'unknown', name: 'unknown', source: 'unknown' };
const inferred = { id: 'ap', name: 'AP', share: 0.39, from: 'wire-ap.txt' };

describe('an outlet inferred by reuse', () => {
  it('reads "probably AP", outlined, with its evidence, never as the outlet itself', () => {
    render(<OutletBadge outlet={unknown} inferred={inferred} />);
    const badge = screen.getByText('probably AP');
    expect(badge.dataset.outlet).toBe('unknown');
    expect(badge.dataset.inferred).toBe('ap');
    expect(badge.className).toContain('outlet-inferred');
    expect(badge.title).toMatch(/^39\s?% of its text is in wire-ap\.txt \(AP\): inferred from copied text/);
  });

  it('is ignored once the outlet is known', () => {
    render(<OutletBadge outlet={{ id: 'afp', name: 'AFP', source: 'user' }} inferred={inferred} />);
    expect(screen.getByText('AFP')).toBeTruthy();
    expect(screen.queryByText('probably AP')).toBeNull();
  });

  it('can be accepted (the outlet set to AP) or rejected (set to no outlet) from the corrections', () => {
    const article: ArticleSummary = {
      id: 'copy.txt',
      title: 'Copy',
      outlet: unknown,
      inferredOutlet: inferred,
      words: 80,
      warnings: [],
    };
    const onSetOutlet = vi.fn();
    render(
      <ArticleActions
        article={article}
        stories={[]}
        knownOutlets={[]}
        onSetOutlet={onSetOutlet}
        onMove={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Accept AP' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(onSetOutlet.mock.calls).toEqual([['AP'], ['unknown']]);
  });
});

describe('an outlet badge in the fictional demo', () => {
  it('says "fictional" inside the badge, so that a cropped screenshot still says it', () => {
    const { container } = render(
      <FictionalContext.Provider value={true}>
        <OutletBadge outlet={{ id: 'reuters', name: 'Reuters', source: 'rule' }} />
        <OutletBadge outlet={unknown} inferred={inferred} />
      </FictionalContext.Provider>,
    );
    const badges = [...container.querySelectorAll('.outlet-badge')].map((b) => b.textContent);
    expect(badges).toEqual(['Reuters fictional', 'probably AP fictional']);
  });

  it('says nothing of the kind outside the demo', () => {
    const { container } = render(<OutletBadge outlet={{ id: 'reuters', name: 'Reuters', source: 'rule' }} />);
    expect(container.textContent).toBe('Reuters');
  });
});
