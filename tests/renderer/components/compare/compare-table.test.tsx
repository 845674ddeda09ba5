import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CompareNotices } from '../../../../renderer/src/components/compare/CompareNotices';
import {
  CompareTable,
  type CompareTableProps,
} from '../../../../renderer/src/components/compare/CompareTable';
import { CompareWaiting } from '../../../../renderer/src/components/compare/CompareWaiting';
import { pair, rowWith, rows } from './compare-hooks-fixture';

/** The table over the fixture's rows, every row drawn. */
function renderTable(overrides: Partial<CompareTableProps> = {}) {
  const props: CompareTableProps = {
    articles: { a: pair.a, b: pair.b },
    summaries: { a: undefined, b: undefined },
    names: { a: 'Gazette', b: 'Courrier' },
    rows,
    items: rows.map((row, index) => ({
      key: row.key,
      index,
      start: index * 10,
      end: index * 10 + 10,
      size: 10,
      lane: 0,
    })),
    total: rows.length * 10,
    scrollRef: { current: null },
    measureRef: () => undefined,
    running: false,
    currentKey: null,
    matchesByRow: new Map(),
    currentMatch: undefined,
    marks: { a: [], b: [] },
    noteMarks: { a: [], b: [] },
    actionsOpen: null,
    pendingLink: null,
    onToggleActions: vi.fn(),
    onAction: vi.fn(),
    onExpand: vi.fn(),
    ...overrides,
  };
  render(<CompareTable {...props} />);
  return props;
}

describe('CompareTable', () => {
  it('is a table named by the two outlets, a header row, then one row per item, the current one marked', () => {
    const current = rows[rowWith('a', 'Construit')]!;
    renderTable({ currentKey: current.key });
    const table = screen.getByRole('table', { name: /Gazette.*Courrier/ });
    expect(table.getAttribute('aria-rowcount')).toBe(String(rows.length + 1));
    const body = within(table)
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-kind'));
    expect(body.map((r) => r.getAttribute('data-key'))).toEqual(rows.map((r) => r.key));
    expect(
      body.filter((r) => r.getAttribute('aria-current') === 'true').map((r) => r.getAttribute('data-key')),
    ).toEqual([current.key]);
  });

  it('passes the row with each action, and says when there is nothing to compare', () => {
    const props = renderTable();
    const row = rows[rowWith('a', 'Construit')]!;
    const drawn = screen.getAllByRole('row').find((r) => r.getAttribute('data-key') === row.key)!;
    fireEvent.click(within(drawn).getByRole('button', { name: /Change the alignment of row/ }));
    expect(props.onToggleActions).toHaveBeenCalledWith(row.key);
    renderTable({ rows: [], items: [] });
    expect(screen.getByText('Neither article has a paragraph to compare.')).not.toBeNull();
  });
});

describe('CompareNotices and CompareWaiting', () => {
  it('offer to discard corrections that no longer apply and to cancel a link being made; say what is running', () => {
    const onDiscard = vi.fn();
    const onCancelLink = vi.fn();
    const row = rows[rowWith('a', 'Construit')]!;
    render(
      <CompareNotices
        orphaned={2}
        onDiscard={onDiscard}
        pendingLink={{ side: 'a', segment: row.a[0]! }}
        onCancelLink={onCancelLink}
        names={{ a: 'Gazette', b: 'Courrier' }}
      />,
    );
    expect(screen.getByRole('note').textContent).toMatch(/2 hand corrections no longer apply/);
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toMatch(/Courrier/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancelLink).toHaveBeenCalledTimes(1);
    render(<CompareWaiting correcting />);
    expect(screen.getAllByRole('status').at(-1)?.textContent).toBe('Applying your corrections…');
  });
});
