import { collate, locate } from '../../../renderer/src/workers/story-work';
import type { StoryWorkerRequest, StoryWorkerResponse } from '../../../renderer/src/workers/story-protocol';

/** A stand-in for the story worker running its work in-process: answers when told to (or at once), records terminations. */
export class FakeStoryWorker {
  onmessage: ((event: MessageEvent<StoryWorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: StoryWorkerRequest[] = [];
  terminated = false;

  constructor(private readonly immediate = false) {}

  postMessage(request: StoryWorkerRequest): void {
    this.received.push(request);
    if (this.immediate) queueMicrotask(() => this.answer());
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the last request as the real worker does (or with an error). */
  answer(fail = false): void {
    const request = this.received[this.received.length - 1];
    if (!request) throw new Error('nothing to answer');
    if (fail) {
      this.send({ id: request.id, type: 'error', message: 'boom', detail: 'stack' });
      return;
    }
    if (request.type === 'collate') {
      const result = collate(request, (done, total) =>
        this.send({ id: request.id, type: 'progress', done, total }),
      );
      this.send({ id: request.id, type: 'collated', result, ms: 1 });
    } else {
      this.send({ id: request.id, type: 'located', row: locate(request) });
    }
  }

  private send(response: StoryWorkerResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<StoryWorkerResponse>);
  }
}
