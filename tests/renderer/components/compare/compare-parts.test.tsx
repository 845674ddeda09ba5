import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { compare } from '../../../../shared/compare/compare';
import type { FolderView } from '../../../../shared/ipc/types';
import {
  ColumnHeader,
  CompareSummary,
  reuseOfPair,
} from '../../../../renderer/src/components/compare/CompareHeader';
import { computeReuse } from '../../../../shared/article/reuse';
import { formatPercent } from '../../../../shared/format/index';
import { ComparePicker, candidatesFor } from '../../../../renderer/src/components/compare/ComparePicker';
import { CompareToolbar } from '../../../../renderer/src/components/compare/CompareToolbar';
import { FindBar } from '../../../../renderer/src/components/compare/FindBar';
import { cutPieces, findInText, segmentChanges } from '../../../../renderer/src/components/compare/pieces';
import { DEFAULT_VIEW_OPTIONS } from '../../../../shared/compare/view-state';
import { storyPair } from '../../../helpers/compare-view-texts';
import { summarizeComparison } from '../../../../shared/format/summary';

const { a, b } = storyPair();

/** A folder of five articles, three of them in one story. */
function folder(): FolderView {
  const summary = (id: string, outlet: string) => ({
    id,
    title: `Titre ${id}`,
    outlet: { id: outlet.toLowerCase(), name: outlet, source: 'rule', color: '#1f4fd1' },
    words: 120,
    warnings: [],
  });
  return {
    name: 'dossier',
    demo: false,
    articles: [
      summary('a.txt', 'Gazette'),
      summary('b.txt', 'Courrier'),
      summary('c.txt', 'Echo'),
      summary('d.txt', 'Veille'),
      summary('e.txt', 'Echo'),
    ],
    stories: [
      { id: 's1', title: 'Le pont', articles: ['c.txt', 'a.txt', 'e.txt'], origin: 'auto' },
      { id: 's2', title: 'b', articles: ['b.txt'], origin: 'auto' },
      { id: 's3', title: 'd', articles: ['d.txt'], origin: 'auto' },
    ],
    reuse: [],
    skipped: [],
    removed: [],
    warnings: [],
  } as FolderView;
}

