import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../shared/compare/corrections';
import { compare } from '../../../shared/compare/compare';
import {
  CompareCancelledError,
  CompareClient,
  CompareFailedError,
  SharedCompareClient,
} from '../../../renderer/src/workers/compare-client';
import type { CompareRequest, CompareResponse } from '../../../renderer/src/workers/compare-protocol';
import { storyPair } from '../../helpers/compare-view-texts';
import { summarizeComparison } from '../../../shared/format/summary';

/** A stand-in for the compare worker: answers when told to, records terminations. */
class FakeWorker {
  onmessage: ((event: MessageEvent<CompareResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: CompareRequest[] = [];
  terminated = false;

  postMessage(request: CompareRequest): void {
    this.received.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the last request as the real worker does. */
  answer(fail = false): void {
    const request = this.received[this.received.length - 1];
    if (!request) throw new Error('nothing to answer');
    this.send({ id: request.id, type: 'progress', stage: 'comparing' });
    if (fail) {
      this.send({ id: request.id, type: 'error', message: 'boom', detail: 'stack' });
      return;
    }
    const comparison = applyCorrections(
      compare(request.a, request.b),
      request.corrections,
      request.a,
      request.b,
    );
    this.send({ id: request.id, type: 'done', comparison, ms: 1 });
  }

  private send(response: CompareResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<CompareResponse>);
  }
}

const { a, b } = storyPair();
const request = {
  a,
  b,
  corrections: [],
  equivalence: { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false },
};

describe('CompareClient', () => {
  it('runs a comparison in the worker, reports its stages, and keeps the idle worker', async () => {
    const workers: FakeWorker[] = [];
    const client = new CompareClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const stages: string[] = [];
    const first = client.run(request, (stage) => stages.push(stage));
    workers[0]?.answer();
    const result = await first;
    expect(summarizeComparison(result.comparison, 'en')).toMatch(/Courrier/);
    expect(stages).toEqual(['comparing']);
    const second = client.run(request);
    workers[0]?.answer();
    await second;
    expect(workers).toHaveLength(1);
  });

  it('a new request cancels the running one by stopping its worker', async () => {
    const workers: FakeWorker[] = [];
    const client = new CompareClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const first = client.run(request);
    const second = client.run({ ...request, a: b, b: a });
    await expect(first).rejects.toBeInstanceOf(CompareCancelledError);
    expect(workers[0]?.terminated).toBe(true);
    workers[1]?.answer();
    expect((await second).comparison.a.id).toBe(b.id);
  });

  it('passes the worker’s failure on, with its detail', async () => {
    const worker = new FakeWorker();
    const client = new CompareClient(() => worker as unknown as Worker);
    const run = client.run(request);
    worker.answer(true);
    await expect(run).rejects.toThrow(CompareFailedError);
    client.dispose();
    expect(worker.terminated).toBe(true);
  });
});

describe('SharedCompareClient', () => {
  it('keeps its idle worker when a view gives it up, and stops it on close', async () => {
    const workers: FakeWorker[] = [];
    const client = new SharedCompareClient(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const first = client.run(request);
    workers[0]!.answer();
    await first;
    client.dispose();
    expect(workers[0]!.terminated).toBe(false);
    const second = client.run(request);
    expect(workers).toHaveLength(1);
    client.dispose();
    await expect(second).rejects.toBeInstanceOf(CompareCancelledError);
    client.close();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});
