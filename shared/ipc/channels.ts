import type { FolderView, MenuCommand } from './types';
import type { UndoEvent } from './undo';

/**
 * The contract's method names, free of zod so the sandboxed preload can bundle them alone;
 * contract.ts checks at compile time that this list and the contract agree.
 */
export const methods = [
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'openFolderDialog',
  'openFolder',
  'cancelFolderOpen',
  'openDemo',
  'getCurrentFolder',
  'getArticle',
  'getRecentFolders',
  'forgetRecentFolder',
  'newArticleFromClipboard',
  'setArticleOutlet',
  'moveToStory',
  'getCorrections',
  'setCorrections',
  'getCompareView',
  'setCompareView',
  'listNotes',
  'addNote',
  'setNoteTarget',
  'applyNoteOps',
  'getClaims',
  'cancelClaims',
  'correctClaim',
  'setClaimCorrections',
  'findPhrase',
  'getWatchlist',
  'setWatchlist',
  'setFraming',
  'exportComparison',
  'exportStory',
  'openExported',
  'showExported',
  'undo',
  'redo',
  'getUndoState',
] as const;

export type MethodName = (typeof methods)[number];

/** Events the main process pushes to the renderer, with their payloads. */
export interface EventMap {
  /** A menu item was chosen; the renderer runs the command. */
  menuCommand: { command: MenuCommand; path?: string };
  /** Where a running export is. */
  exportProgress: { stage: 'reading' | 'printing' | 'writing' | 'done' };
  /** Articles read so far while a folder loads. */
  folderProgress: { done: number; total: number };
  /** Articles whose claims are ready while the claims of several articles are computed. */
  claimsProgress: { done: number; total: number };
  /** The opened folder changed on disk or was reloaded. */
  folderChanged: FolderView;
  /** What Undo and Redo would do next changed; after an undo or redo, `changed` names the state to read again. */
  undoChanged: UndoEvent;
}
export type EventName = keyof EventMap;

/** Every event name. */
export const events: readonly EventName[] = [
  'menuCommand',
  'folderChanged',
  'folderProgress',
  'claimsProgress',
  'exportProgress',
  'undoChanged',
];

/** The IPC channel of a contract method. */
export const channelOf = (method: MethodName): string => `recoupe:${method}`;

/** The IPC channel of a pushed event. */
export const eventChannelOf = (event: EventName): string => `recoupe-event:${event}`;

/**
 * The preload's report that a folder was dropped on the window (its path, from Electron's `webUtils`): not a method of
 * the renderer's API, so a script cannot grant itself a folder through it.
 */
export const FOLDER_DROPPED_CHANNEL = 'recoupe-preload:folder-dropped';
