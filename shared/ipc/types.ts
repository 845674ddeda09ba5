import type { Lang } from '../format/lang';

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
}

/** What the renderer knows of one article: an id and what to show, never a raw path. */
export interface ArticleSummary {
  id: string;
  title: string;
  outlet: { id: string; name: string; source: string; evidence?: string; color?: string };
  date?: string;
  words: number;
  warnings: string[];
}

/** The opened folder as the renderer sees it. */
export interface FolderView {
  name: string;
  articles: ArticleSummary[];
  skipped: { path: string; reason: string }[];
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
  | 'export-pdf'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'theme-system'
  | 'theme-light'
  | 'theme-dark'
  | 'language-fr'
  | 'language-en'
  | 'about'
  | 'shortcuts';
