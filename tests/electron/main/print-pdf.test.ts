import { describe, expect, it, vi } from 'vitest';

/** What the print session's request filter answers for one URL. */
type Filter = (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;

const state = vi.hoisted(() => ({
  filters: [] as Filter[],
  loaded: [] as string[],
  /** Resolves the PDF of the n-th print, so prints can be held open together. */
  release: [] as (() => void)[],
}));

vi.mock('electron', () => {
  const printSession = {
    webRequest: { onBeforeRequest: (filter: Filter) => state.filters.push(filter) },
    setPermissionRequestHandler: () => undefined,
  };
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: () => undefined,
      on: () => undefined,
      printToPDF: () =>
        new Promise<Buffer>((done) => state.release.push(() => done(Buffer.from('%PDF-1.7')))),
    };
    loadFile(file: string) {
      state.loaded.push(file);
      return Promise.resolve();
    }
    destroy() {}
  }
  return { BrowserWindow, session: { fromPartition: () => printSession } };
});

const { printHtmlInWindow } = await import('../../../electron/main/print-pdf');

/** Whether the print session's filter lets `url` through now. */
const allowed = (url: string): boolean => {
  let answer = { cancel: true };
  state.filters.at(-1)?.({ url }, (a) => (answer = a));
  return !answer.cancel;
};

const fileUrl = (path: string): string => new URL(`file://${path}`).href;

describe('printHtmlInWindow', () => {
  it('prints two documents at once: the filter of the second does not block the first', async () => {
    const options = { paper: 'a4' as const, landscape: false };
    // The second starts once the first is printing, so that `release[0]` is the first's (on a busy machine the two
    // could otherwise reach printToPDF in either order, and the test waited for the wrong one).
    const first = printHtmlInWindow('<p>one</p>', options);
    await vi.waitFor(() => expect(state.release).toHaveLength(1), { timeout: 10_000 });
    const second = printHtmlInWindow('<p>two</p>', options);
    await vi.waitFor(() => expect(state.release).toHaveLength(2), { timeout: 10_000 });
    expect(state.filters).toHaveLength(1);
    const [one, two] = state.loaded.map(fileUrl);
    expect(allowed(one!)).toBe(true);
    expect(allowed(two!)).toBe(true);
    expect(allowed('https://example.org/tracker.png')).toBe(false);
    expect(allowed('data:image/png;base64,AAAA')).toBe(true);
    state.release[0]!();
    await first;
    expect(allowed(one!)).toBe(false);
    expect(allowed(two!)).toBe(true);
    state.release[1]!();
    expect(Buffer.from(await second).toString()).toBe('%PDF-1.7');
    expect(allowed(two!)).toBe(false);
  });
});
