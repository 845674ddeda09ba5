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

  it.each([
    "import { extractClaims } from '../../../shared/claims/extract';",
    "import { matchClaims } from '../../../shared/claims/match';",
    "import { buildConcordance } from '../../../shared/claims/concordance';",
    "import { compare } from '../../../shared/compare/compare';",
    "import { collateStory } from '../../../shared/story/collate';",
    "import { groupStories } from '../../../shared/article/stories';",
    "import { words } from '../../../shared/text/tokenize';",
    "import { renderComparisonReport } from '../../../shared/report/render';",
    "import { analyzeFolder } from '../../../node/analyze-folder';",
    "import { scanFolder } from '../../../node/scan-folder';",
    "import { readArticleFile } from '../../../node/read-article';",
    "import { extractHtml } from '../../../node/extract-html';",
    "import { analyzeStory } from '../../../node/story-analysis';",
    "import { engineTasks } from '../../../node/engine-host/tasks';",
  ])('refuses an engine import in an IPC handler: %s', async (line) => {
    expect(
      await ruleIds(
        `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`,
        'electron/main/ipc/example.ts',
      ),
    ).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('lets an IPC handler import engine types, the engine host and file naming', async () => {
    const code = [
      "import type { Claim } from '../../../shared/claims/model';",
      "import type { Comparison } from '../../../shared/compare/types';",
      "import { isAbortError } from '../../../node/engine-host/host';",
      "import type { TaskOutput } from '../../../node/engine-host/tasks';",
      "import { suggestExportName } from '../../../shared/report/file-name';",
      "import { suggestStoryExportName } from '../../../shared/story/export-options';",
      'export type Used = [Claim, Comparison, TaskOutput<"extractClaims">];',
      'export const used = [isAbortError, suggestExportName, suggestStoryExportName];',
      '',
    ].join('\n');
    expect(await ruleIds(code, 'electron/main/ipc/example.ts')).toEqual([]);
  });

  it('finds no engine import in the IPC handlers as they are', async () => {
    const results = await eslint.lintFiles(['electron/main/ipc/*.ts']);
    const engine = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
        .map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(engine).toEqual([]);
  });

  it('flags raw text in a component and accepts translated text', async () => {
    const raw = 'export function Hello() {\n  return <p>Open a folder</p>;\n}\n';
    const translated =
      "import { useTranslation } from 'react-i18next';\nexport function Hello() {\n  const { t } = useTranslation();\n  return <p>{t('shell.openFolder')}</p>;\n}\n";
    expect(await ruleIds(raw, 'renderer/src/components/Hello.tsx')).toContain('i18next/no-literal-string');
    expect(await ruleIds(translated, 'renderer/src/components/Hello.tsx')).toEqual([]);
  });
});
