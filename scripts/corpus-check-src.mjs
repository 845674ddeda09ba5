#!/usr/bin/env node
// Checks annotators' working files: `node scripts/corpus-check-src.mjs [.dev-corpus/annotations/<event>.src.json…]`.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).map((f) => resolve(f));
const run = spawnSync(
  join(root, 'node_modules/.bin/tsx'),
  [join(root, 'scripts/corpus.ts'), 'check-src', ...args],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
