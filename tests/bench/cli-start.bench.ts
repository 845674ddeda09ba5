import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { BenchRow } from './types';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'out/cli/recoupe.js');
const RUNS = 15;

/** The median wall time in milliseconds of `node <args>` over RUNS runs (after one warm-up run). */
function medianStart(args: string[]): number {
  spawnSync(process.execPath, args);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Start-up of the freshly built `recoupe --version` against a bare `node -e ''`, measured in the same run (target ≤ 2×). */
export default async function bench(): Promise<BenchRow[]> {
  execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'ignore' });
  const bare = medianStart(['-e', '']);
  const version = medianStart([cli, '--version']);
  const ratio = version / bare;
  return [
    { case: "node -e ''", size: `${RUNS} runs`, timeMs: bare, ratio: 1, baseline: 'itself' },
    {
      case: 'recoupe --version (out/cli)',
      size: `${RUNS} runs`,
      timeMs: version,
      ratio,
      baseline: "node -e ''",
      note: `median; target ≤ 2× ${ratio <= 2 ? 'met' : 'MISSED'}`,
    },
  ];
}
