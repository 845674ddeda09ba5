import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'recoupe-cli-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built recoupe command', () => {
  it('exports a comparison with the bundled fonts, from its lazily loaded chunks', () => {
    const out = join(dir, 'demo.html');
    const env = { ...process.env };
    delete env.RECOUPE_RESOURCES;
    execFileSync(
      process.execPath,
      [
        join(root, 'out/cli/recoupe.js'),
        'export',
        join(root, 'resources/fictional-demo'),
        'reuters-barrage-malzac.txt',
        'sputnik-barrage-malzac.txt',
        '--html',
        out,
      ],
      { env, encoding: 'utf8' },
    );
    expect(readFileSync(out, 'utf8')).toContain('@font-face');
  });
});
