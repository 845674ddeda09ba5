import { z } from 'zod';

/** Narrowest and widest a side pane can be dragged, in CSS pixels. */
export const PANE_LIMITS = { min: 180, max: 560 } as const;

const width = z.number().int().min(PANE_LIMITS.min).max(PANE_LIMITS.max);

/** The window's layout as the user left it: pane widths, which panes are shown, the summary's fold, the list of differences. */
export const layoutSchema = z
  .object({
    sidebarWidth: width,
    panelWidth: width,
    sidebar: z.boolean(),
    panel: z.boolean(),
    summaryOpen: z.boolean(),
    /** The list of the differences beside the overview strip. */
    changes: z.boolean(),
  })
  .strict();

/** The window's layout (see {@link layoutSchema}). */
export type Layout = z.infer<typeof layoutSchema>;

/** The layout of a first run: narrow panes so the two articles get most of the width. */
export const DEFAULT_LAYOUT: Layout = {
  sidebarWidth: 240,
  panelWidth: 280,
  sidebar: true,
  panel: true,
  summaryOpen: true,
  changes: false,
};

/** A pane width kept within {@link PANE_LIMITS}, in whole pixels. */
export function clampPaneWidth(value: number): number {
  return Math.round(Math.min(PANE_LIMITS.max, Math.max(PANE_LIMITS.min, value)));
}
