import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './compare-child';
import { generatePair } from './compare-data';
import type { BenchRow } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const child = join(here, 'compare-child.ts');
const SIZES = [2000, 10_000, 50_000];
/** jsdiff `diffWords` over whole texts is given up after this long (it grows with the square of the edits). */
const DIFF_WORDS_LIMIT_MS = 60_000;
/** Above this size `diffWords` is not even tried (over a minute at 50,000 words). */
const DIFF_WORDS_MAX_WORDS = 10_000;

/** Runs one measurement in a fresh Node process (same loader as this one), or undefined past `timeoutMs`. */
function measure(
  mode: 'compare' | 'diffwords',
  words: number,
  timeoutMs: number,
): Promise<ChildResult | undefined> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [...process.execArgv, child, mode, String(words)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', fail);
    proc.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) done(JSON.parse(out) as ChildResult);
      else done(undefined);
    });
  });
}

/** Best wall time of running `command args` as a whole process, five times (the machine is shared). */
function processTime(command: string, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
    times.push(performance.now() - start);
  }
  return Math.min(...times);
}

/** Formats a millisecond count for a note. */
const ms = (t: number): string => `${Math.round(t)} ms`;

/**
 * Compares synthetic pairs of 2,000, 10,000 and 50,000 words a side (planted deletions, insertions, moves and
 * word edits) in a child process per size: time, peak memory, recall of the planted changes, and the ratio to
 * jsdiff `diffWords` over the whole texts; then the CLI as a whole process against bare `node` reading and
 * tokenizing the same two files.
 */
export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const compareTimes = new Map<number, number>();
  const compareCpu = new Map<number, number>();
  for (const words of SIZES) {
    const result = await measure('compare', words, 120_000);
    if (!result) throw new Error(`compare of ${words} words failed`);
    compareTimes.set(words, result.timeMs);
    compareCpu.set(words, result.cpuMs);
    const baseline =
      words <= DIFF_WORDS_MAX_WORDS ? await measure('diffwords', words, DIFF_WORDS_LIMIT_MS) : undefined;
    const size = `${words.toLocaleString('en-US')} words a side`;
    rows.push({
      case: 'compare (align + word diff + figures)',
      size,
      timeMs: result.timeMs,
      memoryMB: result.peakMB,
      ...(baseline ? { ratio: result.timeMs / baseline.timeMs, baseline: 'diffWords whole text' } : {}),
      note: [
        `recall ${result.recall?.toFixed(3)} of ${result.planted} planted changes`,
        result.degraded ? `DEGRADED: ${result.degraded}` : 'not degraded',
        baseline
          ? `${(baseline.timeMs / result.timeMs).toFixed(0)}× faster than diffWords (CPU time: ${(baseline.cpuMs / result.cpuMs).toFixed(0)}×)`
          : '',
        `CPU ${ms(result.cpuMs)}`,
        `heap +${result.heapMB.toFixed(0)} MB`,
      ]
        .filter(Boolean)
        .join('; '),
    });
    rows.push({
      case: 'jsdiff diffWords, whole texts',
      size,
      timeMs: baseline?.timeMs ?? Number.NaN,
      ...(baseline ? { memoryMB: baseline.peakMB } : {}),
      note: baseline
        ? `baseline; CPU ${ms(baseline.cpuMs)}`
        : words > DIFF_WORDS_MAX_WORDS
          ? 'gave up: not run (over a minute, grows with the square of the edits)'
          : `gave up after ${ms(DIFF_WORDS_LIMIT_MS)}`,
    });
  }
  const t10 = compareTimes.get(10_000) ?? Number.NaN;
  const t50 = compareTimes.get(50_000) ?? Number.NaN;
  rows.push({
    case: 'compare growth 10,000 → 50,000 words',
    size: '5× the words',
    timeMs: t50,
    ratio: t50 / t10,
    baseline: 'compare at 10,000 words',
    note: `linear would be 5; target at most 7; CPU-time ratio ${((compareCpu.get(50_000) ?? Number.NaN) / (compareCpu.get(10_000) ?? Number.NaN)).toFixed(2)}`,
  });

  const dir = mkdtempSync(join(tmpdir(), 'recoupe-compare-bench-'));
  try {
    const pair = generatePair(50_000);
    const fileA = join(dir, 'a.txt');
    const fileB = join(dir, 'b.txt');
    writeFileSync(fileA, pair.a);
    writeFileSync(fileB, pair.b);
    const cli = join(root, 'out/cli/recoupe.js');
    if (!existsSync(cli))
      execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'vite.cli.config.ts'], {
        cwd: root,
        stdio: 'ignore',
      });
    const bare = processTime(process.execPath, [
      '-e',
      "const fs=require('fs');let n=0;for(const f of process.argv.slice(1))n+=(fs.readFileSync(f,'utf8').match(/\\S+/g)||[]).length;console.log(n)",
      fileA,
      fileB,
    ]);
    const whole = processTime(process.execPath, [cli, 'compare', fileA, fileB, '--json']);
    const startup = processTime(process.execPath, [cli, '--version']);
    rows.push({
      case: 'recoupe compare --json (whole process)',
      size: '50,000 words a side',
      timeMs: whole,
      ratio: whole / bare,
      baseline: 'node reading and tokenizing both files',
      note: `bare node ${ms(bare)}; target within 10×; of which CLI start-up ${ms(startup)} (recoupe --version: loading every command's modules)`,
    });
    rows.push({
      case: 'recoupe compare --json minus CLI start-up',
      size: '50,000 words a side',
      timeMs: whole - startup,
      ratio: (whole - startup) / bare,
      baseline: 'node reading and tokenizing both files',
      note: 'reading, parsing, comparing and printing the two files',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
