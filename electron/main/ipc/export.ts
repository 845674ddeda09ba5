import { basename, dirname, join } from 'node:path';
import { suggestExportName } from '../../../shared/report/file-name';
import type { Note, TagDef } from '../../../shared/notes/model';
import type { ReportOptions } from '../../../shared/report/options';
import type { TextEquivalence } from '../../../shared/text/fold';
import { HandlerError } from '../../../shared/ipc/errors';
import type { ExportResult } from '../../../shared/ipc/types';
import { EngineRequestError } from '../../../node/engine-host/host';
import { setPdfMetadata } from '../../../node/pdf-metadata';
import { ExportWriteError, writeExport } from '../../../node/write-export';
import type { FolderSession } from '../../../node/folder-session';
import type { Services } from './services';

/** Handlers of the export: the annotated comparison saved as PDF or HTML, then opened or shown in its folder. */
export function createExportHandlers(
  services: Services,
  currentSession: () => FolderSession | null,
  liveNotes: () => Promise<{ notes: readonly Note[]; tags: readonly TagDef[] }>,
) {
  /** Files this window exported: the only paths Open and Show in Folder accept. */
  const exported = new Set<string>();

  const session = (): FolderSession => {
    const current = currentSession();
    if (!current) throw new HandlerError('NO_FOLDER', 'Open a folder of articles first.');
    return current;
  };

  const known = (path: string): string => {
    if (!exported.has(path)) {
      throw new HandlerError('NOT_FOUND', `"${basename(path)}" was not exported from this window.`, {
        params: { name: basename(path) },
      });
    }
    return path;
  };

  return {
    /**
     * Saves the comparison of `a` and `b` as the screen shows it (the session's articles, the live notes, the
     * view's equivalences); null when the user cancels the save dialog.
     */
    exportComparison: async (
      a: string,
      b: string,
      format: 'pdf' | 'html',
      options: ReportOptions,
      equivalence: TextEquivalence,
    ): Promise<ExportResult | null> => {
      const folder = session();
      const articleA = folder.article(a);
      const articleB = folder.article(b);
      const suggested = suggestExportName(articleA, articleB, format);
      const target = await services.dialogs.saveFile(join(folder.root, suggested), format);
      if (target === null) return null;
      services.emit('exportProgress', { stage: 'reading' });
      try {
        const { html, metadata, warnings } = await services.engine.run('comparisonReport', {
          root: folder.root,
          a,
          b,
          articles: [articleA, articleB],
          inferences: folder.inferences(),
          notes: await liveNotes(),
          equivalence,
          lang: options.lang,
          appVersion: services.appInfo.version,
          exportedAt: new Date().toISOString(),
          dataDir: services.dataDir,
          options,
        });
        services.emit('exportProgress', { stage: format === 'pdf' ? 'printing' : 'writing' });
        const data =
          format === 'pdf'
            ? await setPdfMetadata(
                await services.printPdf(html, { paper: options.paper, landscape: options.landscape }),
                metadata,
              )
            : html;
        services.emit('exportProgress', { stage: 'writing' });
        await writeExport(target, data);
        exported.add(target);
        services.logger.info(`export: saved ${target}`);
        return { path: target, name: basename(target), folder: basename(dirname(target)), warnings };
      } catch (error) {
        if (error instanceof ExportWriteError || error instanceof EngineRequestError) {
          throw new HandlerError('EXPORT_FAILED', error.message, {
            params: { name: basename(target), reason: error.message },
            notice: error.notice,
          });
        }
        throw error;
      } finally {
        services.emit('exportProgress', { stage: 'done' });
      }
    },
    openExported: async (path: string) => {
      await services.openPath(known(path));
    },
    showExported: (path: string) => {
      services.showItemInFolder(known(path));
    },
  };
}
