// Starts the TypeScript engine worker under tsx, for development, tests and the bench (the built app starts
// out/main/engine-worker.js instead). Node 20 does not pass `--import tsx` on to worker threads, hence this file.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
