import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The folders the README's architecture table names in its first column (`electron/main/`, `shared/report/`…). */
function mappedFolders(): string[] {
  const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('**Typed IPC.**'));
  const cells = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|')[1] ?? '');
  return cells.flatMap((cell) => [...cell.matchAll(/`([^`]+\/)`/g)].map((m) => m[1]!));
}

/** The top-level folders of the repository, leaving out what .gitignore lists (build output, node_modules). */
function topLevelFolders(): string[] {
  const ignored = new Set(
    readFileSync(join(root, '.gitignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim().replace(/^\//, '').replace(/\/$/, ''))
      .filter(Boolean),
  );
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith('.') && !ignored.has(e.name))
    .map((e) => e.name)
    .sort();
}

describe("the README's architecture map", () => {
  it('names only folders that exist', () => {
    const folders = mappedFolders();
    expect(folders.length).toBeGreaterThan(10);
    const missing = folders.filter(
      (f) => !existsSync(join(root, f)) || !statSync(join(root, f)).isDirectory(),
    );
    expect(missing).toEqual([]);
  });

  it('names every top-level folder', () => {
    const named = new Set(mappedFolders().map((f) => f.split('/')[0]));
    expect(topLevelFolders().filter((f) => !named.has(f))).toEqual([]);
  });
});
