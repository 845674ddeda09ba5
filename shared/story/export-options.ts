import { z } from 'zod';
import { PAPER_SIZES } from '../report/options';

/** What the app's story export lets the user choose (the CLI takes the same as flags). */
export const storyExportOptionsSchema = z
  .object({
    paper: z.enum(PAPER_SIZES),
    landscape: z.boolean(),
    lang: z.enum(['fr', 'en']),
    /** The article whose order the rows follow; the earliest when absent. */
    orderBy: z.string().min(1).max(1024).optional(),
  })
  .strict();

/** What the app's story export lets the user choose. */
export type StoryExportOptions = z.infer<typeof storyExportOptionsSchema>;

/** Longest file name suggested, extension excluded. */
const MAX_BASE_LENGTH = 120;

/**
 * The file name a story export suggests: `2021-12 Collation - <title>.pdf`, with the earliest article's date at its
 * known precision; characters that file systems refuse are replaced, long titles cut at a word.
 */
export function suggestStoryExportName(title: string, date: string | undefined, ext: string): string {
  const head = [date, 'Collation'].filter(Boolean).join(' ');
  const name = `${head} - ${title}`
    .normalize('NFC')
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[<>"/\\|?*]|\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.-]+$/, '')
    .trim();
  const cut =
    name.length > MAX_BASE_LENGTH ? `${name.slice(0, MAX_BASE_LENGTH - 1).replace(/\s+\S*$/, '')}…` : name;
  const extension = ext.replace(/^\.+/, '');
  return extension ? `${cut}.${extension}` : cut;
}
