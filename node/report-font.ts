import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportFont, ReportFontFace } from '../shared/report/input';

/** Family name the report's CSS uses for the bundled DejaVu Serif Condensed. */
export const REPORT_FONT_FAMILY = 'Recoupe Serif';

const FACES: readonly (Omit<ReportFontFace, 'base64'> & { file: string })[] = [
  { file: 'DejaVuSerifCondensed.ttf', weight: 400, style: 'normal' },
  { file: 'DejaVuSerifCondensed-Bold.ttf', weight: 700, style: 'normal' },
  { file: 'DejaVuSerifCondensed-Italic.ttf', weight: 400, style: 'italic' },
];

/** How many folders above this module the bundled `resources/` is looked for. */
const RESOURCE_LEVELS = 4;

/**
 * The folder holding the bundled fonts: `RECOUPE_RESOURCES/fonts`, else the nearest `resources/fonts` above this
 * module: one level from `node/` in development, two from `out/main/`, three from a lazily loaded CLI chunk in
 * `out/cli/assets/`.
 */
export function reportFontDir(
  env: Record<string, string | undefined> = process.env,
  moduleDir: string = dirname(fileURLToPath(import.meta.url)),
): string {
  const candidates = [
    env.RECOUPE_RESOURCES ? join(env.RECOUPE_RESOURCES, 'fonts') : undefined,
    ...Array.from({ length: RESOURCE_LEVELS }, (_, i) =>
      resolve(moduleDir, '../'.repeat(i + 1), 'resources/fonts'),
    ),
  ].filter((d): d is string => d !== undefined);
  return candidates.find((d) => existsSync(join(d, FACES[0]!.file))) ?? candidates[candidates.length - 1]!;
}

let cached: Promise<ReportFont> | undefined;

/** Loads the report font's faces as base64 (once per process when `dir` is not given). */
export function loadReportFont(dir?: string): Promise<ReportFont> {
  if (dir !== undefined) return readFont(dir);
  cached ??= readFont(reportFontDir()).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/**
 * Reads every face from a folder; a missing file is an error naming it and saying how to restore it (the first
 * missing face in the list, whichever read fails first).
 */
async function readFont(dir: string): Promise<ReportFont> {
  const results = await Promise.allSettled(
    FACES.map(async ({ file, weight, style }) => {
      const path = join(dir, file);
      try {
        return { weight, style, base64: (await readFile(path)).toString('base64') };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `The export font ${path} cannot be read (${reason}). Reinstall Recoupe, or set RECOUPE_RESOURCES to the folder that holds fonts/.`,
        );
      }
    }),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  const faces = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  return { family: REPORT_FONT_FAMILY, faces };
}
