import { mkdtempSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFolder, type FolderEvent, type FolderWatcher } from '../../node/watch-folder';

/** Resolves with the first batch of events that satisfies `match`; rejects when none came within `ms` (the ~1 s promise, with slack for a busy machine). */
function nextBatch(
  batches: FolderEvent[][],
  match: (e: FolderEvent[]) => boolean,
  ms = 1500,
): Promise<FolderEvent[]> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const found = batches.find(match);
      if (found) {
        clearInterval(poll);
        resolve(found);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`no matching batch in ${ms} ms: ${JSON.stringify(batches)}`));
      }
    }, 20);
  });
}

describe('watchFolder', () => {
  let root: string;
  let watcher: FolderWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports added, changed and removed article files within about a second', async () => {
    root = mkdtempSync(join(tmpdir(), 'recoupe-watch-'));
    mkdirSync(join(root, '.recoupe'));
    const batches: FolderEvent[][] = [];
    watcher = watchFolder(root, (events) => batches.push(events), { debounceMs: 100 });
    await watcher.ready;
    const file = join(root, 'nouveau.txt');

    writeFileSync(file, 'Premier jet.');
    writeFileSync(join(root, '.recoupe', 'corrections.json'), '{}');
    writeFileSync(join(root, 'image.png'), 'x');
    const added = await nextBatch(batches, (b) => b.some((e) => e.kind === 'added'));
    expect(added).toEqual([{ kind: 'added', path: 'nouveau.txt' }]);

    writeFileSync(file, 'Deuxième jet, plus long.');
    expect(await nextBatch(batches, (b) => b.some((e) => e.kind === 'changed'))).toEqual([
      { kind: 'changed', path: 'nouveau.txt' },
    ]);

    unlinkSync(file);
    expect(await nextBatch(batches, (b) => b.some((e) => e.kind === 'removed'))).toEqual([
      { kind: 'removed', path: 'nouveau.txt' },
    ]);
  });
});

describe('watchFolder with state files', () => {
  let root: string;
  let watcher: FolderWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the state files of .recoupe/ saved elsewhere, not their backups, locks or temporary files', async () => {
    root = mkdtempSync(join(tmpdir(), 'recoupe-watch-'));
    const batches: FolderEvent[][] = [];
    watcher = watchFolder(root, (events) => batches.push(events), { debounceMs: 100, stateFiles: true });
    await watcher.ready;
    mkdirSync(join(root, '.recoupe'));
    writeFileSync(join(root, '.recoupe', 'annotations.json.bak'), '{}');
    writeFileSync(join(root, '.recoupe', 'claims.json.lock'), '{}');
    writeFileSync(join(root, '.recoupe', 'claims.json.123'), '{}');
    writeFileSync(join(root, '.recoupe', 'corrections.json'), '{}');
    const added = await nextBatch(batches, (b) => b.length > 0, 3000);
    expect(added).toEqual([{ kind: 'added', path: '.recoupe/corrections.json' }]);
    writeFileSync(join(root, '.recoupe', 'corrections.json'), '{ }');
    expect(await nextBatch(batches, (b) => b.some((e) => e.kind === 'changed'), 3000)).toEqual([
      { kind: 'changed', path: '.recoupe/corrections.json' },
    ]);
  });
});
