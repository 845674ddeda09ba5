/**
 * A writer of the concurrent-writers stress test (tests/hostile/concurrent-writers.test.ts), run with tsx: makes
 * operations `from`… of its plan through the real services (notes store, workspace corrections, watchlist), one after
 * the other, writing `start <n> <time>` before and `ack <n> <time>` once each is saved to its journal.
 * Usage: tsx stress-child.ts <folder> <dataDir> <writer> <from> <journal>
 */
import { appendFileSync } from 'node:fs';
import { AnnotationStore } from '../../node/annotation-store';
import { addWatchedPhrase, removeWatchedPhrase } from '../../node/watchlist';
import { createWorkspace } from '../../node/workspace';
import { anchorSpan } from '../../shared/notes/anchor';
import { applyNoteOp } from '../../shared/notes/ops';
import { notesArticle, planOf, type StressOp } from './stress-plan';

/** Runs the writer's operations from `from` on. */
async function main(
  root: string,
  dataDir: string,
  writer: number,
  from: number,
  journal: string,
): Promise<void> {
  const article = notesArticle();
  const notes = await AnnotationStore.open({ root, dataDir, articles: [article], debounceMs: 0 });
  const workspace = createWorkspace();
  await workspace.open(root);
  const plan = planOf(writer);
  const run = async (op: StressOp): Promise<void> => {
    switch (op.kind) {
      case 'note-set': {
        const now = new Date().toISOString();
        const known = notes.file.notes.some((n) => n.id === op.id);
        notes.replace(
          known
            ? applyNoteOp(notes.file, { type: 'edit', id: op.id, text: op.text }, now)
            : applyNoteOp(
                notes.file,
                {
                  type: 'add',
                  note: {
                    id: op.id,
                    created: now,
                    modified: now,
                    tag: 'other',
                    text: op.text,
                    targets: [anchorSpan(article, [0, 12])],
                  },
                },
                now,
              ),
        );
        return notes.flush();
      }
      case 'note-delete':
        if (notes.file.notes.some((n) => n.id === op.id))
          notes.replace(applyNoteOp(notes.file, { type: 'delete', id: op.id }));
        return notes.flush();
      case 'outlet-set':
        await workspace.setArticleOutlet(op.article, op.outlet);
        return;
      case 'outlet-clear':
        await workspace.setArticleOutlet(op.article, null);
        return;
      case 'phrase-add':
        await addWatchedPhrase(root, op.phrase);
        return;
      case 'phrase-remove':
        await removeWatchedPhrase(root, op.phrase);
        return;
    }
  };
  for (let n = from; n < plan.length; n++) {
    appendFileSync(journal, `start ${n} ${Date.now()}\n`);
    await run(plan[n]!);
    appendFileSync(journal, `ack ${n} ${Date.now()}\n`);
  }
  await notes.close();
  await workspace.close();
  appendFileSync(journal, 'done\n');
}

const [root, dataDir, writer, from, journal] = process.argv.slice(2);
if (root && dataDir && writer && from && journal)
  main(root, dataDir, Number(writer), Number(from), journal).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
