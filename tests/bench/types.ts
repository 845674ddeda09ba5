/** One row of the `npm run bench` table. */
export interface BenchRow {
  case: string;
  size: string;
  timeMs: number;
  memoryMB?: number;
  ratio?: number;
  baseline?: string;
  note?: string;
}
