import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../../node/find-chrome';
import { loadReportFont, reportFontDir } from '../../node/report-font';

describe('loadReportFont', () => {
  it('loads the bundled DejaVu Serif Condensed faces (regular, bold, italic) as TrueType base64', async () => {
    const font = await loadReportFont();
    expect(font.faces.map((f) => `${f.weight} ${f.style}`)).toEqual([
      '400 normal',
      '700 normal',
      '400 italic',
    ]);
    for (const face of font.faces)
      expect(Buffer.from(face.base64, 'base64').readUInt32BE(0)).toBe(0x00010000);
    expect(reportFontDir({})).toMatch(/resources[\\/]fonts$/);
  });

  it('finds the bundled fonts from a lazily loaded CLI chunk three folders below the package (out/cli/assets/)', () => {
    const packageRoot = join(import.meta.dirname, '../..');
    expect(reportFontDir({}, join(packageRoot, 'out/cli/assets'))).toBe(join(packageRoot, 'resources/fonts'));
    expect(reportFontDir({}, join(packageRoot, 'out/main'))).toBe(join(packageRoot, 'resources/fonts'));
  });

  it('names the missing file and how to restore it', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'recoupe-fonts-'));
    try {
      await expect(loadReportFont(empty)).rejects.toThrow(
        /DejaVuSerifCondensed\.ttf cannot be read .*Reinstall Recoupe/,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('findChrome', () => {
  it('refuses a CHROME_PATH that does not exist, naming it', () => {
    expect(() => findChrome({ CHROME_PATH: '/nowhere/chrome' })).toThrow(
      'CHROME_PATH is set to /nowhere/chrome, which does not exist.',
    );
  });
});
