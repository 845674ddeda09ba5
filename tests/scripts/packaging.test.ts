import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { FUSES, electronExecutable } = require(resolve(root, 'build/after-pack.cjs')) as {
  FUSES: Record<string, unknown>;
  electronExecutable: (context: unknown) => string;
};
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };

describe('packaging', () => {
  it('flips the security fuses', () => {
    expect(FUSES[String(FuseV1Options.RunAsNode)]).toBe(false);
    expect(FUSES[String(FuseV1Options.EnableNodeOptionsEnvironmentVariable)]).toBe(false);
    expect(FUSES[String(FuseV1Options.EnableNodeCliInspectArguments)]).toBe(false);
    expect(FUSES[String(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)]).toBe(true);
    expect(FUSES[String(FuseV1Options.OnlyLoadAppFromAsar)]).toBe(true);
  });

  it('finds the packaged executable on each platform', () => {
    const context = (platform: string) => ({
      electronPlatformName: platform,
      appOutDir: '/o',
      packager: { appInfo: { productFilename: 'Recoupe' }, executableName: 'recoupe' },
    });
    expect(electronExecutable(context('darwin'))).toBe('/o/Recoupe.app');
    expect(electronExecutable(context('win32'))).toBe('/o/Recoupe.exe');
    expect(electronExecutable(context('linux'))).toBe('/o/recoupe');
  });

  it('packages only out/ and resources/, with the fuses hook and every target', () => {
    const yml = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^productName: Recoupe$/m);
    expect(yml).toMatch(/^afterPack: build\/after-pack\.cjs$/m);
    for (const target of ['AppImage', 'deb', 'nsis', 'dmg']) expect(yml).toContain(`- ${target}`);
    const files = yml.split('files:')[1]?.split(/\n\w/)[0] ?? '';
    expect(files).toContain('out/**/*');
    expect(files).toContain('resources/**/*');
    expect(files).toContain("'!out/cli/**/*'");
    expect(files).toContain("'!node_modules/playwright-core/**/*'");
  });

  it('keeps renderer-only packages out of the runtime dependencies (the renderer is bundled)', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of [
      'react',
      'react-dom',
      'react-i18next',
      'i18next',
      '@tanstack/react-virtual',
      'dompurify',
    ])
      expect(Object.keys(pkg.dependencies)).not.toContain(name);
    expect(Object.keys(pkg.dependencies)).toContain('playwright-core');
  });
});
