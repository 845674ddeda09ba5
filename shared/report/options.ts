import { z } from 'zod';

/** Paper sizes an export can be printed on. */
export const PAPER_SIZES = ['a4', 'letter'] as const;

/** A paper size. */
export type Paper = (typeof PAPER_SIZES)[number];

/** What the export dialog (and the CLI) lets the user choose. */
export const reportOptionsSchema = z
  .object({
    paper: z.enum(PAPER_SIZES),
    landscape: z.boolean(),
    /** Fold each run of identical paragraphs into one line ("… 3 identical paragraphs not shown"). */
    collapseIdentical: z.boolean(),
    includeNotes: z.boolean(),
    includeClaims: z.boolean(),
    /** Show boilerplate paragraphs (captions, credits, URL lines…) on rows of their own. */
    includeBoilerplate: z.boolean(),
    lang: z.enum(['fr', 'en']),
    /** The title the user gave the document (the export dialog's field); derived from the articles when absent. */
    title: z.string().max(300).optional(),
  })
  .strict();

/** What the export dialog (and the CLI) lets the user choose. */
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

/** The options an export starts from: A4 landscape, everything included, identical rows shown. */
export const DEFAULT_REPORT_OPTIONS: Readonly<ReportOptions> = Object.freeze({
  paper: 'a4',
  landscape: true,
  collapseIdentical: false,
  includeNotes: true,
  includeClaims: true,
  includeBoilerplate: false,
  lang: 'fr',
});

/** Fills the options left out with the defaults. */
export function resolveReportOptions(partial: Partial<ReportOptions> = {}): ReportOptions {
  return reportOptionsSchema.parse({ ...DEFAULT_REPORT_OPTIONS, ...stripUndefined(partial) });
}

/** The same object without its undefined fields. */
function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
