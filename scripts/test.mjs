#!/usr/bin/env node
// `npm test`: typecheck, lint, build, then every Vitest project (node, jsdom, e2e), ending with one totals line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs one step, streaming its output; counts it as one passed or failed check. */
function step(label, command, args) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const ok = result.status === 0;
  if (ok) passed += 1;
  else failed += 1;
  process.stdout.write(`=== ${label}: ${ok ? 'ok' : 'FAILED'} ===\n`);
  return ok;
}

for (const project of ['shared', 'node', 'web', 'e2e'])
  step(`typecheck (${project})`, bin('tsc'), ['-p', `tsconfig.${project}.json`]);
step('lint', bin('eslint'), ['--max-warnings', '0', '.']);
step('format', bin('prettier'), ['--check', '.']);
const built =
  step('build', bin('electron-vite'), ['build']) &&
  step('build cli', bin('vite'), ['build', '--config', 'vite.cli.config.ts']);

if (built && process.env.RECOUPE_SANDBOX_USER)
  step(`print sandbox (a PDF export as ${process.env.RECOUPE_SANDBOX_USER})`, 'bash', [
    'scripts/check-print-sandbox.sh',
  ]);

const report = join(resultsDir, 'vitest.json');
const projects = built ? [] : ['--project', 'node', '--project', 'jsdom'];
process.stdout.write(`\n=== vitest${built ? '' : ' (no e2e: the build failed)'} ===\n`);
spawnSync(
  bin('vitest'),
  ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  },
);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + (json.success === false && !json.numFailedTests ? 1 : 0);
  skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
} else {
  failed += 1;
  process.stdout.write('vitest wrote no report: counted as one failure\n');
}

process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed ? 1 : 0;
