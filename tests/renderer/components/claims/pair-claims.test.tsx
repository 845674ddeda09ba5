import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ClaimRow } from '../../../../shared/claims/model';
import { describe, expect, it, vi } from 'vitest';
import { PairClaims } from '../../../../renderer/src/components/claims/PairClaims';
import { setLanguage } from '../../../../renderer/src/i18n';
import { claim, dockersC, dockersG, dockersRow, pairView, summaries } from './fixtures';

/** Renders the pair panel with spies for every callback. */
function renderPanel(view = pairView) {
  const spies = { onShow: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn(), onMove: vi.fn() };
  render(<PairClaims view={view} a="gazette.txt" b="courrier.txt" articles={summaries} {...spies} />);
  return spies;
}

/** Opens a folded section as a click on its summary would. */
function openDetails(details: HTMLDetailsElement): void {
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('claims of the open pair', () => {
  it('counts the facts reported differently and alike, and lists disagreements first', () => {
    renderPanel();
    expect(screen.queryByText('1 fact reported differently')).not.toBeNull();
    expect(screen.queryByText('1 reported alike')).not.toBeNull();
    const pair = 'Facts of Gazette du Port and Courrier des Quais';
    const differ = screen.getByRole('list', { name: `Reported differently — ${pair}` });
    const [flagged] = within(differ).getAllByRole('listitem');
    expect(within(flagged!).getByRole('heading').textContent).toBe('dockers · syndicat');
    expect(flagged!.className).toContain('flagged');
    expect(within(flagged!).queryByText('numbers differ')).not.toBeNull();
    expect(within(flagged!).queryByText('qualifiers differ')).not.toBeNull();
    const folded = screen.getByText('1 fact reported alike').closest('details')!;
    expect(folded.open).toBe(false);
    expect(within(folded).queryByRole('list', { hidden: true })).toBeNull();
    openDetails(folded);
    const agree = within(folded).getByRole('list', { name: `1 fact reported alike — ${pair}` });
    const [alike] = within(agree).getAllByRole('listitem');
    expect(within(alike!).getByRole('heading').textContent).toBe('date · conseil');
    expect(within(alike!).queryByText('agree')).not.toBeNull();
  });

  it('shows the value a disputed amount states, and each wording shows its text in the comparison', () => {
    const { onShow } = renderPanel();
    expect(screen.queryByText('> 500')).not.toBeNull();
    expect(screen.queryByText('≈ 340')).not.toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Show “plus de 500 dockers” in Courrier des Quais (courrier.txt)' }),
    );
    expect(onShow).toHaveBeenCalledWith(dockersC);
  });

  it('lists the facts one article reports on demand, in their own section, saying which article does not report them', () => {
    renderPanel();
    expect(screen.queryByText('trois grues')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also show facts only one article reports' }));
    const single = screen.getByRole('list', {
      name: 'Reported by one article only — Facts of Gazette du Port and Courrier des Quais',
    });
    expect(within(single).queryByText('trois grues')).not.toBeNull();
    expect(screen.queryByText('— Jeanne Dupré')).not.toBeNull();
    expect(screen.getAllByText('not reported')).toHaveLength(2);
    expect(screen.getAllByText('one article only')).toHaveLength(2);
  });

  it('dismisses a flag, restores a dismissed one, and moves a claim, from the row’s corrections', () => {
    const dismissed = {
      ...dockersRow,
      discrepancies: ['qualifier-differs' as const],
      dismissed: ['number-differs' as const],
    };
    const { onDismiss, onRestore, onMove } = renderPanel({
      ...pairView,
      rows: [dismissed, ...pairView.rows.slice(2)],
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also show facts only one article reports' }));
    const toggle = screen.getByRole('button', { name: 'Correct the fact “dockers · syndicat”' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const editor = screen.getByRole('group', { name: 'Correct the fact “dockers · syndicat”' });
    fireEvent.click(
      within(editor).getByRole('button', {
        name: 'Dismiss the flag “qualifiers differ” on “dockers · syndicat”',
      }),
    );
    expect(onDismiss).toHaveBeenCalledWith(dismissed, 'qualifier-differs');
    fireEvent.click(
      within(editor).getByRole('button', {
        name: 'Restore the flag “numbers differ” on “dockers · syndicat”',
      }),
    );
    expect(onRestore).toHaveBeenCalledWith(dismissed, 'number-differs');

    const move = within(editor).getByRole('combobox', {
      name: 'Move “quelque 340 dockers” (Gazette du Port) to',
    });
    const options = within(move)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['this fact (no change)', 'a fact of its own', 'grues · quai: trois grues']);
    fireEvent.change(move, {
      target: { value: within(move).getAllByRole('option')[1]!.getAttribute('value') },
    });
    expect(onMove).toHaveBeenLastCalledWith(dockersG, null);
    fireEvent.change(move, { target: { value: 'courrier.txt#quantity@80' } });
    expect(onMove).toHaveBeenLastCalledWith(dockersG, 'courrier.txt#quantity@80');
  });

  it('speaks French, with French number formatting', async () => {
    await setLanguage('fr');
    try {
      renderPanel();
      openDetails(document.querySelector('details')!);
      expect(screen.queryByText('1 fait rapporté différemment')).not.toBeNull();
      expect(screen.queryByText('nombres différents')).not.toBeNull();
      expect(
        screen.queryByRole('list', {
          name: 'Rapporté différemment — Faits de Gazette du Port et Courrier des Quais',
        }),
      ).not.toBeNull();
      expect(
        screen.queryByRole('button', {
          name: 'Afficher « plus de 500 dockers » dans Courrier des Quais (courrier.txt)',
        }),
      ).not.toBeNull();
      expect(screen.getAllByText('10 mars 2026', { selector: '.claim-value' })).toHaveLength(2);
      expect(screen.queryByText('≈ 340')).not.toBeNull();
    } finally {
      await setLanguage('en');
    }
  });

  it('words each topic and value in the interface language: no stems, no ISO durations', async () => {
    const call = (articleId: string, start: number, text: string, normalized: string) =>
      claim(articleId, 'time', start, text, { normalized, unit: 'minutes', value: 50 });
    const a = call('gazette.txt', 200, '50 minutes', 'PT50M');
    const b = call('courrier.txt', 210, 'une cinquantaine de minutes', '~PT50M');
    const callRow: ClaimRow = {
      id: `row:${a.id}`,
      topic: 'heure · appel',
      subject: { kind: 'duration', context: 'appel' },
      kind: 'time',
      claims: [a.id, b.id],
      articles: ['gazette.txt', 'courrier.txt'],
      discrepancies: ['qualifier-differs'],
      dismissed: [],
    };
    const view = { ...pairView, claims: [...pairView.claims, a, b], rows: [callRow] };
    renderPanel(view);
    expect(screen.getByRole('heading', { name: 'length (appel)' })).not.toBeNull();
    expect(screen.queryByText('50 minutes', { selector: '.claim-value' })).not.toBeNull();
    expect(screen.queryByText('≈ 50 minutes', { selector: '.claim-value' })).not.toBeNull();
    expect(screen.queryByText(/PT50M/)).toBeNull();
    cleanup();
    await setLanguage('fr');
    try {
      renderPanel(view);
      expect(screen.getByRole('heading', { name: 'durée (appel)' })).not.toBeNull();
      expect(screen.queryByText('≈ 50 minutes', { selector: '.claim-value' })).not.toBeNull();
    } finally {
      await setLanguage('en');
    }
  });
});
