import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConcordanceResults } from '../../../../renderer/src/components/claims/ConcordanceResults';
import { WatchlistEditor } from '../../../../renderer/src/components/claims/WatchlistEditor';
import { setLanguage } from '../../../../renderer/src/i18n';
import type { WatchlistState } from '../../../../renderer/src/hooks/use-watchlist';
import type { ConcordanceHit, ConcordanceResult } from '../../../../shared/claims/concordance';
import { summaries } from './fixtures';

const hit = (article: string, outlet: string, start: number, match: string): ConcordanceHit => ({
  article,
  outlet,
  start,
  end: start + match.length,
  left: 'la sécurité des quais reste une des ',
  match,
  right: ' de la ville',
});

const result: ConcordanceResult = {
  query: 'ligne rouge',
  hits: [
    hit('courrier.txt', 'courrier-des-quais', 120, 'lignes rouges'),
    hit('gazette.txt', 'gazette-du-port', 40, 'ligne rouge'),
    hit('gazette.txt', 'gazette-du-port', 300, 'Ligne Rouge'),
  ],
  perOutlet: { 'courrier-des-quais': 1, 'gazette-du-port': 2 },
};

/** A watchlist state with spies. */
function watchState(
  phrases: string[],
  counts: [string, number][] = [],
  framing: string[] = [],
): WatchlistState {
  return {
    phrases,
    framing,
    counts: new Map(counts),
    notice: undefined,
    lexiconNotice: undefined,
    error: null,
    add: vi.fn(),
    remove: vi.fn(),
    setFraming: vi.fn(),
    clearError: vi.fn(),
  };
}

describe('concordance results', () => {
  it('groups hits by outlet with a count per outlet and the words around each hit', () => {
    render(<ConcordanceResults result={result} articles={summaries} onOpen={vi.fn()} />);
    const region = screen.getByRole('region', { name: 'Hits for “ligne rouge”, by outlet' });
    expect(within(region).getByRole('status').textContent).toBe('3 hits for “ligne rouge”');
    const headings = within(region).getAllByRole('heading');
    expect(headings.map((h) => h.textContent)).toEqual(['Courrier des Quais1 hit', 'Gazette du Port2 hits']);
    const gazette = headings[1]!.closest('section')!;
    const buttons = within(gazette).getAllByRole('button');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]!.textContent).toBe(
      '…la sécurité des quais reste une des ligne rouge de la ville…gazette.txt',
    );
    expect(within(buttons[1]!).getByText('Ligne Rouge').tagName).toBe('MARK');
  });

  it('opens the article of a hit', () => {
    const onOpen = vi.fn();
    render(<ConcordanceResults result={result} articles={summaries} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: /lignes rouges/ }));
    expect(onOpen).toHaveBeenCalledWith(result.hits[0]);
  });

  it('says when nothing is found, in French too', async () => {
    render(
      <ConcordanceResults
        result={{ query: 'quai sud', hits: [], perOutlet: {} }}
        articles={summaries}
        onOpen={vi.fn()}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('No hit for “quai sud” in this folder.');
    await setLanguage('fr');
    try {
      render(<ConcordanceResults result={result} articles={summaries} onOpen={vi.fn()} />);
      expect(
        screen.queryByRole('region', { name: 'Occurrences de « ligne rouge », par média' }),
      ).not.toBeNull();
      expect(screen.queryByText('2 occurrences')).not.toBeNull();
    } finally {
      await setLanguage('en');
    }
  });
});

describe('watched phrases', () => {
  it('ticks a watched phrase as a framing word, lists framing words not watched, and names a damaged lexicon', () => {
    const watch = {
      ...watchState(['grève', 'quai nord', 'invasion'], [], ['Quai Nord', 'digue fantôme']),
      lexiconNotice: { code: 'damaged' as const, file: '.recoupe/lexicon.json' },
    };
    render(<WatchlistEditor watch={watch} onSearch={vi.fn()} />);
    const red = screen.getByRole('checkbox', { name: 'Count “grève” as a framing word in the claims' });
    const builtIn = screen.getByRole('checkbox', {
      name: '“invasion” is a framing word of the built-in lexicon',
    }) as HTMLInputElement;
    expect([builtIn.checked, builtIn.disabled]).toEqual([true, true]);
    const quay = screen.getByRole('checkbox', { name: 'Count “quai nord” as a framing word in the claims' });
    expect((red as HTMLInputElement).checked).toBe(false);
    expect((quay as HTMLInputElement).checked).toBe(true);
    fireEvent.click(red);
    expect(watch.setFraming).toHaveBeenCalledWith('grève', true);
    fireEvent.click(screen.getByRole('button', { name: 'Stop counting “digue fantôme” as a framing word' }));
    expect(watch.setFraming).toHaveBeenCalledWith('digue fantôme', false);
    expect(screen.queryByRole('button', { name: 'Stop counting “Quai Nord” as a framing word' })).toBeNull();
    expect(
      screen
        .getAllByRole('note')
        .map((n) => n.textContent)
        .join(' '),
    ).toContain('.recoupe/lexicon.json');
  });

  it('lists each phrase with its hits; a phrase searches itself, Remove stops watching it', () => {
    const watch = watchState(['ligne rouge', 'quai nord'], [['ligne rouge', 3]]);
    const onSearch = vi.fn();
    render(<WatchlistEditor watch={watch} onSearch={onSearch} />);
    const region = screen.getByRole('region', { name: 'Watched phrases' });
    fireEvent.click(within(region).getByRole('button', { name: 'ligne rouge 3 hits' }));
    expect(onSearch).toHaveBeenCalledWith('ligne rouge');
    fireEvent.click(
      within(region).getByRole('button', { name: 'Remove “quai nord” from the watched phrases' }),
    );
    expect(watch.remove).toHaveBeenCalledWith('quai nord');
  });

  it('adds a phrase typed in the field, trimmed', () => {
    const watch = watchState([]);
    render(<WatchlistEditor watch={watch} onSearch={vi.fn()} />);
    expect(screen.queryByText('No phrase is watched in this folder.')).not.toBeNull();
    const add = screen.getByRole('button', { name: 'Watch' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Phrase to watch' }), {
      target: { value: '  grève des dockers ' },
    });
    fireEvent.click(add);
    expect(watch.add).toHaveBeenCalledWith('grève des dockers');
    expect((screen.getByRole('textbox', { name: 'Phrase to watch' }) as HTMLInputElement).value).toBe('');
  });
});
