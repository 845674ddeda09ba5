import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { compare } from '../../../../shared/compare/compare';
import { anchorSide, applyCorrections } from '../../../../shared/compare/corrections';
import type { Correction } from '../../../../shared/compare/correction-schema';
import type { Comparison, LinkKind, Segment } from '../../../../shared/compare/types';
import { alignRows, displayRows, type CompareRow } from '../../../../shared/compare/view-rows';
import {
  CompareRowView,
  type CompareRowProps,
} from '../../../../renderer/src/components/compare/CompareRowView';
import { setLanguage } from '../../../../renderer/src/i18n';
import { storyPair } from '../../../helpers/compare-view-texts';

const { a, b } = storyPair();
const base = compare(a, b);

/** The segment of a side whose text starts with `head`. */
function seg(c: Comparison, side: 'a' | 'b', head: string): Segment {
  const found = c.segments[side].find((s) => c[side].text.slice(s.start, s.end).startsWith(head));
  if (!found) throw new Error(head);
  return found;
}

/** A correction of the base comparison. */
function correction(op: 'link' | 'kind', sa: Segment, sb: Segment, kind?: LinkKind): Correction {
  const anchors = {
    id: `${op}-${sa.id}`,
    at: '2026-01-01T00:00:00.000Z',
    a: anchorSide(a, [sa]),
    b: anchorSide(b, [sb]),
  };
  return op === 'kind' ? { ...anchors, op, kind: kind ?? 'partial' } : { ...anchors, op };
}

const corrected = applyCorrections(
  base,
  [
    correction('link', seg(base, 'a', "L'opposition"), seg(base, 'b', 'Selon les élus')),
    correction('kind', seg(base, 'a', 'Construit'), seg(base, 'b', 'Construit'), 'partial'),
  ],
  a,
  b,
);
const rows = alignRows(corrected);

/** The first row of a kind. */
function rowOf(kind: CompareRow['kind'], list: readonly CompareRow[] = rows): CompareRow {
  const row = list.find((r) => r.kind === kind);
  if (!row) throw new Error(`no ${kind} row`);
  return row;
}

/** Renders one row inside the table structure it lives in. */
function renderRow(row: CompareRow, overrides: Partial<CompareRowProps> = {}) {
  const props: CompareRowProps = {
    row,
    rowIndex: 3,
    texts: { a: a.text, b: b.text },
    names: { a: 'Gazette', b: 'Courrier' },
    languages: { a: 'fr', b: 'fr' },
    current: false,
    matches: { a: [], b: [] },
    currentMatch: undefined,
    actionsOpen: false,
    pendingLink: null,
    onToggleActions: vi.fn(),
    onAction: vi.fn(),
    onExpand: vi.fn(),
    ...overrides,
  };
  const { container } = render(
    <div role="table" aria-label="test">
      <div role="rowgroup">
        <CompareRowView {...props} />
      </div>
    </div>,
  );
  return { props, row: within(container).getByRole('row') };
}

