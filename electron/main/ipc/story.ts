import { basename, dirname, join } from 'node:path';
import { HandlerError } from '../../../shared/ipc/errors';
import type { ExportResult } from '../../../shared/ipc/types';
import { suggestStoryExportName, type StoryExportOptions } from '../../../shared/story/export-options';
import { EngineRequestError } from '../../../node/engine-host/host';
import type { TaskOutput } from '../../../node/engine-host/tasks';
import { setPdfMetadata } from '../../../node/pdf-metadata';
import { loadReportFont } from '../../../node/report-font';
import { ExportWriteError, writeExport } from '../../../node/write-export';
import type { FolderSession } from '../../../node/folder-session';
import type { TextEquivalence } from '../../../shared/text/fold';
import type { Services } from './services';

/** Handlers of the story view's export: the collation of a story (made in the engine host) saved as PDF or HTML. */
export function createStoryHandlers(services: Services, currentSession: () => FolderSession | null) {
  return {
    /**
     * Saves the collation of a story of the open folder as the story view shows it (the session's analysis, not read
     * again; the view's equivalences); null when the user cancels the save dialog.
     */
    exportStory: async (
      storyId: string,
      format: 'pdf' | 'html',
      options: StoryExportOptions,
      equivalence: TextEquivalence,
    ): Promise<ExportResult | null> => {
      const session = currentSession();
      if (!session) throw new HandlerError('NO_FOLDER', 'Open a folder of articles first.');
      const members = new Set(session.stories.find((s) => s.id === storyId)?.articles ?? []);
      let analysis: TaskOutput<'analyzeStory'>;
      try {
        analysis = await services.engine.run('analyzeStory', {
          folder: {
            root: session.root,
            articles: session.articles().filter((a) => members.has(a.id)),
            stories: [...session.stories],
            reuse: session.reuse.filter((r) => members.has(r.source) && members.has(r.target)),
            warnings: [...session.warnings],
          },
          storyId,
          equivalence,
          ...(options.orderBy ? { orderBy: options.orderBy } : {}),
        });
      } catch (error) {
        if (error instanceof EngineRequestError)
          throw new HandlerError('EXPORT_FAILED', error.message, {
            params: { name: storyId, reason: error.message },
            notice: error.notice,
          });
        throw error;
      }
      const suggested = suggestStoryExportName(analysis.title, analysis.collation.columns[0]?.date, format);
      const target = await services.dialogs.saveFile(join(session.root, suggested), format);
      if (target === null) return null;
      services.emit('exportProgress', { stage: format === 'pdf' ? 'printing' : 'writing' });
      try {
        const report = { lang: options.lang, paper: options.paper, landscape: options.landscape };
        const { html, metadata } = await services.engine.run('renderStoryReport', {
          analysis,
          extra: {
            exportedAt: new Date().toISOString(),
            appVersion: services.appInfo.version,
            font: await loadReportFont(),
            orderBy: analysis.collation.pivot,
            demo: session.demo,
          },
          options: report,
        });
        const data =
          format === 'pdf'
            ? await setPdfMetadata(
                await services.printPdf(html, {
                  paper: report.paper ?? 'a4',
                  landscape: report.landscape ?? true,
                }),
                metadata,
              )
            : html;
        services.emit('exportProgress', { stage: 'writing' });
        await writeExport(target, data);
        services.logger.info(`story export: saved ${target}`);
        return {
          path: target,
          name: basename(target),
          folder: basename(dirname(target)),
          warnings: analysis.warnings,
        };
      } catch (error) {
        if (error instanceof ExportWriteError)
          throw new HandlerError('EXPORT_FAILED', error.message, {
            params: { name: basename(target), reason: error.message },
            notice: error.notice,
          });
        throw error;
      } finally {
        services.emit('exportProgress', { stage: 'done' });
      }
    },
  };
}
