import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../node/annotation-store';
import { correctionsPath } from '../../node/folder-state';
import { watchlistPath } from '../../node/watchlist';
import { anchorSpan } from '../../shared/notes/anchor';
import { emptyAnnotationFile } from '../../shared/notes/model';
import {
  articleNames,
  articleText,
  noteId,
  notesArticle,
  OPERATIONS,
  planOf,
  SHARED,
  WRITERS,
  type StressOp,
} from '../helpers/stress-plan';

const CHILD = resolve(dirname(fileURLToPath(import.meta.url)), '../helpers/stress-child.ts');
/** Kills of each writer, after a random number of its operations, before it is let run to the end. */
const KILLS = 3;

let base: string;
let root: string;
let dataDir: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-writers-'));
  root = join(base, 'folder');
  dataDir = join(base, 'data');
  await mkdir(root);
  await Promise.all(articleNames().map((name, i) => writeFile(join(root, name), articleText(i))));
  const article = notesArticle();
  const store = await AnnotationStore.open({ root, dataDir, articles: [article] });
  const at = new Date(Date.now() - 60_000).toISOString();
  store.replace({
    ...emptyAnnotationFile(),
    notes: Array.from({ length: SHARED }, (_, k) => ({
      id: noteId(9, k),
      created: at,
      modified: at,
      tag: 'other',
      text: 'initial',
      targets: [anchorSpan(article, [0, 12])],
    })),
  });
  await store.close();
});

afterAll(async () => {
  if (base) await rm(base, { recursive: true, force: true });
});

/**
 * One run of a writer from operation `from`, killed (SIGKILL) once its journal shows `killAfterAcks` more operations
 * saved, so that the kill lands while the next one is under way (none: let run to the end); null when it was killed.
 */
function runWriter(w: number, from: number, journal: string, killAfterAcks?: number): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = fork(CHILD, [root, dataDir, String(w), String(from), journal], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let acksBefore: number | undefined;
    const acks = async (): Promise<number> =>
      (await readFile(journal, 'utf8').catch(() => '')).split('\n').filter((l) => l.startsWith('ack '))
        .length;
    const watch =
      killAfterAcks === undefined
        ? undefined
        : setInterval(() => {
            void acks().then((count) => {
              acksBefore ??= count;
              if (count - acksBefore >= killAfterAcks) child.kill('SIGKILL');
            });
          }, 5);
    child.on('error', fail);
    child.on('exit', (code) => {
      if (watch) clearInterval(watch);
      if (code !== null && code !== 0) fail(new Error(`writer ${w} failed: ${stderr}`));
      else done(code);
    });
  });
}

/** What a writer's journal says: when each operation started (its last attempt) and was saved. */
interface Timed {
  start: number;
  ack?: number;
}

async function readJournal(journal: string): Promise<{ ops: Map<number, Timed>; done: boolean }> {
  const text = await readFile(journal, 'utf8').catch(() => '');
  const ops = new Map<number, Timed>();
  let done = false;
  for (const line of text.split('\n')) {
    const [word, n, time] = line.split(' ');
    if (word === 'start') ops.set(Number(n), { start: Number(time) });
    else if (word === 'ack') ops.get(Number(n))!.ack = Number(time);
    else if (word === 'done') done = true;
  }
  return { ops, done };
}

/** Where a killed writer starts again: the operation it was doing (done again, it is idempotent), or the next. */
function resumeAt(ops: Map<number, Timed>): number {
  const started = [...ops.keys()];
  if (started.length === 0) return 0;
  const last = Math.max(...started);
  return ops.get(last)!.ack === undefined ? last : last + 1;
}

/** Runs writer `w`: killed KILLS times at random, restarted where it stopped, then let run to the end. */
async function writer(w: number): Promise<{ ops: Map<number, Timed>; kills: number }> {
  const journal = join(base, `journal-${w}.txt`);
  let kills = 0;
  for (;;) {
    const { ops, done } = await readJournal(journal);
    if (done) return { ops, kills };
    const from = resumeAt(ops);
    // At most a third of what is left, so that each kill falls before the writer's last operation.
    const left = OPERATIONS - from;
    const kill = kills < KILLS && left > 3 ? 1 + Math.floor(Math.random() * Math.floor(left / 3)) : undefined;
    const code = await runWriter(w, from, journal, kill);
    if (code === null) kills++;
  }
}

