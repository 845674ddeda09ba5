import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFile } from '../../node/read-article';
import { madeUpWord, random } from '../helpers/random';
import type { BenchRow } from './types';

const PAGE_BYTES = 1_000_000;
const TEXT_BYTES = 50_000_000;
const RUNS = 3;

/** Fastest of RUNS timings of `work`, in ms. */
async function fastest(work: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work().catch(() => undefined);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** A paragraph of made-up words. */
function paragraph(rand: () => number): string {
  return Array.from({ length: 40 }, () => madeUpWord(rand, 2 + Math.floor(rand() * 2))).join(' ');
}

/**
 * Hostile reading (issue 20): a 1 MB page nested 100,000 levels deep against a flat page of the same size (target
 * within 5×: the nesting check refuses it in one pass), and a 50 MB text file against a bare read and decode of it
 * (target within 3×).
 */
export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-bench-hostile-'));
  try {
    const rand = random(7);
    const paragraphs: string[] = [];
    for (let size = 0; size < PAGE_BYTES * 0.9;) {
      const p = `<p>${paragraph(rand)}</p>\n`;
      paragraphs.push(p);
      size += p.length;
    }
    const flat = `<html><head><title>Bench</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
    const inner = paragraphs.slice(0, 20).join('');
    const depth = Math.floor((flat.length - inner.length) / 11);
    const deep = `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
    writeFileSync(join(dir, 'flat.html'), flat);
    writeFileSync(join(dir, 'deep.html'), deep);
    const flatMs = await fastest(() => readArticleFile(join(dir, 'flat.html')));
    const deepMs = await fastest(() => readArticleFile(join(dir, 'deep.html')));

    const line = `${paragraph(rand)}\n\n`;
    writeFileSync(join(dir, 'big.txt'), line.repeat(Math.ceil(TEXT_BYTES / line.length)));
    const bareMs = await fastest(async () => (await readFile(join(dir, 'big.txt'))).toString('utf8'));
    const bigMs = await fastest(() =>
      readArticleFile(join(dir, 'big.txt'), undefined, { maxBytes: 2 * TEXT_BYTES }),
    );
    return [
      {
        case: 'read a deeply nested HTML page (refused by the nesting check)',
        size: `${(deep.length / 1e6).toFixed(1)} MB, ${depth} levels`,
        timeMs: deepMs,
        ratio: deepMs / flatMs,
        baseline: `flat page of ${(flat.length / 1e6).toFixed(1)} MB: ${flatMs.toFixed(0)} ms`,
        note: 'target ≤ 5×',
      },
      {
        case: 'read a 50 MB text file',
        size: '50 MB',
        timeMs: bigMs,
        ratio: bigMs / bareMs,
        baseline: `bare read + UTF-8 decode: ${bareMs.toFixed(0)} ms`,
        note: 'target ≤ 3×',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
