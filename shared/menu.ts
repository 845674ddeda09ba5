import type { MessageKey } from './i18n/index';
import type { MenuCommand } from './ipc/types';

/** One entry of the application menu; `labelKey` is an i18n key, `role` a native Electron role. */
export type MenuEntry =
  | {
      kind: 'command';
      command: MenuCommand;
      labelKey: MessageKey;
      accelerator?: string;
      /**
       * Single keys (`N`, `P`) the renderer also accepts, except while the user types in a field; never given to the
       * native menu, which would capture them from every text field.
       */
      keys?: string[];
    }
  | { kind: 'role'; role: string; labelKey?: MessageKey }
  | { kind: 'separator' }
  /** The File > Open Recent submenu, filled with the recent folders. */
  | { kind: 'recent'; labelKey: MessageKey };

/** A top-level menu. */
export interface MenuSection {
  id: 'file' | 'edit' | 'view' | 'compare' | 'help';
  labelKey: MessageKey;
  entries: MenuEntry[];
}

/**
 * The application menu as data: the native menu is built from it, and the renderer handles the same
 * accelerators itself so every command also works in the browser-based tests.
 */
export const MENU: readonly MenuSection[] = [
  {
    id: 'file',
    labelKey: 'menu.file',
    entries: [
      { kind: 'command', command: 'open-folder', labelKey: 'menu.openFolder', accelerator: 'CmdOrCtrl+O' },
      { kind: 'recent', labelKey: 'menu.openRecent' },
      {
        kind: 'command',
        command: 'new-from-clipboard',
        labelKey: 'menu.newFromClipboard',
        accelerator: 'CmdOrCtrl+Shift+V',
      },
      { kind: 'command', command: 'export-pdf', labelKey: 'menu.exportPdf', accelerator: 'CmdOrCtrl+E' },
      { kind: 'separator' },
      { kind: 'role', role: 'quit', labelKey: 'menu.quit' },
    ],
  },
  {
    id: 'edit',
    labelKey: 'menu.edit',
    entries: [
      { kind: 'command', command: 'undo', labelKey: 'menu.undo', accelerator: 'CmdOrCtrl+Z' },
      { kind: 'command', command: 'redo', labelKey: 'menu.redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      { kind: 'separator' },
      { kind: 'role', role: 'cut', labelKey: 'menu.cut' },
      { kind: 'role', role: 'copy', labelKey: 'menu.copy' },
      { kind: 'role', role: 'paste', labelKey: 'menu.paste' },
      { kind: 'role', role: 'selectAll', labelKey: 'menu.selectAll' },
    ],
  },
  {
    id: 'view',
    labelKey: 'menu.view',
    entries: [
      { kind: 'command', command: 'zoom-in', labelKey: 'menu.zoomIn', accelerator: 'CmdOrCtrl+=' },
      { kind: 'command', command: 'zoom-out', labelKey: 'menu.zoomOut', accelerator: 'CmdOrCtrl+-' },
      { kind: 'command', command: 'zoom-reset', labelKey: 'menu.zoomReset', accelerator: 'CmdOrCtrl+0' },
      { kind: 'separator' },
      {
        kind: 'command',
        command: 'toggle-sidebar',
        labelKey: 'menu.toggleSidebar',
        accelerator: 'CmdOrCtrl+Shift+L',
      },
      {
        kind: 'command',
        command: 'toggle-panel',
        labelKey: 'menu.togglePanel',
        accelerator: 'CmdOrCtrl+Shift+J',
      },
      { kind: 'separator' },
      { kind: 'command', command: 'theme-system', labelKey: 'menu.themeSystem' },
      { kind: 'command', command: 'theme-light', labelKey: 'menu.themeLight' },
      { kind: 'command', command: 'theme-dark', labelKey: 'menu.themeDark' },
      { kind: 'separator' },
      { kind: 'command', command: 'language-fr', labelKey: 'menu.languageFr' },
      { kind: 'command', command: 'language-en', labelKey: 'menu.languageEn' },
      { kind: 'separator' },
      { kind: 'role', role: 'togglefullscreen', labelKey: 'menu.fullScreen' },
    ],
  },
  {
    id: 'compare',
    labelKey: 'compare.menu.title',
    entries: [
      {
        kind: 'command',
        command: 'compare-with',
        labelKey: 'compare.menu.compareWith',
        accelerator: 'CmdOrCtrl+K',
      },
      {
        kind: 'command',
        command: 'swap-sides',
        labelKey: 'compare.menu.swapSides',
        accelerator: 'CmdOrCtrl+Shift+S',
      },
      { kind: 'separator' },
      {
        kind: 'command',
        command: 'next-difference',
        labelKey: 'compare.menu.nextDifference',
        accelerator: 'F7',
        keys: ['N'],
      },
      {
        kind: 'command',
        command: 'previous-difference',
        labelKey: 'compare.menu.previousDifference',
        accelerator: 'Shift+F7',
        keys: ['P'],
      },
      { kind: 'command', command: 'find', labelKey: 'compare.menu.find', accelerator: 'CmdOrCtrl+F' },
      {
        kind: 'command',
        command: 'add-note',
        labelKey: 'notes.menu.addNote',
        accelerator: 'CmdOrCtrl+Alt+M',
      },
      { kind: 'separator' },
      {
        kind: 'command',
        command: 'toggle-only-differences',
        labelKey: 'compare.menu.onlyDifferences',
        accelerator: 'CmdOrCtrl+Shift+D',
      },
      {
        kind: 'command',
        command: 'toggle-boilerplate',
        labelKey: 'compare.menu.boilerplate',
        accelerator: 'CmdOrCtrl+Shift+B',
      },
      { kind: 'command', command: 'toggle-ignore-case', labelKey: 'compare.menu.ignoreCase' },
      { kind: 'command', command: 'toggle-ignore-punctuation', labelKey: 'compare.menu.ignorePunctuation' },
      { kind: 'command', command: 'toggle-ignore-typography', labelKey: 'compare.menu.ignoreTypography' },
    ],
  },
  {
    id: 'help',
    labelKey: 'menu.help',
    entries: [
      { kind: 'command', command: 'shortcuts', labelKey: 'menu.shortcuts', accelerator: 'F1' },
      { kind: 'command', command: 'open-demo', labelKey: 'menu.openDemo' },
      { kind: 'command', command: 'about', labelKey: 'menu.about' },
    ],
  },
];

/** True when a keyboard event matches an accelerator such as `CmdOrCtrl+O` on the given platform. */
export function matchesAccelerator(
  accelerator: string,
  event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  isMac: boolean,
): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const wantsCmd = parts.includes('CmdOrCtrl');
  const primary = isMac ? event.metaKey : event.ctrlKey;
  if (wantsCmd !== primary) return false;
  if (parts.includes('Shift') !== event.shiftKey || parts.includes('Alt') !== event.altKey) return false;
  if (!wantsCmd && (event.ctrlKey || event.metaKey)) return false;
  const pressed = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return pressed === key.toUpperCase() || (key === '=' && pressed === '+');
}
