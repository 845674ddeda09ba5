import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare';
import { applyCorrections } from '../../../shared/compare/corrections';
import type { Lang } from '../../../shared/format/lang';
import { summarizeComparison } from '../../../shared/format/summary';
import { useComparison, type ComparisonInput } from '../../../renderer/src/hooks/use-comparison';
import { CompareClient } from '../../../renderer/src/workers/compare-client';
import type { CompareRequest, CompareResponse } from '../../../renderer/src/workers/compare-protocol';
import { storyPair } from '../../helpers/compare-view-texts';

/** A stand-in for the compare worker that answers every request at once and counts them. */
class CountingWorker {
  onmessage: ((event: MessageEvent<CompareResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: CompareRequest[] = [];

  postMessage(request: CompareRequest): void {
    this.received.push(request);
    const comparison = applyCorrections(
      compare(request.a, request.b),
      request.corrections,
      request.a,
      request.b,
    );
    queueMicrotask(() =>
      this.onmessage?.({
        data: { id: request.id, type: 'done', comparison, ms: 1 },
      } as MessageEvent<CompareResponse>),
    );
  }

  terminate(): void {}
}

const { a, b } = storyPair();
const input: ComparisonInput = {
  articles: { a, b },
  corrections: [],
  equivalence: { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false },
};

/** What the compare view does: runs the comparison, words its summary in the interface language. */
function Summary(props: { lang: Lang; client: CompareClient }) {
  const { state } = useComparison(input, () => props.client);
  return <p>{state.status === 'done' ? summarizeComparison(state.comparison, props.lang) : state.status}</p>;
}

describe('useComparison', () => {
  it('does not recompute the comparison when the interface language changes: only the summary is reworded', async () => {
    const workers: CountingWorker[] = [];
    const client = new CompareClient(() => {
      const worker = new CountingWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const view = render(<Summary lang="en" client={client} />);
    await act(async () => {});
    expect(screen.getByText(/keeps \d+% of/)).toBeTruthy();
    view.rerender(<Summary lang="fr" client={client} />);
    await act(async () => {});
    expect(screen.getByText(/reprend \d+/)).toBeTruthy();
    expect(workers.flatMap((w) => w.received)).toHaveLength(1);
  });
});
