import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type Handlers } from '../../../../electron/main/ipc/handlers';
import { loadReportFont } from '../../../../node/report-font';
import { compare } from '../../../../shared/compare/compare';
import { applyCorrections } from '../../../../shared/compare/corrections';
import { buildReportInput } from '../../../../shared/report/build-input';
import { resolveReportOptions } from '../../../../shared/report/options';
import { renderComparisonReport } from '../../../../shared/report/render';
import type { TextEquivalence } from '../../../../shared/text/fold';
import { ipcTestClient } from '../../../helpers/ipc';
import { stubServices } from '../../../helpers/services';

const GAZETTE =
  ' date 2026-03 VALBRUME (Gazette du Port) - Le conseil a voté la fermeture du quai nord.\n\nQuelque 340 dockers sont concernés, dit le syndicat.\n';
const COURRIER =
  ' date 2026-03 VALBRUME (Courrier des Quais) - Le Conseil a voté la fermeture du Quai Nord !\n\nQuelque 340 dockers sont concernés dit le syndicat.\n\nLe port rouvrira en mai.\n';
const EXPORTED_AT = new Date('2026-04-01T10:00:00.000Z');
const OPTIONS = resolveReportOptions({ lang: 'fr' });
const NO_EQUIVALENCE: TextEquivalence = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreTypography: false,
};
const LOOSE: TextEquivalence = { ignoreCase: true, ignorePunctuation: true, ignoreTypography: true };

let base: string;
let root: string;
let target: string;
let handlers: Handlers;
const { connect, call } = ipcTestClient();

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(EXPORTED_AT);
  base = await mkdtemp(join(tmpdir(), 'recoupe-export-ipc-'));
  root = join(base, 'story');
  target = join(base, 'out.html');
  await mkdir(root);
  await writeFile(join(root, 'gazette.txt'), GAZETTE);
  await writeFile(join(root, 'courrier.txt'), COURRIER);
  handlers = createHandlers(
    stubServices(base, {
      dialogs: {
        chooseFolder: async () => null,
        saveFile: async () => target,
      },
    }),
  );
  connect(handlers);
});

afterEach(async () => {
  vi.useRealTimers();
  await handlers.dispose();
  await rm(base, { recursive: true, force: true });
});

/** Exports the pair as HTML with these equivalences and returns the document. */
async function exportHtml(equivalence: TextEquivalence): Promise<string> {
  await call('exportComparison', 'gazette.txt', 'courrier.txt', 'html', OPTIONS, equivalence);
  return readFile(target, 'utf8');
}

/** The document made from the comparison the view's worker computes for these equivalences. */
async function screenHtml(equivalence: TextEquivalence): Promise<string> {
  const a = await call('getArticle', 'gazette.txt');
  const b = await call('getArticle', 'courrier.txt');
  const { notes, tags } = await call('listNotes');
  const comparison = applyCorrections(compare(a, b, equivalence), [], a, b, equivalence);
  const input = buildReportInput({
    a,
    b,
    lang: OPTIONS.lang,
    comparison,
    notes,
    tags,
    exportedAt: EXPORTED_AT.toISOString(),
    appVersion: '0.0.0',
    font: await loadReportFont(),
  });
  return renderComparisonReport(input, OPTIONS);
}

describe('exporting the open pair over IPC', () => {
  it('exports the comparison the screen shows for the same equivalences', async () => {
    await call('openFolder', root);
    const loose = await exportHtml(LOOSE);
    expect(loose).toBe(await screenHtml(LOOSE));
    const strict = await exportHtml(NO_EQUIVALENCE);
    expect(strict).toBe(await screenHtml(NO_EQUIVALENCE));
    expect(loose).not.toBe(strict);
  });

  it('exports a note saved a moment before, before the store wrote it to disk', async () => {
    await call('openFolder', root);
    const start = GAZETTE.indexOf('340 dockers');
    await call('addNote', {
      tag: 'number-change',
      text: 'chiffre du syndicat à vérifier',
      targets: [{ article: 'gazette.txt', start, end: start + '340 dockers'.length }],
    });
    expect(await exportHtml(NO_EQUIVALENCE)).toContain('chiffre du syndicat à vérifier');
  });
});
