import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nullLogger } from '../../node/logger';
import { DEFAULT_LAYOUT } from '../../shared/ipc/layout';
import { SettingsStore } from '../../node/settings-store';

describe('settings store', () => {
  it('persists updates atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recoupe-settings-'));
    await new SettingsStore(dir, 'en-US', nullLogger).update({ theme: 'dark', zoom: 1.2 });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
      zoom: 1.2,
    });
    expect(await new SettingsStore(dir, 'en-US', nullLogger).load()).toMatchObject({
      theme: 'dark',
      language: 'en',
    });
  });

  it('remembers the layout, and drops a layout it cannot use without losing the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recoupe-settings-'));
    const layout = { ...DEFAULT_LAYOUT, sidebarWidth: 300, panel: false, summaryOpen: false };
    await new SettingsStore(dir, 'en-US', nullLogger).update({ layout, theme: 'dark' });
    expect((await new SettingsStore(dir, 'en-US', nullLogger).load()).layout).toEqual(layout);
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ theme: 'dark', layout: { ...layout, sidebarWidth: 5000 } }),
    );
    const reread = await new SettingsStore(dir, 'en-US', nullLogger).load();
    expect(reread.layout).toBeUndefined();
    expect(reread.theme).toBe('dark');
  });

  it('keeps every one of several updates made at the same moment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recoupe-settings-'));
    const store = new SettingsStore(dir, 'en-US', nullLogger);
    await Promise.all([
      store.update({ theme: 'dark' }),
      store.update({ language: 'fr' }),
      store.update({ zoom: 1.5 }),
    ]);
    const reread = await new SettingsStore(dir, 'en-US', nullLogger).load();
    expect(reread).toMatchObject({ theme: 'dark', language: 'fr', zoom: 1.5 });
  });

  it('sets a damaged file aside and starts from defaults', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'recoupe-settings-'));
    await writeFile(join(dir, 'settings.json'), '{"theme": "dark",');
    expect(await new SettingsStore(dir, 'fr-CA', nullLogger).load()).toEqual({
      theme: 'system',
      language: 'fr',
      zoom: 1,
      recentFolders: [],
    });
    expect((await readdir(dir)).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});