describe('compare view parts', () => {
  it('the summary shows the engine sentence and its figures with the locale’s formats', () => {
    const c = compare(a, b);
    const summary = summarizeComparison(c, 'en');
    render(<CompareSummary summary={summary} stats={c.stats} />);
    const region = screen.getByRole('region', { name: 'Summary of the differences' });
    expect(region.textContent).toContain(summary);
    const kept = within(region).getByText('Of A’s words, kept word for word in B');
    expect(kept.nextElementSibling?.textContent).toMatch(/^\d+%$/);
    expect(kept.getAttribute('title')).toMatch(/quotations and short phrases included.*Not the reuse figure/);
    expect(within(region).getByText('Numbers changed').nextElementSibling?.textContent).toBe('1');
  });

  it("shows the folder's reuse figure of the pair, the same share as the story view, the CLI and the exports", () => {
    const c = compare(a, b);
    const [figure] = computeReuse([a, b], [{ id: 's', title: '', articles: [a.id, b.id], origin: 'auto' }]);
    expect(figure).toBeDefined();
    const reuse = reuseOfPair({ reuse: [figure!] }, a.id, b.id);
    expect(reuse?.shareOfB).toBe(figure!.target === b.id ? figure!.share : figure!.sourceShare);
    render(<CompareSummary summary="…" stats={c.stats} reuse={reuse} />);
    const region = screen.getByRole('region', { name: 'Summary of the differences' });
    const reused = within(region).getByText('Of B’s text, reused from A');
    expect(reused.nextElementSibling?.textContent).toBe(formatPercent(reuse!.shareOfB, 'en'));
    expect(reused.getAttribute('title')).toMatch(/runs of 8 words or more found in A, quotations left out/);
  });

  it('a column header: outlet badge in its colour, title, date, word count and file name', () => {
    render(
      <div role="row">
        <ColumnHeader
          article={{ ...a, title: 'Le pont ferme', date: '2026-03-02' }}
          summary={folder().articles[0]}
          side="a"
        />
      </div>,
    );
    const header = screen.getByRole('columnheader');
    expect(header.textContent).toContain('Gazette');
    expect(header.textContent).toContain('Le pont ferme');
    expect(header.textContent).toContain('March 2, 2026');
    expect(header.textContent).toContain('120 words');
    expect(header.textContent).toContain('File: gazette.txt');
    expect(header.textContent).not.toContain(' on ');
  });

  it('a column header shows the site that published the page beside the organisation whose text it is', () => {
    render(
      <div role="row">
        <ColumnHeader
          article={{ ...a, site: 'kessel-radio.example' }}
          summary={folder().articles[0]}
          side="a"
        />
      </div>,
    );
    const site = screen.getByText('on kessel-radio.example');
    expect(site.getAttribute('title')).toBe(
      'The site that published the page (kessel-radio.example) is not the organisation whose text it is',
    );
  });

  it('"Compare with…" offers the articles of the same story first, in story order, then the others', () => {
    expect(candidatesFor(folder(), 'a.txt')).toMatchObject({
      sameStory: [{ id: 'c.txt' }, { id: 'e.txt' }],
      others: [{ id: 'b.txt' }, { id: 'd.txt' }],
    });
    const onPick = vi.fn();
    render(<ComparePicker folder={folder()} articleId="a.txt" onPick={onPick} />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Same story',
      'Other articles',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Titre e\.txt/ }));
    expect(onPick).toHaveBeenCalledWith('e.txt');
  });

  it('the find bar: Enter and Shift+Enter step through matches, Escape closes, the count is read out', () => {
    const onStep = vi.fn();
    const onClose = vi.fn();
    render(
      <FindBar
        query="pont"
        index={1}
        count={4}
        onQuery={() => undefined}
        onStep={onStep}
        onClose={onClose}
      />,
    );
    const box = screen.getByRole('searchbox', { name: 'Find in both columns' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('2 of 4');
  });

  it('the toolbar: named buttons with their shortcuts, options in a menu that Escape closes, the position among the differences', () => {
    const onToggle = vi.fn();
    const onStep = vi.fn();
    render(
      <CompareToolbar
        options={{ ...DEFAULT_VIEW_OPTIONS, onlyDifferences: true }}
        onToggle={onToggle}
        onSwap={() => undefined}
        onCompareWith={() => undefined}
        onStep={onStep}
        onFind={() => undefined}
        position={3}
        total={9}
        disabled={false}
      />,
    );
    const bar = screen.getByRole('toolbar', { name: 'Comparison tools' });
    expect(within(bar).getByRole('button', { name: 'Next difference' }).getAttribute('title')).toBe(
      'Next difference (F7)',
    );
    fireEvent.click(within(bar).getByRole('button', { name: 'Previous difference' }));
    expect(onStep).toHaveBeenCalledWith(-1);
    const more = within(bar).getByRole('button', { name: /^Options/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(within(bar).queryByRole('checkbox', { name: 'Only differences' })).toBeNull();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(
      (within(bar).getByRole('checkbox', { name: 'Only differences' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(within(bar).getByRole('checkbox', { name: 'Ignore case' }));
    expect(onToggle).toHaveBeenCalledWith('ignoreCase');
    fireEvent.keyDown(within(bar).getByRole('checkbox', { name: 'Ignore case' }), { key: 'Escape' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
    expect(bar.textContent).toContain('Difference 3 of 9');
  });
});

describe('pieces of a segment', () => {
  const c = compare(a, b);
  const link = c.links.find((l) => l.kind === 'edited');
  const segA = c.segments.a.find((s) => s.id === link?.a[0]);

  it('tile the segment with the link’s operations and cut out numbers inside changes', () => {
    if (!link || !segA) throw new Error('no edited link');
    const changes = segmentChanges(segA, 'a', link);
    expect(changes[0]?.start).toBe(segA.start);
    expect(changes[changes.length - 1]?.end).toBe(segA.end);
    const pieces = cutPieces(a.text, changes, []);
    expect(pieces.map((p) => a.text.slice(p.start, p.end)).join('')).toBe(a.text.slice(segA.start, segA.end));
    expect(pieces.filter((p) => p.number).map((p) => a.text.slice(p.start, p.end))).toEqual(['4,2']);
  });

  it('cut at find matches, and find is case-insensitive', () => {
    if (!segA) throw new Error('no segment');
    const matches = findInText(a.text, segA.start, segA.end, 'LES TRAVAUX').map(([start, end], index) => ({
      start,
      end,
      index,
    }));
    expect(matches).toHaveLength(1);
    const pieces = cutPieces(a.text, [{ start: segA.start, end: segA.end, change: 'plain' }], matches);
    expect(pieces.find((p) => p.match === 0) && a.text.slice(pieces[0]!.start, pieces[0]!.end)).toBe(
      'Les travaux',
    );
  });
});
