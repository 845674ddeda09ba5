import { basename, dirname, join } from 'node:path';
import { HandlerError } from '../../../shared/ipc/errors';
import type { ExportResult } from '../../../shared/ipc/types';
import { suggestStoryExportName, type StoryExportOptions } from '../../../shared/story/export-options';
import { renderStoryReport } from '../../../shared/story/render-report';
import { loadReportFont } from '../../../node/report-font';
import {
  analyzeStory,
  renderStoryPdf,
  storyReportInput,
  StoryRequestError,
} from '../../../node/story-analysis';
import { ExportWriteError, writeExport } from '../../../node/write-export';
import type { FolderSession } from '../../../node/folder-session';
import type { TextEquivalence } from '../../../shared/text/fold';
import type { Services } from './services';

/** Handlers of the story view's export: the collation of a story saved as PDF or HTML. */
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
      const run = async () =>
        analyzeStory({
          root: session.root,
          folder: session.analysis,
          storyId,
          equivalence,
          logger: services.logger,
          ...(options.orderBy ? { orderBy: options.orderBy } : {}),
        });
      let analysis: Awaited<ReturnType<typeof run>>;
      try {
        analysis = await run();
      } catch (error) {
        if (error instanceof StoryRequestError)
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
        const input = storyReportInput(analysis, {
          exportedAt: new Date().toISOString(),
          appVersion: services.appInfo.version,
          font: await loadReportFont(),
          orderBy: analysis.collation.pivot,
        });
        const report = { lang: options.lang, paper: options.paper, landscape: options.landscape };
        const data =
          format === 'pdf'
            ? await renderStoryPdf(input, report, { print: services.printPdf, close: async () => undefined })
            : renderStoryReport(input, report);
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
