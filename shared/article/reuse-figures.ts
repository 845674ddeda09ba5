/**
 * The one home of the reuse figures' definitions and thresholds: every place that shows or filters a reuse figure
 * (folder list, comparison summary, story view, CLI, exports) takes them from here.
 */

/** A run of at least this many identical consecutive words outside quotation marks counts as verbatim reuse. */
export const MIN_RUN_WORDS = 8;

/** Below this share both ways, a pair is not said to reuse anything and no direction is given. */
export const MIN_REUSE_SHARE = 0.05;

/** Share of an unattributed article's prose found in a known organisation's article from which it is said to be probably that organisation's. */
export const ATTRIBUTION_MIN_SHARE = 0.25;
