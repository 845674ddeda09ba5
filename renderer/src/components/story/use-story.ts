import { useEffect, useState } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { CompareViewOptions } from '../../../../shared/compare/view-state';
import type { AppError } from '../../../../shared/ipc/errors';
import { toAppError } from '../../errors';
import type { FolderView } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { StoryCancelledError, type StoryClient } from '../../workers/story-client';
import type { PairCorrectionList, StoryResult } from '../../workers/story-protocol';

/** Where the story view is: reading the articles, collating (pairs done of all), done, or failed. */
export type StoryState =
  | { status: 'loading' }
  | { status: 'collating'; done: number; total: number }
  | { status: 'done'; result: StoryResult; articles: Article[]; ms: number }
  | { status: 'error'; error: AppError };

/** Every pair of ids, each once. */
function pairsOf(ids: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) out.push([ids[i] as string, ids[j] as string]);
  return out;
}

/**
 * Reads a story's articles, the hand corrections of each pair and the folder's claims, then collates them in the
 * story worker; runs again when the folder, the articles or the equivalences change, cancelling the run before
 * (the last table stays on screen while the same story is collated again).
 */
export function useStory(
  folder: FolderView,
  articleIds: readonly string[],
  options: CompareViewOptions,
  client: StoryClient,
): StoryState {
  const [state, setState] = useState<{ key: string; options: string; state: StoryState } | null>(null);
  const { ignoreCase, ignorePunctuation, ignoreTypography } = options;
  const key = JSON.stringify(articleIds);
  const optionsKey = [ignoreCase, ignorePunctuation, ignoreTypography].join(',');

  useEffect(() => {
    let live = true;
    const set = (next: StoryState): void => {
      if (!live) return;
      setState((current) => {
        const keepShown =
          next.status === 'collating' &&
          current?.key === key &&
          current.options === optionsKey &&
          current.state.status === 'done';
        return keepShown ? current : { key, options: optionsKey, state: next };
      });
    };
    const ids = JSON.parse(key) as string[];
    const run = async (): Promise<void> => {
      const articles = await Promise.all(ids.map((id) => api().getArticle(id)));
      const corrections: PairCorrectionList[] = await Promise.all(
        pairsOf(ids).map(async ([x, y]) => ({
          articles: (x <= y ? [x, y] : [y, x]) as [string, string],
          corrections: (await api().getCorrections(x, y)).corrections,
        })),
      );
      const claims = await api()
        .getClaims(ids)
        .then((view) => ({ claims: view.claims, rows: view.rows }))
        .catch(() => undefined);
      if (!live) return;
      set({ status: 'collating', done: 0, total: pairsOf(ids).length });
      const { result, ms } = await client.collate(
        {
          articles,
          corrections,
          equivalence: { ignoreCase, ignorePunctuation, ignoreTypography },
          reuse: folder.reuse,
          ...(claims ? { claims } : {}),
        },
        (done, total) => set({ status: 'collating', done, total }),
      );
      set({ status: 'done', result, articles, ms });
    };
    run().catch((error: unknown) => {
      if (error instanceof StoryCancelledError) return;
      set({ status: 'error', error: toAppError(error) });
    });
    return () => {
      live = false;
      client.cancel();
    };
  }, [key, optionsKey, folder, client, ignoreCase, ignorePunctuation, ignoreTypography]);

  const current = state && state.key === key && state.options === optionsKey ? state.state : null;
  return current ?? { status: 'loading' };
}
