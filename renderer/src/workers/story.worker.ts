import '../zod-jitless';
import { collate, locate } from './story-work';
import type { StoryWorkerRequest, StoryWorkerResponse } from './story-protocol';
import { failureResponse } from './worker-failure';

/** The worker's global scope, typed by hand: the renderer's TypeScript project has the DOM library, not the worker one. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<StoryWorkerRequest>) => void) | null;
  postMessage: (message: StoryWorkerResponse) => void;
};

scope.onmessage = (event: MessageEvent<StoryWorkerRequest>) => {
  const request = event.data;
  const post = (response: StoryWorkerResponse): void => scope.postMessage(response);
  const started = performance.now();
  try {
    if (request.type === 'collate') {
      const result = collate(request, (done, total) =>
        post({ id: request.id, type: 'progress', done, total }),
      );
      post({ id: request.id, type: 'collated', result, ms: performance.now() - started });
    } else {
      post({ id: request.id, type: 'located', row: locate(request) });
    }
  } catch (error) {
    post(failureResponse(request.id, error));
  }
};