/** The item an operation changes and the value it leaves (null: deleted). */
function effect(op: StressOp): { item: string; value: string | null } {
  switch (op.kind) {
    case 'note-set':
      return { item: `note ${op.id}`, value: op.text };
    case 'note-delete':
      return { item: `note ${op.id}`, value: null };
    case 'outlet-set':
      return { item: `outlet ${op.article}`, value: op.outlet };
    case 'outlet-clear':
      return { item: `outlet ${op.article}`, value: null };
    case 'phrase-add':
      return { item: `phrase ${op.phrase}`, value: op.phrase };
    case 'phrase-remove':
      return { item: `phrase ${op.phrase}`, value: null };
  }
}

describe('concurrent writers of one folder', () => {
  it(`${WRITERS} processes × ${OPERATIONS} operations, killed at random: nothing acknowledged is lost, nothing deleted comes back, the last acknowledged edit wins`, async () => {
    const started = Date.now();
    const runs = await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    const wall = Date.now() - started;

    // Every operation, with the item it changes, the value it leaves and when it started and was acknowledged.
    const all = runs.flatMap(({ ops }, w) =>
      planOf(w).map((op, n) => {
        const timed = ops.get(n);
        expect(timed?.ack, `writer ${w} operation ${n} acknowledged`).toBeDefined();
        return { ...effect(op), start: timed!.start, ack: timed!.ack!, writer: w, n };
      }),
    );

    const store = await AnnotationStore.open({
      root,
      dataDir,
      articles: [notesArticle()],
      readOnly: true,
    });
    const corrections = JSON.parse(await readFile(correctionsPath(root), 'utf8')) as {
      outlets: { id: string; outlet: { name: string } }[];
      conflicts?: unknown[];
    };
    const watchlist = JSON.parse(await readFile(watchlistPath(root), 'utf8')) as { phrases: string[] };
    const onDisk = new Map<string, string>([
      ...store.file.notes.map((n) => [`note ${n.id}`, n.text] as const),
      ...corrections.outlets.map((e) => [`outlet ${e.id}`, e.outlet.name] as const),
      ...watchlist.phrases.map((p) => [`phrase ${p}`, p] as const),
    ]);

    const byItem = new Map<string, typeof all>();
    for (const op of all) byItem.set(op.item, [...(byItem.get(op.item) ?? []), op]);
    let contended = 0;
    for (const [item, ops] of byItem) {
      const found = onDisk.get(item) ?? null;
      // The value left must be one an operation left, and no operation may have started after that one was saved.
      const winners = ops.filter((o) => o.value === found);
      expect(
        winners.some((o) => !ops.some((later) => later !== o && later.start > o.ack)),
        `${item}: found ${JSON.stringify(found)}, operations ${JSON.stringify(ops)}`,
      ).toBe(true);
      if (new Set(ops.map((o) => o.writer)).size > 1) contended++;
      else expect(found, `${item} holds its writer's last operation`).toBe(ops.at(-1)!.value);
    }
    const deleted = all.filter((o) => o.value === null).map((o) => o.item);
    expect(deleted.length).toBeGreaterThan(10);
    for (const item of deleted)
      if (byItem.get(item)!.at(-1)!.value === null)
        expect(onDisk.has(item), `${item} stays deleted`).toBe(false);
    console.info(
      `concurrent writers: ${WRITERS} × ${OPERATIONS} operations, ${runs.reduce((s, r) => s + r.kills, 0)} kills, ` +
        `${byItem.size} items (${contended} edited by several writers), ${deleted.length} deletions, ` +
        `${corrections.conflicts?.length ?? 0} outlet conflicts kept, ${wall} ms`,
    );
    expect(contended).toBeGreaterThan(0);
    expect(runs.map((r) => r.kills)).toEqual(runs.map(() => KILLS));
  }, 120_000);
});
