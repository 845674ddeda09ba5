import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../shared/article/model';
import type { Correction } from '../../../shared/compare/correction-schema';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { Granularity } from '../../../shared/compare/segment';
import type { TextEquivalence } from '../../../shared/text/fold';
import type { AppError } from '../../../shared/ipc/errors';
import { CompareCancelledError, CompareClient, CompareFailedError } from '../workers/compare-client';
import type { CompareStage } from '../workers/compare-protocol';

/** Where a comparison is: running (with its stage), done, or failed. */
export type ComparisonState =
  | { status: 'idle' }
  | { status: 'running'; stage: CompareStage }
  | { status: 'done'; comparison: CorrectedComparison; ms: number }
  | { status: 'error'; error: AppError };

/** The inputs of a comparison; nothing runs until the articles and the corrections are known. */
export interface ComparisonInput {
  articles: { a: Article; b: Article } | null;
  corrections: Correction[] | null;
  equivalence: TextEquivalence;
  /** Sentence links instead of paragraph links; the hand corrections (made on paragraphs) are then left out. */
  granularity?: Granularity;
}

/** One request to the worker: what `useComparison` compares now. */
interface Request {
  articles: { a: Article; b: Article };
  corrections: Correction[];
  equivalence: TextEquivalence;
  granularity: Granularity;
}

/**
 * Runs the comparison of two articles in the compare worker whenever its inputs change, keeping the last result
 * for the same articles on screen meanwhile; a new run cancels the running one (its worker is stopped).
 */
export function useComparison(
  input: ComparisonInput,
  makeClient: () => CompareClient = () => new CompareClient(),
) {
  const [client] = useState(makeClient);
  const [outcome, setOutcome] = useState<{ request: Request; state: ComparisonState } | null>(null);
  const [last, setLast] = useState<{ comparison: CorrectedComparison; ms: number } | null>(null);
  const { articles, corrections } = input;
  const { ignoreCase, ignorePunctuation, ignoreTypography } = input.equivalence;
  const granularity = input.granularity ?? 'paragraph';
  const request = useMemo<Request | null>(
    () =>
      articles && corrections
        ? {
            articles,
            corrections: granularity === 'sentence' ? [] : corrections,
            equivalence: { ignoreCase, ignorePunctuation, ignoreTypography },
            granularity,
          }
        : null,
    [articles, corrections, ignoreCase, ignorePunctuation, ignoreTypography, granularity],
  );

  useEffect(() => () => client.dispose(), [client]);

  useEffect(() => {
    if (!request) return;
    let live = true;
    const { a, b } = request.articles;
    client
      .run(
        {
          a,
          b,
          corrections: request.corrections,
          equivalence: request.equivalence,
          ...(request.granularity === 'sentence' ? { granularity: request.granularity } : {}),
        },
        (stage) => {
          if (live) setOutcome({ request, state: { status: 'running', stage } });
        },
      )
      .then(
        (result) => {
          if (!live) return;
          setLast(result);
          setOutcome({ request, state: { status: 'done', ...result } });
        },
        (error: unknown) => {
          if (!live || error instanceof CompareCancelledError) return;
          const failure: AppError = {
            code: 'INTERNAL',
            message: error instanceof Error ? error.message : String(error),
            ...(error instanceof CompareFailedError && error.detail ? { detail: error.detail } : {}),
          };
          setOutcome({ request, state: { status: 'error', error: failure } });
        },
      );
    return () => {
      live = false;
    };
  }, [client, request]);

  const state: ComparisonState = !request
    ? { status: 'idle' }
    : outcome?.request === request
      ? outcome.state
      : { status: 'running', stage: 'comparing' };

  /** The last result for these very articles, shown while a new run goes on. */
  const shown =
    last && articles && last.comparison.a.id === articles.a.id && last.comparison.b.id === articles.b.id
      ? last
      : null;
  return { state, shown };
}
