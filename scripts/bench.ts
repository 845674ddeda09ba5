import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from '../tests/bench/types';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'tests/bench');

/** Every `*.bench.ts` under tests/bench, optionally filtered by a substring of its path. */
function benchFiles(filter: string | undefined): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.bench.ts') && (!filter || path.includes(filter))) found.push(path);
    }
  };
  walk(benchDir);
  return found.sort();
}

const format = (value: number | undefined, digits = 1): string =>
  value === undefined ? '' : value.toFixed(digits);

/** Prints the rows as one Markdown table. */
function table(rows: (BenchRow & { file: string })[]): string {
  const header = '| file | case | size | time (ms) | memory (MB) | ratio | baseline | note |';
  const rule = '|---|---|---|---:|---:|---:|---|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.file} | ${r.case} | ${r.size} | ${format(r.timeMs)} | ${format(r.memoryMB)} | ${format(r.ratio, 2)} | ${r.baseline ?? ''} | ${r.note ?? ''} |`,
  );
  return [header, rule, ...lines].join('\n');
}

const files = benchFiles(process.argv[2]);
const rows: (BenchRow & { file: string })[] = [];
let failed = 0;
for (const file of files) {
  const name = relative(benchDir, file);
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const module = (await import(pathToFileURL(file).href)) as { default: () => Promise<BenchRow[]> };
    for (const row of await module.default()) rows.push({ ...row, file: name });
  } catch (error) {
    failed += 1;
    rows.push({
      file: name,
      case: 'FAILED',
      size: '',
      timeMs: Number.NaN,
      note: String(error).split('\n')[0],
    });
  }
}
if (files.length === 0) process.stderr.write('bench: no *.bench.ts files under tests/bench\n');
process.stdout.write(`${table(rows)}\n`);
process.exitCode = failed ? 1 : 0;
