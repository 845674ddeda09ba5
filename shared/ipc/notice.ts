/**
 * Every code of a notice the Node side gives the user: state files of `.recoupe/` (`state-*`), files a folder read
 * skipped (`skip-*`), exports that could not be saved (`export-*`), story requests that name what the folder does
 * not have (`story-*`), the notes store (`notes-*`), the PDF printer (`print-*`) and an article named on the command line that
 * is not there (`article-*`).
 */
export const NOTICE_CODES = [
  'state-damaged',
  'state-moved-aside',
  'state-newer',
  'state-alignment-left-out',
  'state-read-only',
  'state-linked',
  'state-linked-not-read',
  'state-folder-read-only',
  'state-conflict',
  'folder-not-found',
  'folder-unreadable',
  'folder-not-folder',
  'skip-file',
  'skip-broken-link',
  'skip-link-loop',
  'skip-link-outside',
  'skip-too-deep',
  'skip-not-file',
  'skip-not-article',
  'skip-no-extension',
  'skip-folder-unreadable',
  'skip-unexpected',
  'skip-binary',
  'skip-no-html-text',
  'skip-blank',
  'skip-empty',
  'skip-too-large',
  'skip-gone',
  'skip-denied',
  'skip-is-folder',
  'skip-pipe',
  'skip-device',
  'skip-socket',
  'skip-html-too-nested',
  'skip-too-many-open',
  'skip-unreadable',
  'export-disk-full',
  'export-not-allowed',
  'export-no-folder',
  'export-read-only',
  'export-is-folder',
  'export-other',
  'export-folder-unreadable',
  'export-not-inside',
  'export-link-outside',
  'export-article-unreadable',
  'article-missing',
  'article-missing-closest',
  'article-is-folder',
  'article-unreadable',
  'story-unknown',
  'story-none',
  'story-not-articles',
  'story-too-few',
  'story-too-many',
  'story-too-long',
  'story-order-not-collated',
  'notes-linked',
  'notes-read-only',
  'notes-merged',
  'notes-damaged',
  'notes-damaged-backup',
  'notes-damaged-kept',
  'notes-damaged-kept-backup',
  'notes-not-overwritten',
  'notes-moved-aside',
  'notes-save-failed',
  'print-no-chromium',
  'print-chrome-path-missing',
  'print-no-chrome',
  'print-pdf-needs-chrome',
  'print-sandbox-off-root',
  'print-sandbox-off-unavailable',
] as const;

/** The code of a notice. */
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** What a state file of `.recoupe/` holds, named in its notices. */
export type StateWhat = 'corrections' | 'alignment' | 'claims' | 'watchlist' | 'lexicon' | 'notes';

/**
 * Something the Node side tells the user (a warning, why a file was skipped, why an export failed) as a code with
 * parameters: no sentence; the UI and the CLI word it in the user's language with `wordNotice`. A numeric `count`
 * picks the plural form; `what` names a state file (`StateWhat`).
 */
export interface Notice {
  code: NoticeCode;
  params?: Record<string, string | number>;
}
