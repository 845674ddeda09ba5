import '../zod-jitless';
import { assertValidComparison } from '../../../shared/compare/check-diff';
import { compare } from '../../../shared/compare/compare';
import { applyCorrections } from '../../../shared/compare/corrections';
import type { Comparison } from '../../../shared/compare/types';
import type { CompareRequest, CompareResponse } from './compare-protocol';
import { failureResponse } from './worker-failure';

/** The worker's global scope, typed by hand: the renderer's TypeScript project has the DOM library, not the worker one. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareRequest>) => void) | null;
  postMessage: (message: CompareResponse) => void;
};

/** The last comparison before corrections, kept so that a correction does not recompute the alignment. */
let cached: { key: string; comparison: Comparison } | null = null;

/** What identifies a comparison before corrections: both files' contents and the equivalences. */
function cacheKey(request: CompareRequest): string {
  const { a, b, equivalence: eq } = request;
  return [
    a.id,
    a.sha256,
    a.text.length,
    b.id,
    b.sha256,
    b.text.length,
    eq.ignoreCase,
    eq.ignorePunctuation,
    eq.ignoreTypography,
    request.granularity ?? 'paragraph',
  ].join('\u0000');
}

scope.onmessage = (event: MessageEvent<CompareRequest>) => {
  const request = event.data;
  const post = (response: CompareResponse): void => scope.postMessage(response);
  const started = performance.now();
  try {
    const key = cacheKey(request);
    if (cached?.key !== key) {
      post({ id: request.id, type: 'progress', stage: 'comparing' });
      cached = {
        key,
        comparison: compare(request.a, request.b, {
          ...request.equivalence,
          ...(request.granularity ? { granularity: request.granularity } : {}),
        }),
      };
    }
    post({ id: request.id, type: 'progress', stage: 'correcting' });
    const comparison = applyCorrections(
      cached.comparison,
      request.corrections,
      request.a,
      request.b,
      request.equivalence,
    );
    // Development builds check every comparison shown (the diff tiles both texts and reproduces B from A).
    if (import.meta.env.DEV) assertValidComparison(comparison, request.equivalence);
    post({ id: request.id, type: 'done', comparison, ms: performance.now() - started });
  } catch (error) {
    post(failureResponse(request.id, error));
  }
};