describe('CompareRowView', () => {
  it('an identical row: both texts, the kind, its position among the rows, no marks', () => {
    const { row } = renderRow(rowOf('identical'));
    expect(row.getAttribute('aria-rowindex')).toBe('3');
    expect(within(row).getAllByRole('cell')).toHaveLength(3);
    expect(within(row).queryByText('Identical')).not.toBeNull();
    expect(row.querySelector('del, ins')).toBeNull();
    expect(within(row).getAllByText(/^Paragraph \d+$/)).toHaveLength(2);
  });

  it('an edited row: deletions and insertions announced as such, the differing number emphasised', () => {
    const { row } = renderRow(rowOf('edited'));
    expect(within(row).queryByText('Edited')).not.toBeNull();
    const deletion = within(row).getByRole('deletion');
    const insertion = within(row).getByRole('insertion');
    expect(deletion.textContent).toMatch(/^deleted: .*4,2/);
    expect(insertion.textContent).toMatch(/^inserted: .*5/);
    expect([...row.querySelectorAll('.diff-num')].map((n) => n.textContent)).toEqual(['4,2', '5']);
  });

  it('a row only in A: the text on the left, a gap naming the other outlet on the right', () => {
    const { row } = renderRow(rowOf('only-a'));
    expect(within(row).queryByText('Dropped')).not.toBeNull();
    expect(within(row).getAllByRole('cell')[2]?.textContent).toBe('not in Courrier');
  });

  it('a row only in B: a gap on the left saying the text is only in the other outlet', () => {
    const { row } = renderRow(rowOf('only-b'));
    expect(within(row).queryByText('Added')).not.toBeNull();
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe('only in Courrier');
  });

  it('a partial row set by hand says so', () => {
    const { row } = renderRow(rowOf('partial'));
    expect(within(row).queryByText('Partly kept')).not.toBeNull();
    expect(within(row).queryByText('set by hand')).not.toBeNull();
  });

  it('a paraphrase row marks shared words lightly, without deletion or insertion marks', () => {
    const { row } = renderRow(rowOf('paraphrase'));
    expect(within(row).queryByText('Reworded')).not.toBeNull();
    expect(row.querySelector('del, ins')).toBeNull();
    expect(row.querySelectorAll('.diff-shared').length).toBeGreaterThan(0);
  });

  it('a moved row is marked on both sides with the other side’s paragraph number', () => {
    const link = corrected.links.find((l) => l.kind === 'identical');
    const moved: CompareRow = {
      ...rowOf('identical'),
      moved: true,
      ...(link ? { link: { ...link, moved: true } } : {}),
    };
    const { row } = renderRow(moved);
    expect(within(row).queryByText(/^moved: ¶\d+ in Courrier$/)).not.toBeNull();
    expect(within(row).queryByText(/^moved from ¶\d+ in Gazette$/)).not.toBeNull();
  });

  it('a boilerplate row shows the line and its kind; folded runs are buttons that say what they hide', () => {
    const boiler: CompareRow = {
      ...rowOf('boilerplate'),
      boilerplate: { side: 'b', span: [0, 37], kind: 'url' },
    };
    renderRow(boiler);
    expect(screen.queryByText('URL line')).not.toBeNull();
    expect(screen.queryByText('https://courrier.example/valmery-pont')).not.toBeNull();
  });

  it('folded rows: identical paragraphs and boilerplate lines, opened by their button', () => {
    const folded = displayRows(rows, { showBoilerplate: false, onlyDifferences: true, expanded: new Set() });
    const onExpand = vi.fn();
    renderRow(rowOf('collapsed', folded), { onExpand });
    fireEvent.click(screen.getByRole('button', { name: '… 1 identical paragraph … show' }));
    expect(onExpand).toHaveBeenCalledOnce();
    renderRow({
      ...rowOf('boilerplate-hidden', folded),
      hidden: [{ ...rowOf('boilerplate'), boilerplate: { side: 'b', span: [0, 37], kind: 'url' } }],
    });
    expect(
      screen.queryByRole('button', { name: '1 boilerplate line hidden (URL line) · show' }),
    ).not.toBeNull();
  });

  it('the alignment actions: a labelled toggle, Unlink and the kinds with the current one pressed', () => {
    const onAction = vi.fn();
    const { row } = renderRow(rowOf('edited'), { actionsOpen: true, onAction });
    const toggle = within(row).getByRole('button', { name: 'Change the alignment of row 2' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const kinds = within(row).getByRole('group', { name: 'Kind of link' });
    expect(within(kinds).getByRole('button', { name: 'Edited' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(kinds).getByRole('button', { name: 'Reworded' }));
    expect(onAction).toHaveBeenCalledWith({ type: 'kind', kind: 'paraphrase' });
    fireEvent.click(within(row).getByRole('button', { name: 'Unlink' }));
    expect(onAction).toHaveBeenCalledWith({ type: 'unlink' });
  });

  it('linking by hand: a one-sided row offers to link, the other side’s rows offer "Link here"', () => {
    const onAction = vi.fn();
    const onlyA = rowOf('only-a');
    const { row } = renderRow(onlyA, { actionsOpen: true, onAction });
    fireEvent.click(within(row).getByRole('button', { name: 'Link with a paragraph of Courrier…' }));
    expect(onAction).toHaveBeenCalledWith({ type: 'start-link', side: 'a', segment: onlyA.a[0] });
    const target = rowOf('only-b');
    renderRow(target, { pendingLink: { side: 'a', segment: onlyA.a[0] as Segment }, onAction });
    fireEvent.click(screen.getByRole('button', { name: 'Link here' }));
    expect(onAction).toHaveBeenLastCalledWith({ type: 'link-here', segment: target.b[0] });
  });

  it('find matches are marked, the current one flagged', () => {
    const row = rowOf('identical');
    const segment = row.a[0] as Segment;
    const { row: element } = renderRow(row, {
      matches: { a: [{ start: segment.start + 3, end: segment.start + 10, index: 4 }], b: [] },
      currentMatch: 4,
    });
    const mark = element.querySelector('mark.find-match');
    expect(mark?.textContent).toBe(a.text.slice(segment.start + 3, segment.start + 10));
    expect(mark?.getAttribute('aria-current')).toBe('true');
  });

  it('speaks French when the interface does', async () => {
    await setLanguage('fr');
    try {
      const { row } = renderRow(rowOf('edited'));
      expect(within(row).getByRole('deletion').textContent).toMatch(/^supprimé : /);
      expect(within(row).queryByText('Modifié')).not.toBeNull();
      renderRow(rowOf('only-a'));
      expect(screen.queryByText('absent de Courrier')).not.toBeNull();
    } finally {
      await setLanguage('en');
    }
  });
});
