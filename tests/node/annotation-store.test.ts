import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ANNOTATIONS_FILE,
  AnnotationStore,
  MAX_ANNOTATIONS_BYTES,
  annotationsPath,
  dataDirAnnotationsPath,
  nodeAnnotationFs,
  type AnnotationFs,
  type AnnotationStoreOptions,
} from '../../node/annotation-store';
import { anchorSpan, type AnchorText } from '../../shared/notes/anchor';
import type { AnnotationFile, Note } from '../../shared/notes/model';
import { applyNoteOp } from '../../shared/notes/ops';
import { toW3c } from '../../shared/notes/w3c';

const TEXT = 'Le port de Valbrume ferme son quai nord 🚢 en mars, selon la mairie. Les dockers protestent.';
const ARTICLE: AnchorText = { id: 'valbrume.txt', sha256: 'c'.repeat(64), text: TEXT };
const T0 = '2026-03-01T09:00:00.000Z';

let root: string;
let dataDir: string;

beforeEach(async () => {
  const base = await mkdtemp(join(tmpdir(), 'recoupe-notes-'));
  root = join(base, 'folder');
  dataDir = join(base, 'data');
  await mkdir(root);
});

afterEach(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

/** A note on `quote` in the test article. */
function note(id: string, quote = 'quai nord', text = ''): Note {
  const start = TEXT.indexOf(quote);
  return {
    id,
    created: T0,
    modified: T0,
    tag: 'omission',
    text,
    targets: [anchorSpan(ARTICLE, [start, start + quote.length])],
  };
}

/** Opens the store on the test folder. */
function open(options: Partial<AnnotationStoreOptions> = {}): Promise<AnnotationStore> {
  return AnnotationStore.open({ root, dataDir, articles: [ARTICLE], debounceMs: 10, ...options });
}

/** The store's file with one more note. */
function withNote(store: AnnotationStore, id: string, quote?: string): AnnotationFile {
  return applyNoteOp(store.file, { type: 'add', note: note(id, quote) });
}

/** The JSON a store would write for `file`. */
function fileJson(file: AnnotationFile): string {
  return `${JSON.stringify(
    toW3c(file, () => TEXT),
    null,
    2,
  )}\n`;
}

/** Ids of the notes in a saved file. */
async function savedIds(path = annotationsPath(root)): Promise<string[]> {
  const json = JSON.parse(await readFile(path, 'utf8')) as { items: { id: string }[] };
  return json.items.map((i) => i.id);
}

/** An fs whose writes under the folder fail with `code` (the tests run as root, so chmod would not do). */
function failingWrites(code: string): AnnotationFs {
  const fail = async (path: string): Promise<void> => {
    if (path.startsWith(root)) throw Object.assign(new Error(`${code}: ${path}`), { code });
  };
  return {
    ...nodeAnnotationFs,
    writeFileAtomic: async (path, data) => {
      await fail(path);
      return nodeAnnotationFs.writeFileAtomic(path, data);
    },
    mkdir: async (path) => {
      await fail(path);
      return nodeAnnotationFs.mkdir(path);
    },
    rename: async (from, to) => {
      await fail(from);
      return nodeAnnotationFs.rename(from, to);
    },
  };
}

describe('saving', () => {
  it('starts empty, writes W3C JSON atomically and keeps the previous version as .bak', async () => {
    const store = await open();
    expect(store.report).toMatchObject({ source: 'new', location: 'folder', problems: [] });
    store.replace(withNote(store, 'n1'));
    await store.flush();
    expect(await savedIds()).toEqual(['n1']);
    await expect(stat(`${annotationsPath(root)}.bak`)).rejects.toThrow();
    store.replace(withNote(store, 'n2'));
    await store.flush();
    expect(await savedIds()).toEqual(['n1', 'n2']);
    expect(await savedIds(`${annotationsPath(root)}.bak`)).toEqual(['n1']);
    expect((await readdir(join(root, '.recoupe'))).sort()).toEqual([
      ANNOTATIONS_FILE,
      `${ANNOTATIONS_FILE}.bak`,
    ]);
  });

  it('stores positions in code points (the emoji counts once)', async () => {
    const store = await open();
    store.replace(withNote(store, 'n1', 'en mars'));
    await store.close();
    const json = JSON.parse(await readFile(annotationsPath(root), 'utf8')) as {
      items: { target: { selector: { type: string; start?: number }[] }[] }[];
    };
    const position = json.items[0]!.target[0]!.selector.find((s) => s.type === 'TextPositionSelector')!;
    expect(position.start).toBe(TEXT.indexOf('en mars') - 1);
    const again = await open();
    expect(again.file.notes[0]!.targets[0]!.span[0]).toBe(TEXT.indexOf('en mars'));
  });

  it('debounces saves and flushes on close', async () => {
    let writes = 0;
    const fs: AnnotationFs = {
      ...nodeAnnotationFs,
      writeFileAtomic: (path, data) => {
        if (!path.endsWith('.bak')) writes++;
        return nodeAnnotationFs.writeFileAtomic(path, data);
      },
    };
    const store = await open({ fs, debounceMs: 10_000 });
    for (const id of ['a', 'b', 'c', 'd']) store.replace(withNote(store, id));
    expect(writes).toBe(0);
    expect(store.dirty).toBe(true);
    await store.close();
    expect(writes).toBe(1);
    expect(await savedIds()).toEqual(['a', 'b', 'c', 'd']);
    expect(() => store.replace(store.file)).toThrow(/closed/);
  });

  it('saves on its own after the debounce delay', async () => {
    const store = await open({ debounceMs: 5 });
    store.replace(withNote(store, 'n1'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.flush();
    expect(await savedIds()).toEqual(['n1']);
    expect(store.dirty).toBe(false);
  });

  it('merges a file changed on disk by note id instead of overwriting it', async () => {
    let external: AnnotationFile | null = null;
    const mine = await open({ onExternalChange: (file) => (external = file) });
    mine.replace(withNote(mine, 'shared-1'));
    mine.replace(withNote(mine, 'shared-2'));
    await mine.flush();
    const other = await open();
    other.replace(applyNoteOp(withNote(other, 'theirs'), { type: 'delete', id: 'shared-2' }));
    await other.close();
    mine.replace(withNote(mine, 'mine'));
    await mine.flush();
    expect(await savedIds()).toEqual(['shared-1', 'mine', 'theirs']);
    expect(external!.notes.map((n) => n.id)).toEqual(['shared-1', 'mine', 'theirs']);
    expect(mine.file.tombstones.map((t) => t.id)).toEqual(['shared-2']);
    expect(await savedIds(`${annotationsPath(root)}.bak`)).toEqual(['shared-1', 'theirs']);
  });

  it('reports a save it cannot make, naming the file, and keeps the notes', async () => {
    const fs: AnnotationFs = {
      ...nodeAnnotationFs,
      writeFileAtomic: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    const store = await open({ fs });
    store.replace(withNote(store, 'n1'));
    await expect(store.flush()).rejects.toThrow(annotationsPath(root));
    expect(store.dirty).toBe(true);
    expect(store.notices.at(-1)).toMatchObject({ code: 'save-failed', file: annotationsPath(root) });
    expect(store.file.notes).toHaveLength(1);
  });
});

describe('re-anchoring on load', () => {
  it('a renamed article keeps its notes', async () => {
    const store = await open();
    store.replace(withNote(store, 'n1'));
    await store.close();
    const renamed = await open({ articles: [{ ...ARTICLE, id: 'archive/valbrume.txt' }] });
    expect(renamed.file.notes[0]!.targets[0]).toMatchObject({
      article: 'archive/valbrume.txt',
      status: 'anchored',
    });
    expect(renamed.dirty).toBe(true);
    await renamed.close();
  });

  it('a changed article re-anchors its notes or orphans them, and says so', async () => {
    const store = await open();
    store.replace(withNote(withNoteStore(store, 'kept'), 'lost', 'Les dockers protestent'));
    await store.close();
    const edited: AnchorText = {
      id: ARTICLE.id,
      sha256: 'd'.repeat(64),
      text: `Mise à jour. ${TEXT.replace('Les dockers protestent.', '')}`,
    };
    const again = await open({ articles: [edited] });
    expect(again.report.reanchored).toEqual({ reanchored: 1, orphaned: 1, renamed: 0 });
    const [kept, lost] = again.file.notes;
    expect(kept!.targets[0]).toMatchObject({ status: 're-anchored', sha256: edited.sha256 });
    expect(edited.text.slice(...kept!.targets[0]!.span)).toBe('quai nord');
    expect(lost!.targets[0]).toMatchObject({
      status: 'orphaned',
      quote: { exact: 'Les dockers protestent' },
    });
    await again.close();
    const third = await open({ articles: [edited] });
    expect(third.file.notes.map((n) => n.targets[0]!.status)).toEqual(['re-anchored', 'orphaned']);
  });
});

/** Adds a note through the store (helper for chained setups). */
function withNoteStore(store: AnnotationStore, id: string): AnnotationStore {
  store.replace(withNote(store, id));
  return store;
}

describe('damaged files', () => {
  const cases: [string, () => Promise<void> | void, string][] = [
    [
      'truncated JSON',
      () => writeFile(annotationsPath(root), fileJson(validFile()).slice(0, 120)),
      'invalid-json',
    ],
    [
      'a future schema version',
      () =>
        writeFile(
          annotationsPath(root),
          fileJson(validFile()).replace('"recoupe:schemaVersion": 1', '"recoupe:schemaVersion": 7'),
        ),
      'future-version',
    ],
    [
      '__proto__ keys',
      () =>
        writeFile(
          annotationsPath(root),
          fileJson(validFile()).replace('"total"', '"__proto__": { "polluted": true },\n  "total"'),
        ),
      'unsafe-keys',
    ],
    [
      'binary bytes',
      () => writeFile(annotationsPath(root), Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47])),
      'not-utf8',
    ],
    [
      'a 50 MB file',
      () => writeFile(annotationsPath(root), Buffer.alloc(50 * 1024 * 1024, 0x20)),
      'too-large',
    ],
    [
      'valid JSON of another shape',
      () => writeFile(annotationsPath(root), '{"notes": []}'),
      'invalid-schema',
    ],
  ];

  /** A valid file with one note. */
  function validFile(): AnnotationFile {
    return applyNoteOp(
      { schemaVersion: 1, notes: [], tombstones: [], tags: [] },
      { type: 'add', note: note('good') },
      T0,
    );
  }

  for (const [name, damage, kind] of cases) {
    it(`${name}: reported and left in place on reading, set aside only by a save, with a notice naming both files`, async () => {
      await mkdir(join(root, '.recoupe'));
      await damage();
      const before = await readFile(annotationsPath(root));
      const store = await open({ now: () => new Date('2026-03-02T08:00:00.000Z') });
      expect(store.report.problems[0]).toMatchObject({ file: annotationsPath(root), kind });
      expect(store.report.source).toBe('empty');
      expect(store.file.notes).toEqual([]);
      expect(store.notices[0]).toMatchObject({ code: 'damaged', problem: kind, file: annotationsPath(root) });
      expect(store.notices[0]!.message).toContain('left as it is');
      expect(store.notices[0]!.message).toContain('started with no notes');
      expect(await readdir(join(root, '.recoupe'))).toEqual([ANNOTATIONS_FILE]);
      expect((await readFile(annotationsPath(root))).equals(before)).toBe(true);
      store.replace(withNote(store, 'new'));
      await store.close();
      const aside = `${annotationsPath(root)}.corrupt-2026-03-02T08-00-00-000Z`;
      if (kind === 'future-version') {
        expect(store.location).toBe('data-dir');
        expect((await readFile(annotationsPath(root))).equals(before)).toBe(true);
        expect(await readdir(join(root, '.recoupe'))).toEqual([ANNOTATIONS_FILE]);
      } else {
        expect((await readFile(aside)).equals(before)).toBe(true);
        expect(await savedIds()).toEqual(['new']);
        const moved = store.notices.at(-1)!;
        expect(moved).toMatchObject({
          code: 'moved-aside',
          problem: kind,
          file: annotationsPath(root),
          aside,
        });
        expect(moved.message).toContain(annotationsPath(root));
        expect(moved.message).toContain(aside);
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('starts from the .bak when the file is damaged', async () => {
    const store = await open();
    store.replace(withNote(store, 'n1'));
    await store.flush();
    store.replace(withNote(store, 'n2'));
    await store.close();
    await writeFile(annotationsPath(root), '{"@context": "http://www.w3.org/ns/anno.jsonld", "items": [');
    const again = await open();
    expect(again.report.source).toBe('backup');
    expect(again.file.notes.map((n) => n.id)).toEqual(['n1']);
    expect(again.notices[0]!.message).toContain(
      `previous version of your notes, ${annotationsPath(root)}.bak`,
    );
    again.replace(withNote(again, 'n3'));
    await again.close();
    expect(await savedIds()).toEqual(['n1', 'n3']);
  });

  it('leaves a damaged .bak in place too and starts empty; a save sets aside only the file it replaces', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(annotationsPath(root), '{');
    await writeFile(`${annotationsPath(root)}.bak`, '[');
    const store = await open();
    expect(store.report.source).toBe('empty');
    expect(store.report.problems.map((p) => p.file)).toEqual([
      annotationsPath(root),
      `${annotationsPath(root)}.bak`,
    ]);
    expect((await readdir(join(root, '.recoupe'))).sort()).toEqual([
      ANNOTATIONS_FILE,
      `${ANNOTATIONS_FILE}.bak`,
    ]);
    store.replace(withNote(store, 'n1'));
    await store.close();
    const names = await readdir(join(root, '.recoupe'));
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
    expect(await readFile(`${annotationsPath(root)}.bak`, 'utf8')).toBe('[');
  });

  it('a file damaged on disk while open is moved aside before saving', async () => {
    const store = await open();
    store.replace(withNote(store, 'n1'));
    await store.flush();
    await writeFile(annotationsPath(root), 'garbage');
    store.replace(withNote(store, 'n2'));
    await store.flush();
    expect(await savedIds()).toEqual(['n1', 'n2']);
    const aside = (await readdir(join(root, '.recoupe'))).find((n) => n.includes('.corrupt-'))!;
    expect(await readFile(join(root, '.recoupe', aside), 'utf8')).toBe('garbage');
    expect(store.notices.at(-1)).toMatchObject({ code: 'moved-aside', file: annotationsPath(root) });
    expect(store.notices.at(-1)!.message).toContain(join(root, '.recoupe', aside));
  });

  it('the CLI mode only reports: nothing moved, nothing written', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(annotationsPath(root), '{');
    const store = await open({ readOnly: true });
    expect(store.report.problems[0]).toMatchObject({ kind: 'invalid-json' });
    expect(await readdir(join(root, '.recoupe'))).toEqual([ANNOTATIONS_FILE]);
  });

  it('a file that cannot be read is left alone and never written over', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(annotationsPath(root), fileJson(validFile()));
    const fs: AnnotationFs = {
      ...failingWrites('EACCES'),
      readFile: async (path) => {
        if (path === annotationsPath(root)) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return nodeAnnotationFs.readFile(path);
      },
    };
    const store = await open({ fs });
    expect(store.location).toBe('data-dir');
    expect(store.report.problems[0]).toMatchObject({ kind: 'unreadable' });
    expect(store.notices.map((n) => [n.code, n.problem])).toEqual([
      ['damaged', 'unreadable'],
      ['read-only', undefined],
    ]);
    expect(store.notices[0]!.message).toContain('permissions');
    store.replace(withNote(store, 'n1'));
    await store.close();
    expect(await savedIds()).toEqual(['good']);
    expect(await savedIds(dataDirAnnotationsPath(dataDir, root))).toEqual(['n1']);
  });

  it('refuses files over the size limit before reading them', () => {
    expect(MAX_ANNOTATIONS_BYTES).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('read-only folders', () => {
  for (const code of ['EACCES', 'EROFS', 'EPERM']) {
    it(`${code}: notes go to the app's data folder, and the user is told`, async () => {
      const store = await open({ fs: failingWrites(code) });
      store.replace(withNote(store, 'n1'));
      await store.flush();
      expect(store.location).toBe('data-dir');
      expect(store.path).toBe(dataDirAnnotationsPath(dataDir, root));
      const notice = store.notices.find((n) => n.code === 'read-only')!;
      expect(notice.message).toContain(root);
      expect(notice.message).toContain(store.path);
      expect(await savedIds(store.path)).toEqual(['n1']);
      await expect(stat(annotationsPath(root))).rejects.toThrow();
      store.replace(withNote(store, 'n2'));
      await store.close();
      expect(await savedIds(store.path)).toEqual(['n1', 'n2']);
    });
  }

  it('reopened read-only, the notes are found in the data folder', async () => {
    const store = await open({ fs: failingWrites('EROFS') });
    store.replace(withNote(store, 'n1'));
    await store.close();
    const again = await open({ fs: failingWrites('EROFS') });
    expect(again.file.notes.map((n) => n.id)).toEqual(['n1']);
    await again.close();
    expect(again.location).toBe('data-dir');
  });

  it('once writable again, the notes move back into the folder', async () => {
    const store = await open({ fs: failingWrites('EACCES') });
    store.replace(withNote(store, 'n1'));
    await store.close();
    const again = await open();
    expect(again.file.notes.map((n) => n.id)).toEqual(['n1']);
    expect(again.notices.map((n) => n.code)).toEqual(['merged']);
    await again.close();
    expect(await savedIds()).toEqual(['n1']);
    await expect(stat(dataDirAnnotationsPath(dataDir, root))).rejects.toThrow();
  });

  it('a .recoupe link pointing outside the folder is not written through', async () => {
    const outside = join(root, '..', 'elsewhere');
    await mkdir(outside);
    await symlink(outside, join(root, '.recoupe'));
    const store = await open();
    expect(store.location).toBe('data-dir');
    expect(store.notices[0]).toMatchObject({ code: 'linked', file: annotationsPath(root) });
    store.replace(withNote(store, 'n1'));
    await store.close();
    expect(await readdir(outside)).toEqual([]);
    expect(await savedIds(dataDirAnnotationsPath(dataDir, root))).toEqual(['n1']);
  });

  it('a .recoupe link pointing inside the folder is refused as well', async () => {
    await mkdir(join(root, 'inside'));
    await symlink(join(root, 'inside'), join(root, '.recoupe'));
    const store = await open();
    expect(store.location).toBe('data-dir');
    expect(store.notices[0]!.code).toBe('linked');
    store.replace(withNote(store, 'n1'));
    await store.close();
    expect(await readdir(join(root, 'inside'))).toEqual([]);
  });

  it('a linked annotations.json is neither read nor written through', async () => {
    const elsewhere = join(root, '..', 'notes.json');
    await mkdir(join(root, '.recoupe'));
    const other = await open({ root: join(root, '..'), dataDir: join(dataDir, 'other') });
    other.replace(withNote(other, 'theirs'));
    await other.close();
    await writeFile(elsewhere, await readFile(annotationsPath(join(root, '..'))));
    const before = await readFile(elsewhere, 'utf8');
    await symlink(elsewhere, annotationsPath(root));
    const store = await open();
    expect(store.file.notes).toEqual([]);
    expect(store.notices[0]).toMatchObject({ code: 'linked', file: annotationsPath(root) });
    store.replace(withNote(store, 'n1'));
    await store.close();
    expect(await readFile(elsewhere, 'utf8')).toBe(before);
    expect(await savedIds(dataDirAnnotationsPath(dataDir, root))).toEqual(['n1']);
  });

  it('a .recoupe turned into a link while open is not written through: notes go to the data folder', async () => {
    const store = await open();
    store.replace(withNote(store, 'n1'));
    await store.flush();
    const outside = join(root, '..', 'elsewhere');
    await mkdir(outside);
    await rm(join(root, '.recoupe'), { recursive: true });
    await symlink(outside, join(root, '.recoupe'));
    store.replace(withNote(store, 'n2'));
    await store.close();
    expect(await readdir(outside)).toEqual([]);
    expect(store.location).toBe('data-dir');
    expect(store.notices.at(-1)!.code).toBe('linked');
    expect(await savedIds(dataDirAnnotationsPath(dataDir, root))).toEqual(['n1', 'n2']);
  });
});
