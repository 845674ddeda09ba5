import { diffWords } from 'diff';
import { compare } from '../../shared/compare/compare';
import type { Comparison } from '../../shared/compare/types';
import { makeArticle } from '../helpers/compare-article';
import { generatePair, type PlantedChange } from './compare-data';
import { formatDegradations } from '../../shared/format/degradation';

/** What one measurement in a child process reports. */
export interface ChildResult {
  timeMs: number;
  /** CPU time (user + system) of the same run, less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  /** Peak resident memory above the level before the measured call, in MB. */
  peakMB: number;
  heapMB: number;
  recall?: number;
  planted?: number;
  degraded?: string;
  words: number;
}

/** Characters around a planted word edit where the diff may place it (a repeated word can be cut either time). */
const NEAR = 40;

/** True when the comparison shows the planted change where it was made. */
function detected(change: PlantedChange, result: Comparison): boolean {
  const linkOfA = (i: number) => result.links.find((l) => l.a.includes(`a${i}`));
  const near = (span: readonly [number, number] | undefined, offset: number): boolean =>
    span !== undefined && span[0] - NEAR <= offset && offset < span[1] + NEAR;
  switch (change.type) {
    case 'dropped-paragraph':
      return result.onlyA.includes(`a${change.a}`);
    case 'added-paragraph':
      return result.onlyB.includes(`b${change.b}`);
    case 'moved-paragraph':
      return linkOfA(change.a)?.moved === true;
    case 'paragraph-rewritten': {
      const link = linkOfA(change.a);
      return link ? link.kind !== 'identical' : result.onlyA.includes(`a${change.a}`);
    }
    case 'word-replaced':
    case 'word-deleted':
      return linkOfA(change.a)?.ops.some((op) => op.op === 'delete' && near(op.a, change.offset)) === true;
    case 'word-inserted':
      return result.links.some((l) => l.ops.some((op) => op.op === 'insert' && near(op.b, change.offset)));
  }
}

/** Measures `compare` (cold run for memory, best of five warm runs for time: the machine is shared) on the generated pair. */
function measureCompare(words: number): ChildResult {
  const pair = generatePair(words);
  const a = makeArticle(pair.a, { id: 'a.txt', outlet: 'Alpha' });
  const b = makeArticle(pair.b, { id: 'b.txt', outlet: 'Beta' });
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  const first = compare(a, b);
  const peakMB = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / (1024 * 1024);
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / (1024 * 1024);
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    compare(a, b);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const found = pair.changes.filter((c) => detected(c, first)).length;
  const result: ChildResult = {
    timeMs: Math.min(...times),
    cpuMs: Math.min(...cpus),
    peakMB,
    heapMB,
    recall: found / pair.changes.length,
    planted: pair.changes.length,
    words: pair.words,
  };
  if (first.degraded) result.degraded = formatDegradations(first.degraded, 'en');
  return result;
}

/** Measures jsdiff `diffWords` over the whole texts: best of three runs, like `compare`. */
function measureDiffWords(words: number): ChildResult {
  const pair = generatePair(words);
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    diffWords(pair.a, pair.b);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const peakMB = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / (1024 * 1024);
  return { timeMs: Math.min(...times), cpuMs: Math.min(...cpus), peakMB, heapMB: 0, words: pair.words };
}

const [mode, size] = process.argv.slice(2);
const words = Number(size);
const result = mode === 'diffwords' ? measureDiffWords(words) : measureCompare(words);
process.stdout.write(`${JSON.stringify(result)}\n`);
