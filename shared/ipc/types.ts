import type { ArticleWarning, ReuseFigure } from '../article/model';
import type { CompareViewState } from '../compare/view-state';
import type { Lang } from '../format/lang';
import type { Layout } from './layout';
import type { Notice } from './notice';

/** Version and environment shown in Help > About. */
export interface AppInfo {
  name: string;
  version: string;
  electron?: string;
  chrome?: string;
  node?: string;
  platform: string;
  logFile?: string;
}

export type Theme = 'system' | 'light' | 'dark';
export type Language = Lang;

/** User settings kept in the app's data folder. */
export interface Settings {
  theme: Theme;
  language: Language;
  zoom: number;
  recentFolders: string[];
  /** Pane widths, shown panes and the summary's fold, as the user left them. */
  layout?: Layout;
  /** The compare view of each folder (open pair, scroll, options), by folder path. */
  compareViews?: Record<string, CompareViewState>;
}

/** An outlet inferred from reuse with its evidence: `share` of the article's prose is in `from` (an article id) of `name`. */
export interface InferredOutlet {
  id: string;
  name: string;
  share: number;
  from: string;
  color?: string;
}

/** What the renderer knows of one article: an id and what to show, never a raw path. */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: { id: string; name: string; source: string; evidence?: string; color?: string };
  /** When the outlet is unknown: the organisation the article probably comes from, inferred from copied text (never a fact). */
  inferredOutlet?: InferredOutlet;
  date?: string;
  dateline?: string;
  words: number;
  /** How the article was read, as codes (worded by `formatArticleWarning`). */
  warnings: ArticleWarning[];
}

/** A story: articles about the same event, earliest first. */
export interface StoryView {
  id: string;
  title: string;
  articles: string[];
  origin: 'auto' | 'user';
}

/** The opened folder as the renderer sees it. */
export interface FolderView {
  name: string;
  /** The bundled demo: invented articles under real outlets' names, to be marked fictional wherever they show. */
  demo: boolean;
  articles: ArticleSummary[];
  stories: StoryView[];
  /** Reuse figures for each pair within a story. */
  reuse: ReuseFigure[];
  skipped: { path: string; reason: Notice }[];
  /** Ids of articles deleted on disk while the folder was open. */
  removed: string[];
  /** Problems with the folder's saved state the user should know about (worded by `wordNotice`). */
  warnings: Notice[];
}

/** A folder in File > Open Recent; `exists` is false when it was moved or deleted. */
export interface RecentFolder {
  path: string;
  name: string;
  exists: boolean;
}

/** Commands a menu item or a shortcut can trigger in the renderer. */
export type MenuCommand =
  | 'open-folder'
  | 'open-recent'
  | 'new-from-clipboard'
  | 'undo'
  | 'redo'
  | 'export-pdf'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'theme-system'
  | 'theme-light'
  | 'theme-dark'
  | 'language-fr'
  | 'language-en'
  | 'toggle-sidebar'
  | 'toggle-panel'
  | 'about'
  | 'shortcuts'
  | 'open-demo'
  | 'compare-with'
  | 'swap-sides'
  | 'next-difference'
  | 'previous-difference'
  | 'find'
  | 'toggle-only-differences'
  | 'toggle-boilerplate'
  | 'toggle-ignore-case'
  | 'toggle-ignore-punctuation'
  | 'toggle-ignore-typography'
  | 'add-note';

/** A saved export: the file the user chose, and what they should know about the work read for it. */
export interface ExportResult {
  path: string;
  name: string;
  /** Name of the folder it was saved in. */
  folder: string;
  /** What the user should know about the saved work read for it (worded by `wordNotice`). */
  warnings: Notice[];
}
