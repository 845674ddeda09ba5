/**
 * Child process of the crash-safety test: opens a folder's notes and saves a new state in a loop until it is
 * killed. State `n` has `n % 7 + 1` notes whose text is `n`; each save prints `n` once it is on disk.
 * Usage (after bundling): node child.mjs <folder> <dataDir>
 */
import { AnnotationStore } from '../../node/annotation-store';
import { anchorSpan } from '../../shared/notes/anchor';
import { emptyAnnotationFile, type AnnotationFile } from '../../shared/notes/model';

/** The article the notes point at (shared with the test). */
export const CRASH_ARTICLE = {
  id: 'port.txt',
  sha256: 'e'.repeat(64),
  text: 'Au port de Valbrume, le quai nord ferme en mars 🚢 ; les dockers demandent un délai.',
};

/** The notes of state `n`. */
export function crashState(n: number): AnnotationFile {
  const notes = Array.from({ length: (n % 7) + 1 }, (_, i) => ({
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    created: '2026-03-01T09:00:00.000Z',
    modified: new Date(Date.UTC(2026, 2, 1) + n * 1000).toISOString(),
    tag: 'other',
    text: String(n),
    targets: [anchorSpan(CRASH_ARTICLE, [3 + i, 20 + i])],
  }));
  return { ...emptyAnnotationFile(), notes };
}

/** Runs the save loop. */
async function main(root: string, dataDir: string): Promise<void> {
  const store = await AnnotationStore.open({ root, dataDir, articles: [CRASH_ARTICLE], debounceMs: 0 });
  if (store.report.problems.length > 0) {
    process.stderr.write(`PROBLEM ${JSON.stringify(store.report.problems)}\n`);
    process.exit(3);
  }
  let n = Number(store.file.notes[0]?.text ?? 0);
  process.stdout.write(`ready ${n}\n`);
  for (;;) {
    n++;
    store.replace(crashState(n));
    await store.flush();
    process.stdout.write(`${n}\n`);
  }
}

const [root, dataDir] = process.argv.slice(2);
if (root && dataDir) void main(root, dataDir);
