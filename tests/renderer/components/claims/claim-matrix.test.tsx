import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ClaimMatrix } from '../../../../renderer/src/components/claims/ClaimMatrix';
import { matrixArticles } from '../../../../renderer/src/components/claims/MatrixDialog';
import type { ClaimsView } from '../../../../shared/claims/ipc';
import { dockersC, dockersRow, folder, pairView, summaries } from './fixtures';

/** The pair's claims seen over three articles, the third reporting nothing. */
const view: ClaimsView = { ...pairView, articles: ['gazette.txt', 'courrier.txt', 'echo.txt'] };

/** Renders the matrix with spies for every callback. */
function renderMatrix(includeSingle = false) {
  const spies = { onShow: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn(), onMove: vi.fn() };
  render(<ClaimMatrix view={view} articles={summaries} includeSingle={includeSingle} {...spies} />);
  return spies;
}

describe('story matrix', () => {
  it('is a table named by its number of articles, one column per article headed by outlet, file and date, facts reported differently first', () => {
    renderMatrix();
    const table = screen.getByRole('table', { name: 'Facts reported by 3 articles' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Fact',
      'Gazette du Portgazette.txtMarch 12, 2026',
      'Courrier des Quaiscourrier.txtMarch 13, 2026',
      'Écho du Soirecho.txt',
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.querySelector('.claim-topic')?.textContent),
    ).toEqual(['dockers · syndicat', 'date · conseil']);
  });

  it('marks the cells of a fact the articles report differently, in words as well as colour', () => {
    renderMatrix();
    const row = screen.getByRole('rowheader', { name: /^dockers · syndicat/ }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-flagged'))).toEqual(['true', 'true', null]);
    expect(within(cells[0]!).queryByText('differs')).not.toBeNull();
    expect(within(cells[2]!).queryByText('not reported')).not.toBeNull();
    const agreeing = screen.getByRole('rowheader', { name: /^date · conseil/ }).closest('tr')!;
    expect(within(agreeing).queryByText('differs')).toBeNull();
    expect(within(agreeing).queryByText('agree')).not.toBeNull();
  });

  it('a cell shows its wording in the comparison, beside another article of the row', () => {
    const { onShow } = renderMatrix();
    fireEvent.click(
      screen.getByRole('button', { name: 'Show “plus de 500 dockers” in Courrier des Quais (courrier.txt)' }),
    );
    expect(onShow).toHaveBeenCalledWith(dockersC, 'gazette.txt');
  });

  it('lists the facts one article reports on demand, and corrects a row below it', () => {
    const { onDismiss } = renderMatrix(true);
    expect(screen.getAllByRole('rowheader')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Correct the fact “dockers · syndicat”' }));
    const editor = screen.getByRole('group', { name: 'Correct the fact “dockers · syndicat”' });
    expect(editor.closest('tr')?.className).toBe('claim-matrix-editor');
    fireEvent.click(
      within(editor).getByRole('button', {
        name: 'Dismiss the flag “numbers differ” on “dockers · syndicat”',
      }),
    );
    expect(onDismiss).toHaveBeenCalledWith(dockersRow, 'number-differs');
  });

  it('says so when no fact is shared', () => {
    render(
      <ClaimMatrix
        view={{ ...view, rows: view.rows.slice(2) }}
        articles={summaries}
        includeSingle={false}
        onShow={vi.fn()}
        onDismiss={vi.fn()}
        onRestore={vi.fn()}
        onMove={vi.fn()}
      />,
    );
    expect(screen.queryByText('No fact is reported by two of these articles.')).not.toBeNull();
  });

  it('covers the open article’s story, or the whole folder', () => {
    expect(matrixArticles(folder, 'courrier.txt', 'story')).toEqual(['gazette.txt', 'courrier.txt']);
    expect(matrixArticles(folder, 'echo.txt', 'story')).toEqual(['echo.txt']);
    expect(matrixArticles(folder, null, 'story')).toEqual([]);
    expect(matrixArticles(folder, null, 'folder')).toEqual(['courrier.txt', 'echo.txt', 'gazette.txt']);
  });
});
