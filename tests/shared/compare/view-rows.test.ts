import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import {
  alignRows,
  displayRows,
  isDifference,
  paragraphNumber,
  type CompareRow,
} from '../../../shared/compare/view-rows';
import type { Comparison, Link } from '../../../shared/compare/types';
import { storyPair } from '../../helpers/compare-view-texts';

/** Each row as `kind a-ids|b-ids`, boilerplate as `boilerplate side`. */
function shape(rows: readonly CompareRow[]): string[] {
  return rows.map((r) =>
    r.boilerplate
      ? `boilerplate ${r.boilerplate.side}`
      : r.hidden
        ? `${r.kind} ${r.hidden.length}`
        : `${r.kind}${r.moved ? ' moved' : ''} ${r.a.map((s) => s.id).join('+')}|${r.b.map((s) => s.id).join('+')}`,
  );
}

describe('alignRows', () => {
  const { a, b } = storyPair();
  const comparison = compare(a, b);

  it('lays links in order, one-sided paragraphs in the gap before the next link (A first), boilerplate at its place', () => {
    expect(shape(alignRows(comparison))).toEqual([
      'boilerplate b',
      'identical a0|b0',
      'only-a a1|',
      'edited a2|b1',
      'only-b |b2',
      'identical a3|b3',
      'only-a a4|',
      'only-b |b4',
      'identical a5|b5',
    ]);
  });

  it('shows a moved link at its place in A, marked moved, and keeps every segment exactly once', () => {
    const swapped: Comparison = {
      ...comparison,
      links: comparison.links.map((l): Link =>
        l.a[0] === 'a3' ? { ...l, b: ['b1'] } : l.a[0] === 'a2' ? { ...l, b: ['b3'], moved: true } : l,
      ),
    };
    const rows = alignRows(swapped);
    expect(shape(rows).filter((r) => r.includes('a2') || r.includes('a3'))).toEqual([
      'edited moved a2|b3',
      'identical a3|b1',
    ]);
    const ids = rows.flatMap((r) => [...r.a, ...r.b].map((s) => s.id)).sort();
    expect(ids).toEqual([...comparison.segments.a, ...comparison.segments.b].map((s) => s.id).sort());
  });

  it('treats a link out of order in B as moved even when the engine did not flag it', () => {
    const crossed: Comparison = {
      ...comparison,
      links: comparison.links.map((l): Link =>
        l.a[0] === 'a3' ? { ...l, b: ['b1'] } : l.a[0] === 'a2' ? { ...l, b: ['b3'] } : l,
      ),
    };
    expect(alignRows(crossed).find((r) => r.a[0]?.id === 'a3')?.moved).toBe(true);
  });

  it('numbers paragraphs from 1', () => {
    expect(paragraphNumber({ id: 'b4' })).toBe(5);
  });
});

describe('displayRows', () => {
  const { a, b } = storyPair();
  const rows = alignRows(compare(a, b));

  it('folds boilerplate unless shown', () => {
    expect(
      shape(displayRows(rows, { showBoilerplate: false, onlyDifferences: false, expanded: new Set() }))[0],
    ).toBe('boilerplate-hidden 1');
    expect(
      shape(displayRows(rows, { showBoilerplate: true, onlyDifferences: false, expanded: new Set() }))[0],
    ).toBe('boilerplate b');
  });

  it('with only differences, folds each run of identical rows until opened', () => {
    const folded = displayRows(rows, { showBoilerplate: true, onlyDifferences: true, expanded: new Set() });
    expect(shape(folded)).toEqual([
      'boilerplate b',
      'collapsed 1',
      'only-a a1|',
      'edited a2|b1',
      'only-b |b2',
      'collapsed 1',
      'only-a a4|',
      'only-b |b4',
      'collapsed 1',
    ]);
    const key = folded[1]?.key ?? '';
    const opened = displayRows(rows, {
      showBoilerplate: true,
      onlyDifferences: true,
      expanded: new Set([key]),
    });
    expect(shape(opened)[1]).toBe('identical a0|b0');
  });

  it('counts as differences everything but identical rows in place, boilerplate and folds', () => {
    expect(rows.filter(isDifference).map((r) => r.kind)).toEqual([
      'only-a',
      'edited',
      'only-b',
      'only-a',
      'only-b',
    ]);
  });
});
