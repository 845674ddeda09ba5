import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MessageKey } from '../../shared/i18n/index';
import { MENU } from '../../shared/menu';
import type { MenuCommand, RecentFolder } from '../../shared/ipc/types';
import type { UndoState } from '../../shared/ipc/undo';

/**
 * Builds the native application menu from the shared menu model; Edit > Undo and Redo name the step they would take
 * back or do again ("Undo add note").
 */
export function buildMenu(
  translate: (key: MessageKey, params?: Record<string, string>) => string,
  onCommand: (command: MenuCommand, path?: string) => void,
  isMac: boolean,
  recent: readonly RecentFolder[] = [],
  undo: UndoState = { undo: null, redo: null },
): Menu {
  /** The label of a command entry: Undo and Redo with their step when there is one. */
  const labelOf = (command: MenuCommand, key: MessageKey): string => {
    const step = command === 'undo' ? undo.undo : command === 'redo' ? undo.redo : null;
    if (!step) return translate(key);
    return translate(command === 'undo' ? 'menu.undoStep' : 'menu.redoStep', {
      step: translate(`undo.step.${step}`),
    });
  };
  const template: MenuItemConstructorOptions[] = MENU.map((section) => ({
    label: translate(section.labelKey),
    submenu: section.entries.map((entry): MenuItemConstructorOptions => {
      if (entry.kind === 'separator') return { type: 'separator' };
      if (entry.kind === 'recent') {
        return {
          label: translate(entry.labelKey),
          enabled: recent.length > 0,
          submenu: recent.map((folder) => ({
            label: folder.exists ? folder.name : `${folder.name} — ${translate('menu.missingFolder')}`,
            toolTip: folder.path,
            enabled: folder.exists,
            click: () => onCommand('open-recent', folder.path),
          })),
        };
      }
      if (entry.kind === 'role') {
        return {
          role: entry.role as MenuItemConstructorOptions['role'],
          ...(entry.labelKey ? { label: translate(entry.labelKey) } : {}),
        };
      }
      return {
        label: labelOf(entry.command, entry.labelKey),
        ...(entry.accelerator ? { accelerator: entry.accelerator, registerAccelerator: false } : {}),
        click: () => onCommand(entry.command),
      };
    }),
  }));
  if (isMac) template.unshift({ role: 'appMenu' });
  return Menu.buildFromTemplate(template);
}
