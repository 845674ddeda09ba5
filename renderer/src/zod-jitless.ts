import { config } from 'zod';

// The renderer's Content-Security-Policy forbids eval: zod is told so, instead of probing with `new Function`, which
// the policy refuses and reports as a violation. Imported first by the page and by each worker.
config({ jitless: true });
