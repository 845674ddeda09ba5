import { z } from 'zod';
import type { StateNotice } from '../ipc/state-notice';
import type { Correction } from './correction-schema';

/** The options of the side-by-side view: what counts as a difference and what is shown. */
export const compareViewOptionsSchema = z
  .object({
    ignoreCase: z.boolean(),
    ignorePunctuation: z.boolean(),
    /** ’ and ', « » and "", no-break spaces and the like. */
    ignoreTypography: z.boolean(),
    /** Identical rows folded into "… N identical paragraphs …". */
    onlyDifferences: z.boolean(),
    /** Captions, credits, URL lines shown instead of folded. */
    showBoilerplate: z.boolean(),
    /** Links between single sentences instead of paragraphs (absent: paragraphs). */
    granularity: z.enum(['paragraph', 'sentence']).optional(),
  })
  .strict();

/** The view's text equivalences alone: what an export of the view compares with. */
export const textEquivalenceSchema = compareViewOptionsSchema.pick({
  ignoreCase: true,
  ignorePunctuation: true,
  ignoreTypography: true,
});

/** The view of one folder as it is restored after a restart: the open pair, where it was scrolled, the options. */
export const compareViewStateSchema = z
  .object({
    /** The left article (the reference), or null when none is selected. */
    a: z.string().min(1).max(1024).nullable(),
    /** The right article, or null when only one article is selected. */
    b: z.string().min(1).max(1024).nullable(),
    /** Index of the first row in view. */
    scrollRow: z.number().int().min(0).max(1_000_000),
    options: compareViewOptionsSchema,
  })
  .strict();

export type CompareViewOptions = z.infer<typeof compareViewOptionsSchema>;

/** The options that are switched on and off (all but the granularity). */
export type ViewToggle = Exclude<keyof CompareViewOptions, 'granularity'>;
export type CompareViewState = z.infer<typeof compareViewStateSchema>;

/** The options of a view never set: everything counts, differences in full, boilerplate folded. */
export const DEFAULT_VIEW_OPTIONS: CompareViewOptions = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreTypography: false,
  onlyDifferences: false,
  showBoilerplate: false,
};

/** The hand corrections of a pair as the app reads them, with a notice when `alignment.json` is damaged. */
export interface PairCorrections {
  corrections: Correction[];
  /** When the file is damaged (left in place) or was set aside by the last save. */
  notice?: StateNotice;
}
