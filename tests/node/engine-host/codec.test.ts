import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder, type FolderAnalysis } from '../../../node/analyze-folder';
import { packReuse, unpack, unpackReuse } from '../../../node/engine-host/codec';
import { PIECE_ITEMS, splitPieces } from '../../../node/engine-host/pieces';
import { engineTasks, pack, type TaskContext } from '../../../node/engine-host/tasks';
import { nullLogger } from '../../../node/logger';
import { folderRows } from '../../../node/folder-rows';
import { writeHarbourFolder } from '../../helpers/harbour-folder';

let base: string;
let analysis: FolderAnalysis;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-codec-'));
  await writeHarbourFolder(base, 40, 3);
  analysis = await analyzeFolder(base);
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('a folder analysis as it travels between threads', () => {
  it('carries the reuse figures as typed arrays over an id table, and gives them back equal', () => {
    expect(analysis.reuse.length).toBeGreaterThan(40);
    const packed = packReuse(analysis.reuse);
    expect(packed.refs).toBeInstanceOf(Uint32Array);
    expect(packed.shares).toBeInstanceOf(Float64Array);
    expect(packed.ids.length).toBeLessThanOrEqual(analysis.articles.length);
    // Each distinct evidence list sent once, however many figures share it.
    const lists = new Set(analysis.reuse.map((f) => JSON.stringify(f.evidence)));
    expect(packed.evidence).toHaveLength(lists.size);
    expect(lists.size).toBeLessThan(analysis.reuse.length);
    expect(unpackReuse(packed)).toEqual(analysis.reuse);
  });

  it('sends the articles once and the folder view’s rows with them, computed where the analysis ran', () => {
    const packed = pack(analysis);
    expect(packed.articles).toBeNull();
    expect(packed.rows).toEqual(folderRows(analysis));
    // The structured clone a worker's message goes through, then the decoding on the receiving side.
    const received = unpack(structuredClone(packed));
    expect(received.analysis).toEqual(analysis);
    expect(received.rows).toEqual(folderRows(analysis));
  });

  it('sends an article an outlet correction changed besides the one read', () => {
    const corrected = analysis.articles.map((a, i) =>
      i === 3 ? { ...a, outlet: { id: 'ap', name: 'AP', source: 'user' as const } } : a,
    );
    const packed = pack({ ...analysis, articles: corrected });
    expect(packed.articles!.filter((a) => a !== null)).toHaveLength(1);
    expect(unpack(structuredClone(packed)).analysis.articles).toEqual(corrected);
  });

  it('sends the claims of many articles in pieces, not in one message the host would read in one turn', async () => {
    const context: TaskContext = {
      signal: new AbortController().signal,
      progress: () => {},
      logger: nullLogger,
    };
    const wire = await engineTasks.extractClaims.run({ articles: analysis.articles }, context);
    const { fields, pieces } = splitPieces(wire);
    expect(fields).toEqual(['claims']);
    expect(pieces).toHaveLength(Math.ceil(analysis.articles.length / PIECE_ITEMS));
    expect(engineTasks.extractClaims.decode(wire)).toHaveLength(analysis.articles.length);
  });
});
