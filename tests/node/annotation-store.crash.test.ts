import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationsPath, parseAnnotationBytes } from '../../node/annotation-store';
import { LEFTOVER_AGE_MS, removeSaveLeftovers } from '../../node/state-file';
import { CRASH_ARTICLE } from '../helpers/annotation-crash-child';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const KILLS = 200;
/** Kills at most, on a machine too slow to save more than KILLS states in KILLS kills. */
const MAX_KILLS = 3 * KILLS;

let buildDir: string;
let child: string;
let root: string;
let dataDir: string;

beforeAll(async () => {
  // Bundled once, packages included, so that each of the 200 runs starts in plain Node in a few tens of ms.
  const base = await mkdtemp(join(tmpdir(), 'recoupe-crash-'));
  buildDir = join(base, 'build');
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: join(repoRoot, 'tests/helpers/annotation-crash-child.ts'),
      outDir: buildDir,
      target: 'node20',
      minify: false,
      rollupOptions: {
        treeshake: { moduleSideEffects: false },
        output: { entryFileNames: 'child.cjs', format: 'cjs' },
      },
    },
  });
  child = join(buildDir, 'child.cjs');
  root = join(base, 'folder');
  dataDir = join(base, 'data');
  await mkdir(root);
}, 60_000);

afterAll(async () => {
  if (buildDir) await rm(join(buildDir, '..'), { recursive: true, force: true });
});

/** The state number held by the notes file (0: no file yet), after checking that it parses and is complete. */
async function stateOnDisk(path: string): Promise<number> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!bytes) return 0;
  const outcome = parseAnnotationBytes(bytes, (id, sha) =>
    id === CRASH_ARTICLE.id && sha === CRASH_ARTICLE.sha256 ? CRASH_ARTICLE.text : undefined,
  );
  if (outcome.kind !== 'ok')
    throw new Error(
      `${path} is not a valid notes file after a kill: ${outcome.kind === 'bad' ? outcome.detail : 'missing'}`,
    );
  const n = Number(outcome.file.notes[0]!.text);
  expect(outcome.file.notes).toHaveLength((n % 7) + 1);
  expect(outcome.file.notes.every((note) => note.text === String(n))).toBe(true);
  return n;
}

/** Runs the child, kills it with SIGKILL after a random delay once it has loaded, returns the states it confirmed. */
function runAndKill(delayMs: number): Promise<{ ready: number; acked: number[]; stderr: string }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, root, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('ready')) timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    proc.on('error', fail);
    proc.on('exit', () => {
      if (timer) clearTimeout(timer);
      const lines = out.split('\n').filter(Boolean);
      const ready = Number(lines.find((l) => l.startsWith('ready'))?.slice(6) ?? NaN);
      done({ ready, acked: lines.filter((l) => /^\d+$/.test(l)).map(Number), stderr });
    });
  });
}

describe('crash safety', () => {
  it(`after at least ${KILLS} SIGKILLs at random moments the file always holds the previous or the new state`, async () => {
    let confirmed = 0;
    let sawMidWrite = 0;
    let run = 0;
    // Kills go on past KILLS until more than KILLS states were saved (a slow machine saves less between two kills).
    for (; run < KILLS || (confirmed <= KILLS && run < MAX_KILLS); run++) {
      const result = await runAndKill(Math.floor(Math.random() * 30));
      expect(result.stderr).toBe('');
      expect(result.ready).toBe(confirmed);
      const last = result.acked.at(-1) ?? confirmed;
      const onDisk = await stateOnDisk(annotationsPath(root));
      expect([last, last + 1]).toContain(onDisk);
      if (onDisk === last + 1) sawMidWrite++;
      if (result.acked.length > 0) await stateOnDisk(`${annotationsPath(root)}.bak`);
      confirmed = onDisk;
    }
    const names = await readdir(join(root, '.recoupe'));
    expect(names.filter((n) => n.includes('.corrupt-'))).toEqual([]);
    expect(confirmed).toBeGreaterThan(KILLS);
    const leftovers = names.filter((n) => !['annotations.json', 'annotations.json.bak'].includes(n));
    const removed = await removeSaveLeftovers(root, Date.now() + LEFTOVER_AGE_MS);
    expect(removed).toBe(leftovers.length);
    expect((await readdir(join(root, '.recoupe'))).sort()).toEqual([
      'annotations.json',
      'annotations.json.bak',
    ]);
    console.info(
      `crash safety: ${run} kills, ${confirmed} states saved, ${sawMidWrite} kills after a write reached disk unconfirmed, ${removed} temporary files left and removed at the next open`,
    );
  }, 300_000);
});
