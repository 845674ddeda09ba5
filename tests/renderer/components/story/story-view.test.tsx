import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoryView } from '../../../../renderer/src/components/story/StoryView';
import { StoryClient } from '../../../../renderer/src/workers/story-client';
import type { Article } from '../../../../shared/article/model';
import { computeReuse } from '../../../../shared/article/reuse';
import { formatPercent } from '../../../../shared/format/index';
import { DEFAULT_VIEW_OPTIONS } from '../../../../shared/compare/view-state';
import type { FolderView } from '../../../../shared/ipc/types';
import { vellmarkArticles } from '../../helpers/story-fixture-raw';
import { FakeStoryWorker } from '../../helpers/story-worker';
import { installApi } from '../../helpers/fake-api';

const articles = vellmarkArticles();
const byId = new Map(articles.map((a) => [a.id, a]));

/** The fixture folder as the renderer sees it, its four articles in one story. */
function folder(): FolderView {
  return {
    name: 'vellmark',
    demo: false,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.id,
      outlet: { id: 'unknown', name: 'Unknown', source: 'unknown' },
      words: 100,
      warnings: [],
      ...(a.date ? { date: a.date } : {}),
    })),
    stories: [
      {
        id: 'story-1',
        title: 'Tempête sur Vellmark',
        articles: articles.map((a) => a.id).sort(),
        origin: 'auto',
      },
    ],
    reuse: computeReuse(articles, [
      { id: 'story-1', title: '', articles: articles.map((a) => a.id), origin: 'auto' },
    ]),
    skipped: [],
    removed: [],
    warnings: [],
  };
}

/** The fake `window.api` of a test. */
const fakeApi = () =>
  installApi({
    getArticle: vi.fn(async (id: string) => byId.get(id) as Article),
    getCorrections: vi.fn(async () => ({ corrections: [] })),
    getClaims: vi.fn(async () => {
      throw new Error('no claims here');
    }),
    exportStory: vi.fn(async () => ({
      path: '/tmp/out.html',
      name: 'out.html',
      folder: 'tmp',
      warnings: [],
    })),
  });

let api: ReturnType<typeof fakeApi>;

beforeEach(() => {
  api = fakeApi();
});

afterEach(() => vi.restoreAllMocks());

/** Renders the story view with an in-process worker; resolves once the table is drawn. */
async function renderView(onOpenPair = vi.fn(), onClose = vi.fn(), options = DEFAULT_VIEW_OPTIONS) {
  const makeClient = () => new StoryClient(() => new FakeStoryWorker(true) as unknown as Worker);
  render(
    <StoryView
      folder={folder()}
      storyId="story-1"
      options={options}
      onClose={onClose}
      onOpenPair={onOpenPair}
      makeClient={makeClient}
    />,
  );
  await screen.findByRole('table', { name: '4 articles, paragraph by paragraph' }, { timeout: 10_000 });
  return { onOpenPair, onClose };
}

/** The body row holding `text`. */
function rowWith(text: string): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find((r) => r.getAttribute('data-key') && r.textContent?.includes(text));
  if (!row) throw new Error(`no row with ${text}`);
  return row;
}

/** The cell of a row in a column. */
function cell(row: HTMLElement, column: number): HTMLElement {
  const found = row.querySelector<HTMLElement>(`[role="cell"][data-col="${column}"]`);
  if (!found) throw new Error(`no cell ${column}`);
  return found;
}

