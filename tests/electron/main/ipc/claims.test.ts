import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../../electron/main/ipc/handlers';
import { claimsStatePath } from '../../../../node/claims-state';
import { loadReportInput } from '../../../../node/export-report';
import { watchlistPath } from '../../../../node/watchlist';
import { lexiconPath } from '../../../../node/lexicon';
import type { ClaimCorrection } from '../../../../shared/claims/model';
import { ipcTestClient } from '../../../helpers/ipc';
import { stubServices } from '../../../helpers/services';

const FIXTURE = resolve(import.meta.dirname, '../../../fixtures/claims-story');
const FILES = ['a-gazette.txt', 'b-courrier.txt', 'c-echo.txt'];

let base: string;
let root: string;
let handlers: Handlers;
const { connect, send, call } = ipcTestClient();

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-claims-ipc-'));
  root = join(base, 'story');
  await cp(FIXTURE, root, { recursive: true });
  handlers = createHandlers(stubServices(base));
  connect(handlers);
});

afterEach(async () => {
  await handlers.dispose();
  await rm(base, { recursive: true, force: true });
});

describe('claims over IPC', () => {
  it('asks for an open folder first', async () => {
    const result = await send('getClaims', [FILES[0]]);
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_FOLDER' } });
  });

  it('matches the claims of the articles asked for, in their order, leaving names out', async () => {
    await call('openFolder', root);
    const view = await call('getClaims', FILES);
    expect(view.articles).toEqual(FILES);
    const firefighters = view.rows.find((r) => r.topic.startsWith('pompiers'));
    expect(firefighters?.articles).toEqual(FILES.slice(0, 2));
    expect(firefighters?.discrepancies).toContain('number-differs');
    expect(view.rows.find((r) => r.topic.startsWith('date') && r.articles.length === 3)).toBeTruthy();
    expect(view.claims.every((c) => !['person', 'place', 'organisation'].includes(c.kind))).toBe(true);
    const ids = new Set(view.claims.map((c) => c.id));
    expect(view.rows.flatMap((r) => r.claims).every((id) => ids.has(id))).toBe(true);
    const pair = await call('getClaims', [FILES[1]!, FILES[0]!]);
    expect(pair.articles).toEqual([FILES[1], FILES[0]]);
    expect(new Set(pair.claims.map((c) => c.articleId))).toEqual(new Set([FILES[0], FILES[1]]));
  });

  it('refuses ids outside the folder and names the unknown article', async () => {
    await call('openFolder', root);
    expect(await send('getClaims', ['../etc/passwd'])).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGS' },
    });
    expect(await send('getClaims', ['absent.txt'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', params: { name: 'absent.txt' } },
    });
  });

  it('saves a dismissal in .recoupe/claims.json, applies it, and survives a new session', async () => {
    await call('openFolder', root);
    const before = await call('getClaims', FILES);
    const row = before.rows.find((r) => r.discrepancies.includes('number-differs'))!;
    const saved = await call('correctClaim', {
      type: 'dismiss',
      claimId: row.claims[0]!,
      discrepancy: 'number-differs',
    });
    expect(saved).toHaveLength(1);
    const onDisk = JSON.parse(await readFile(claimsStatePath(root), 'utf8')) as {
      corrections: ClaimCorrection[];
    };
    expect(onDisk.corrections).toEqual(saved);

    await handlers.dispose();
    handlers = createHandlers(stubServices(base));
    connect(handlers);
    await call('openFolder', root);
    const after = await call('getClaims', FILES);
    const same = after.rows.find((r) => r.id === row.id)!;
    expect(same.discrepancies).not.toContain('number-differs');
    expect(same.dismissed).toEqual(['number-differs']);
    expect(after.corrections).toEqual(saved);

    expect(await call('setClaimCorrections', [])).toEqual([]);
    const restored = await call('getClaims', FILES);
    expect(restored.rows.find((r) => r.id === row.id)?.discrepancies).toContain('number-differs');
  });

  it('corrections and watched phrases saved from the app reach the export of a pair', async () => {
    await call('openFolder', root);
    const pair = await call('getClaims', FILES.slice(0, 2));
    const row = pair.rows.find((r) => r.discrepancies.includes('speaker-differs'))!;
    await call('correctClaim', { type: 'dismiss', claimId: row.claims[1]!, discrepancy: 'speaker-differs' });
    await call('setWatchlist', ['quai', 'ligne rouge']);
    const { input } = await loadReportInput({
      root,
      a: FILES[0]!,
      b: FILES[1]!,
      lang: 'en',
      appVersion: '0.0.0',
      dataDir: join(base, 'data'),
    });
    const exported = input.claims?.rows.find((r) => r.id === row.id);
    expect(exported?.discrepancies).not.toContain('speaker-differs');
    expect(exported?.dismissed).toEqual(['speaker-differs']);
    expect(input.claims?.phrases?.map((p) => p.phrase)).toEqual(['quai', 'ligne rouge']);
  });

  it('moves a claim to a row of its own and keeps two quick corrections', async () => {
    await call('openFolder', root);
    const view = await call('getClaims', FILES);
    const row = view.rows.find((r) => r.articles.length === 3)!;
    const moved = row.claims[2]!;
    await Promise.all([
      call('correctClaim', { type: 'move', claimId: moved, toClaimId: null }),
      call('correctClaim', { type: 'dismiss', claimId: row.claims[0]!, discrepancy: 'date-differs' }),
    ]);
    const after = await call('getClaims', FILES);
    expect(after.corrections).toHaveLength(2);
    expect(after.rows.find((r) => r.claims.includes(moved))?.claims).toEqual([moved]);
  });

  it('reports a damaged claims file left in place, then set aside by the next save, by its name in the folder', async () => {
    await call('openFolder', root);
    await call('correctClaim', { type: 'move', claimId: 'a-gazette.txt#quantity@1', toClaimId: null });
    await writeFile(claimsStatePath(root), '{ not json');
    const view = await call('getClaims', FILES);
    expect(view.corrections).toEqual([]);
    expect(view.notice).toEqual({ code: 'damaged', file: join('.recoupe', 'claims.json') });
    expect(await readFile(claimsStatePath(root), 'utf8')).toBe('{ not json');
    await call('correctClaim', { type: 'move', claimId: 'a-gazette.txt#quantity@1', toClaimId: null });
    const after = await call('getClaims', FILES);
    expect(after.notice?.code).toBe('moved-aside');
    expect(after.notice?.aside).toMatch(/^\.recoupe[/\\]claims\.json\.corrupt-/);
    expect(await readFile(join(root, after.notice!.aside!), 'utf8')).toBe('{ not json');
    expect((await call('getClaims', FILES)).notice).toBeUndefined();
  });

  it.skipIf(process.getuid?.() === 0)(
    'names the file when the folder state cannot be written (not as root)',
    async () => {
      await call('openFolder', root);
      await call('setWatchlist', ['ligne rouge']);
      await chmod(join(root, '.recoupe'), 0o500);
      try {
        const result = await send('setWatchlist', ['quai nord']);
        expect(result).toMatchObject({
          ok: false,
          error: {
            code: 'NOT_SAVED',
            notice: { code: 'state-read-only', params: { file: join(root, '.recoupe', 'watchlist.json') } },
          },
        });
      } finally {
        await chmod(join(root, '.recoupe'), 0o700);
      }
    },
  );

  it('finds a phrase across the folder with context, grouped by outlet with counts', async () => {
    await call('openFolder', root);
    const result = await call('findPhrase', 'ligne rouge');
    expect(result.hits.length).toBeGreaterThanOrEqual(2);
    expect(result.hits.some((h) => h.match === 'lignes rouges')).toBe(true);
    expect(Object.values(result.perOutlet).reduce((n, c) => n + c, 0)).toBe(result.hits.length);
    expect(result.hits.every((h) => h.left.length <= 70 && h.right.length <= 70)).toBe(true);
    expect(await send('findPhrase', '   ')).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
  });

  it('keeps the watched phrases in .recoupe/watchlist.json, "ligne rouge" by default', async () => {
    await call('openFolder', root);
    expect(await call('getWatchlist')).toEqual({ phrases: ['ligne rouge'], framing: [] });
    expect(await call('setWatchlist', ['ligne rouge', ' quai  nord ', 'LIGNE ROUGE'])).toEqual([
      'ligne rouge',
      'quai nord',
    ]);
    const onDisk = JSON.parse(await readFile(watchlistPath(root), 'utf8')) as { phrases: string[] };
    expect(onDisk.phrases).toEqual(['ligne rouge', 'quai nord']);
    expect(await call('getWatchlist')).toEqual({ phrases: ['ligne rouge', 'quai nord'], framing: [] });
    expect(await call('setWatchlist', [])).toEqual([]);
    expect(await call('getWatchlist')).toEqual({ phrases: [], framing: [] });
  });

  it('finds a watched phrase counted as framing, from .recoupe/lexicon.json, as a framing claim', async () => {
    await call('openFolder', root);
    const framingTexts = async () =>
      (await call('getClaims', FILES)).claims.filter((c) => c.kind === 'framing').map((c) => c.text);
    expect(await framingTexts()).not.toContain('ravagé');
    await call('setWatchlist', ['ravagé']);
    expect(await call('setFraming', 'ravagé', true)).toEqual(['ravagé']);
    expect(JSON.parse(await readFile(lexiconPath(root), 'utf8'))).toEqual({
      version: 1,
      entries: [{ phrase: 'ravagé', kind: 'framing' }],
    });
    expect(await call('getWatchlist')).toEqual({ phrases: ['ravagé'], framing: ['ravagé'] });
    expect(await framingTexts()).toContain('ravagé');
    expect(await call('setFraming', 'RAVAGE', false)).toEqual([]);
    expect(await framingTexts()).not.toContain('ravagé');
  });

  it('names a damaged lexicon.json in a notice and keeps the built-in lexicon', async () => {
    await call('openFolder', root);
    await mkdir(join(root, '.recoupe'), { recursive: true });
    await writeFile(lexiconPath(root), '{"version":1,"entries":[{"phrase":""}]}');
    const view = await call('getWatchlist');
    expect(view.lexiconNotice).toEqual({ code: 'damaged', file: '.recoupe/lexicon.json' });
    const claims = (await call('getClaims', FILES)).claims;
    expect(claims.filter((c) => c.kind === 'framing').map((c) => c.text)).toContain('ligne rouge');
  });
});
