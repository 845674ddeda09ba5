import type { BenchRow } from './types';

/** Reference row: the cost of a plain loop, so the machine's speed on this run is on the table. */
export default async function bench(): Promise<BenchRow[]> {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 5_000_000; i++) sum += i % 7;
  const timeMs = performance.now() - started;
  return [
    {
      case: 'machine baseline: 5M-iteration loop',
      size: '5M',
      timeMs,
      ratio: 1,
      baseline: 'itself',
      note: `checksum ${sum % 10}`,
    },
  ];
}