describe('the story view', () => {
  it('shows one column per article in date order and one row per piece of content', async () => {
    await renderView();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent ?? '');
    expect(
      headers
        .slice(1)
        .map((h) => h.match(/agence-nordique|gazette-des-plaines|courrier-du-lac|le-veilleur/)?.[0]),
    ).toEqual(['agence-nordique', 'gazette-des-plaines', 'courrier-du-lac', 'le-veilleur']);
    const schools = rowWith("Les écoles de l'archipel");
    expect(cell(schools, 0).getAttribute('data-kind')).toBe('reference');
    for (const col of [1, 2, 3]) expect(cell(schools, col).textContent).toContain('not carried');
    const ferry = rowWith('Le ferry reliant');
    expect(cell(ferry, 2).textContent).toContain('= agence-nordique');
    const lede = rowWith('Les vents ont atteint');
    expect([...cell(lede, 2).querySelectorAll('del')].map((d) => d.textContent)).toContain('deleted: près');
    expect([...cell(lede, 2).querySelectorAll('ins')].map((d) => d.textContent)).toContain('inserted: plus');
    expect(api.getCorrections).toHaveBeenCalledTimes(6);
  });

  it('orders the rows by the article chosen', async () => {
    await renderView();
    fireEvent.change(screen.getByRole('combobox', { name: 'Order rows by' }), { target: { value: '3' } });
    const rows = screen.getAllByRole('row').filter((r) => r.getAttribute('data-key'));
    expect(rows[0]?.textContent).toContain('Les vents ont atteint');
    expect(rows[1]?.textContent).toContain('Trois pêcheurs');
  });

  it('opens the pair of two clicked cells at their row, the earlier article on the left', async () => {
    const { onOpenPair } = await renderView();
    const row = rowWith('Trois pêcheurs portés disparus');
    fireEvent.click(cell(row, 3));
    expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(/compare it with le-veilleur/);
    fireEvent.click(cell(row, 0));
    await waitFor(() => expect(onOpenPair).toHaveBeenCalledOnce());
    const [a, b, index] = onOpenPair.mock.calls[0] as [string, string, number];
    expect([a, b]).toEqual(['agence-nordique.txt', 'le-veilleur.txt']);
    expect(index).toBeGreaterThan(0);
  });

  it('forgets the first cell on Escape or a second click on it', async () => {
    const { onOpenPair } = await renderView();
    const row = rowWith('Trois pêcheurs portés disparus');
    fireEvent.click(within(cell(row, 0)).getByRole('button'));
    expect(within(cell(row, 0)).getByRole('button').getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(within(cell(row, 0)).getByRole('button').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(cell(row, 0));
    fireEvent.click(cell(row, 0));
    expect(within(cell(row, 0)).getByRole('button').getAttribute('aria-pressed')).toBe('false');
    expect(onOpenPair).not.toHaveBeenCalled();
  });

  it("draws the reuse graph with the folder's own reuse figures; an arrow opens its pair", async () => {
    const { onOpenPair } = await renderView();
    fireEvent.click(screen.getByRole('tab', { name: 'Reuse' }));
    const figure = folder().reuse.find(
      (f) => f.source === 'courrier-du-lac.txt' && f.target === 'le-veilleur.txt',
    )!;
    const edge = screen.getByRole('button', {
      name: new RegExp(
        `le-veilleur takes ${formatPercent(figure.share, 'en')} of its text word for word from courrier-du-lac`,
      ),
    });
    fireEvent.click(edge);
    await waitFor(() => expect(onOpenPair).toHaveBeenCalledOnce());
    expect(onOpenPair.mock.calls[0]?.slice(0, 2)).toEqual(['courrier-du-lac.txt', 'le-veilleur.txt']);
  });

  it("gives each article's coverage and shows its rows in the collation", async () => {
    await renderView();
    fireEvent.click(screen.getByRole('tab', { name: 'Coverage' }));
    const wire = screen.getByRole('article', { name: 'agence-nordique' });
    expect(wire.textContent).toContain('Share of the story');
    expect(wire.textContent).toContain('Mats Hedlund');
    fireEvent.click(within(wire).getByRole('button', { name: /3 paragraphs/ }));
    expect(screen.getByRole('tab', { name: 'Collation' }).getAttribute('aria-selected')).toBe('true');
  });

  it('exports in the order shown, with the equivalences the view collates with, and says where the file was saved', async () => {
    await renderView(vi.fn(), vi.fn(), { ...DEFAULT_VIEW_OPTIONS, ignoreCase: true, ignoreTypography: true });
    fireEvent.change(screen.getByRole('combobox', { name: 'Order rows by' }), { target: { value: '2' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export HTML…' }));
    });
    expect(api.exportStory).toHaveBeenCalledWith(
      'story-1',
      'html',
      { paper: 'a4', landscape: true, lang: 'en', orderBy: 'courrier-du-lac.txt' },
      { ignoreCase: true, ignorePunctuation: false, ignoreTypography: true },
    );
    await expect(screen.findByText('Saved /tmp/out.html')).resolves.toBeInstanceOf(HTMLElement);
  });

  it('says when the story has too few articles', async () => {
    const single = {
      ...folder(),
      stories: [{ id: 'story-1', title: 'x', articles: ['le-veilleur.txt'], origin: 'auto' as const }],
    };
    render(
      <StoryView
        folder={single}
        storyId="story-1"
        options={DEFAULT_VIEW_OPTIONS}
        onClose={vi.fn()}
        onOpenPair={vi.fn()}
        makeClient={() => new StoryClient(() => new FakeStoryWorker(true) as unknown as Worker)}
      />,
    );
    await expect(screen.findByText(/needs at least two articles/)).resolves.toBeInstanceOf(HTMLElement);
  });
});
