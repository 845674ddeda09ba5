import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint rules that keep the architecture', () => {
  const importElectron = "import { app } from 'electron';\nexport const name = app.getName();\n";
  const importIpcMain = "import { ipcMain } from 'electron';\nexport const m = ipcMain;\n";

  it.each([
    'shared/compare/example.ts',
    'node/example.ts',
    'cli/example.ts',
    'electron/main/ipc/folder-example.ts',
  ])('refuses an electron import in %s', async (file) => {
    expect(await ruleIds(importElectron, file)).toContain('no-restricted-imports');
  });

  it('allows electron in the main process and the preload', async () => {
    expect(await ruleIds(importElectron, 'electron/main/window-example.ts')).toEqual([]);
    expect(await ruleIds(importElectron, 'electron/preload/example.ts')).toEqual([]);
  });

  it('allows ipcMain only in the registration file', async () => {
    expect(await ruleIds(importIpcMain, 'electron/main/window-example.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds(importIpcMain, 'electron/main/ipc/register.ts')).toEqual([]);
  });

  it('flags raw text in a component and accepts translated text', async () => {
    const raw = 'export function Hello() {\n  return <p>Open a folder</p>;\n}\n';
    const translated =
      "import { useTranslation } from 'react-i18next';\nexport function Hello() {\n  const { t } = useTranslation();\n  return <p>{t('shell.openFolder')}</p>;\n}\n";
    expect(await ruleIds(raw, 'renderer/src/components/Hello.tsx')).toContain('i18next/no-literal-string');
    expect(await ruleIds(translated, 'renderer/src/components/Hello.tsx')).toEqual([]);
  });
});
