import { describe, expect, it } from 'vitest';
import { computeReuse } from '../../../shared/article/reuse';
import { compare } from '../../../shared/compare/compare';
import { alignRows, displayRows, segmentIndex, type CompareRow } from '../../../shared/compare/view-rows';
import { DEFAULT_VIEW_OPTIONS } from '../../../shared/compare/view-state';
import {
  StoryCancelledError,
  StoryClient,
  StoryFailedError,
} from '../../../renderer/src/workers/story-client';
import { vellmarkArticles } from '../helpers/story-fixture-raw';
import { FakeStoryWorker } from '../helpers/story-worker';

const articles = vellmarkArticles();
const request = {
  articles,
  corrections: [],
  equivalence: { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false },
  lang: 'en' as const,
  // The arrows are the folder's reuse figures, as the app sends them.
  reuse: computeReuse(articles, [
    { id: 'vellmark', title: '', articles: articles.map((a) => a.id), origin: 'auto' },
  ]),
};

/** A client whose workers are fakes, kept for inspection. */
function fakeClient(): { client: StoryClient; workers: FakeStoryWorker[] } {
  const workers: FakeStoryWorker[] = [];
  const client = new StoryClient(() => {
    const worker = new FakeStoryWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}

describe('StoryClient', () => {
  it('collates in the worker, reporting each pair compared', async () => {
    const { client, workers } = fakeClient();
    const progress: string[] = [];
    const running = client.collate(request, (done, total) => progress.push(`${done}/${total}`));
    workers[0]?.answer();
    const { result } = await running;
    expect(result.collation.columns).toHaveLength(4);
    const nodes = result.graph.nodes.length;
    expect(nodes).toBe(4);
    expect(result.graph.edges.filter((e) => e.primary).map((e) => e.target)).toEqual([2, 3]);
    expect(result.graph.edges.every((e) => e.source < nodes && e.target < nodes && e.share > 0)).toBe(true);
    expect(result.coverage).toHaveLength(4);
    expect(progress).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
  });

  it("finds the side-by-side row of a paragraph, with the view's options", async () => {
    const { client, workers } = fakeClient();
    const [wire, , courrier] = articles;
    const holds = (row: CompareRow | undefined): boolean =>
      Boolean(row && (row.a.some((s) => segmentIndex(s.id) === 3) || (row.hidden ?? []).some(holds)));
    for (const options of [
      DEFAULT_VIEW_OPTIONS,
      { ...DEFAULT_VIEW_OPTIONS, onlyDifferences: true, showBoilerplate: true },
    ]) {
      const running = client.locate({
        a: wire!,
        b: courrier!,
        segmentA: 3,
        options,
        corrections: [],
      });
      workers[0]?.answer();
      const index = await running;
      const rows = displayRows(alignRows(compare(wire!, courrier!)), { ...options, expanded: new Set() });
      expect(index).toBeGreaterThan(0);
      expect(holds(rows[index])).toBe(true);
    }
  });

  it('a new request cancels the running one by stopping its worker', async () => {
    const { client, workers } = fakeClient();
    const first = client.collate(request);
    const second = client.collate({ ...request, articles: articles.slice(0, 2) });
    await expect(first).rejects.toBeInstanceOf(StoryCancelledError);
    expect(workers[0]?.terminated).toBe(true);
    workers[1]?.answer();
    expect((await second).result.collation.columns).toHaveLength(2);
  });

  it("passes the worker's failure on, with its detail, and a crash as a failure", async () => {
    const { client, workers } = fakeClient();
    const failing = client.collate(request);
    workers[0]?.answer(true);
    await expect(failing).rejects.toMatchObject({
      name: 'StoryFailedError',
      message: 'boom',
      detail: 'stack',
    });
    const crashing = client.collate(request);
    workers[0]?.onerror?.({ message: '', preventDefault: () => undefined } as ErrorEvent);
    await expect(crashing).rejects.toBeInstanceOf(StoryFailedError);
    client.dispose();
  });
});
