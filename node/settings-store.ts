import { access, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { compareViewStateSchema } from '../shared/compare/view-state';
import { layoutSchema } from '../shared/ipc/layout';
import { langFromLocale } from '../shared/format/lang';
import type { Settings } from '../shared/ipc/types';
import type { Logger } from './logger';

const settingsFileSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  language: z.enum(['fr', 'en']).optional().catch(undefined),
  zoom: z.number().min(0.5).max(3).catch(1),
  recentFolders: z.array(z.string()).max(50).catch([]),
  layout: layoutSchema.optional().catch(undefined),
  compareViews: z
    .record(z.string(), compareViewStateSchema.optional().catch(undefined))
    .optional()
    .catch(undefined),
});

/** Reads and writes `settings.json` in the app's data folder; a damaged file is set aside, never lost. */
export class SettingsStore {
  private readonly file: string;
  private current: Settings | undefined;
  /** The update being written, which the next one waits for. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly systemLocale: string,
    private readonly logger: Logger,
    /** Told of every change (main rebuilds the menu: language, recent folders). */
    private readonly onChange: (settings: Settings) => void = () => undefined,
  ) {
    this.file = join(dataDir, 'settings.json');
  }

  /** Loads the settings, falling back to defaults for anything missing or invalid. */
  async load(): Promise<Settings> {
    if (this.current) return this.current;
    let raw: unknown = {};
    try {
      raw = JSON.parse((await readFile(this.file, 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        const aside = `${this.file}.corrupt-${Date.now()}`;
        this.logger.warn(`settings: ${this.file} unreadable, moved to ${aside}`, error);
        await rename(this.file, aside).catch(() => undefined);
      }
    }
    const parsed = settingsFileSchema.safeParse(raw);
    const value = parsed.success ? parsed.data : settingsFileSchema.parse({});
    this.current = {
      theme: value.theme,
      language: value.language ?? langFromLocale(this.systemLocale),
      zoom: value.zoom,
      recentFolders: value.recentFolders,
      ...(value.layout ? { layout: value.layout } : {}),
      ...(value.compareViews ? { compareViews: withoutUndefined(value.compareViews) } : {}),
    };
    return this.current;
  }

  /** True once a settings file has been written (false on first run). */
  async exists(): Promise<boolean> {
    return access(this.file).then(
      () => true,
      () => false,
    );
  }

  /** Resolves once every update asked for so far is written (or has failed). */
  async settled(): Promise<void> {
    await this.writing;
  }

  /** Applies a partial update and writes it atomically; updates run one after another, so none is lost. */
  update(patch: Partial<Settings>): Promise<Settings> {
    const run = this.writing.then(async () => {
      const next = { ...(await this.load()), ...patch };
      await mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`, { fsync: true });
      this.current = next;
      this.onChange(next);
      return next;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }
}

/** The entries of a record whose value is defined (the views that passed validation). */
function withoutUndefined<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined),
  );
}
