import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimsSidePanel } from '../../../../renderer/src/components/claims/ClaimsSidePanel';
import type { WatchlistState } from '../../../../renderer/src/hooks/use-watchlist';
import type { ConcordanceResult } from '../../../../shared/claims/concordance';
import type { ClaimsView } from '../../../../shared/claims/ipc';
import { folder, pairView } from './fixtures';
import { installApi } from '../../helpers/fake-api';
import type { Api } from '../../../../shared/ipc/create-api';

const found: ConcordanceResult = {
  query: 'quai nord',
  hits: [
    {
      article: 'echo.txt',
      outlet: 'echo-du-soir',
      start: 50,
      end: 59,
      left: 'la fermeture du ',
      match: 'quai nord',
      right: ' est votée',
    },
  ],
  perOutlet: { 'echo-du-soir': 1 },
};

/** A promise and the function that settles it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

let claims: ReturnType<typeof deferred<ClaimsView>>;
const api = {
  getClaims: vi.fn(() => claims.promise),
  findPhrase: vi.fn(async () => found),
  correctClaim: vi.fn(async () => []),
  setClaimCorrections: vi.fn(async () => []),
  cancelClaims: vi.fn(async () => undefined),
  on: ((event, listener) => {
    if (event === 'claimsProgress')
      progressListener = listener as (payload: { done: number; total: number }) => void;
    return () => undefined;
  }) as Api['on'],
};
let progressListener: ((payload: { done: number; total: number }) => void) | null = null;

beforeEach(() => {
  claims = deferred<ClaimsView>();
  installApi(api);
});

afterEach(() => vi.clearAllMocks());

const watch: WatchlistState = {
  phrases: ['quai nord'],
  framing: [],
  counts: new Map([['quai nord', 1]]),
  notice: undefined,
  lexiconNotice: undefined,
  error: null,
  add: vi.fn(),
  remove: vi.fn(),
  setFraming: vi.fn(),
  clearError: vi.fn(),
};

describe('claims side panel', () => {
  it('shows the progress of a long read, and Cancel stops it', async () => {
    render(
      <ClaimsSidePanel folder={folder} a="gazette.txt" b="courrier.txt" watch={watch} onShow={vi.fn()} />,
    );
    act(() => progressListener?.({ done: 40, total: 100 }));
    expect(screen.getByRole('status').textContent).toContain('40 of 100 articles read');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.cancelClaims).toHaveBeenCalled();
  });

  it('asks the open pair’s claims, saying so while they are read', async () => {
    render(
      <ClaimsSidePanel folder={folder} a="gazette.txt" b="courrier.txt" watch={watch} onShow={vi.fn()} />,
    );
    expect(api.getClaims).toHaveBeenCalledWith(['gazette.txt', 'courrier.txt']);
    expect(screen.getByRole('status').textContent).toBe('Finding numbers, dates and quotes…Cancel');
    await act(async () => claims.resolve(pairView));
    expect(screen.queryByRole('status')).toBeNull();
    expect(
      screen.queryByRole('list', {
        name: 'Reported differently — Facts of Gazette du Port and Courrier des Quais',
      }),
    ).not.toBeNull();
  });

  it('without a pair, explains how to get one and reads nothing', () => {
    render(<ClaimsSidePanel folder={folder} a="gazette.txt" b={null} watch={watch} onShow={vi.fn()} />);
    expect(
      screen.queryByText('Open two articles side by side to compare their numbers, dates and quotes.'),
    ).not.toBeNull();
    expect(api.getClaims).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Story matrix' })).not.toBeNull();
  });

  it('has two tabs, switched with the arrow keys', () => {
    render(<ClaimsSidePanel folder={folder} a={null} b={null} watch={watch} onShow={vi.fn()} />);
    const tabs = screen.getByRole('tablist', { name: 'Claims, search and notes' });
    const [claimsTab, searchTab] = within(tabs).getAllByRole('tab');
    expect(claimsTab!.getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('tabpanel', { name: 'Claims' })).not.toBeNull();
    fireEvent.keyDown(claimsTab!, { key: 'ArrowRight' });
    expect(searchTab!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(searchTab);
    expect(screen.queryByRole('tabpanel', { name: 'Search' })).not.toBeNull();
    expect(screen.queryByRole('tabpanel', { name: 'Claims' })).toBeNull();
  });

  it('searches a phrase across the folder and opens a hit in the comparison', async () => {
    const onShow = vi.fn();
    render(<ClaimsSidePanel folder={folder} a={null} b={null} watch={watch} onShow={onShow} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
    const search = screen.getByRole('search');
    fireEvent.change(within(search).getByRole('searchbox', { name: 'Phrase' }), {
      target: { value: ' quai nord ' },
    });
    await act(async () => fireEvent.click(within(search).getByRole('button', { name: 'Search' })));
    expect(api.findPhrase).toHaveBeenCalledWith('quai nord');
    const region = screen.getByRole('region', { name: 'Hits for “quai nord”, by outlet' });
    fireEvent.click(within(region).getByRole('button', { name: /quai nord/ }));
    expect(onShow).toHaveBeenCalledWith({ article: 'echo.txt', start: 50, end: 59 });
  });

  it('opens the story matrix on the open article’s story, the whole folder one choice away', async () => {
    render(<ClaimsSidePanel folder={folder} a="gazette.txt" b={null} watch={watch} onShow={vi.fn()} />);
    HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
    fireEvent.click(screen.getByRole('button', { name: 'Story matrix' }));
    expect(api.getClaims).toHaveBeenLastCalledWith(['gazette.txt', 'courrier.txt']);
    const scope = screen.getByRole('combobox', { name: 'Articles' });
    expect(
      within(scope)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['This story (2 articles)', 'The whole folder (3 articles)']);
    fireEvent.change(scope, { target: { value: 'folder' } });
    expect(api.getClaims).toHaveBeenLastCalledWith(['courrier.txt', 'echo.txt', 'gazette.txt']);
    await act(async () => claims.resolve({ ...pairView }));
  });

  it('disables the story matrix when the folder has fewer than two articles, and says why', () => {
    const one = { ...folder, articles: folder.articles.slice(0, 1), stories: [] };
    render(<ClaimsSidePanel folder={one} a={null} b={null} watch={watch} onShow={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Story matrix' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute('title')).toBe('The story matrix needs at least two articles.');
  });
});
