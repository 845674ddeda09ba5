import type { ViewToggle } from '../../../../shared/compare/view-state';
import type { MenuCommand } from '../../../../shared/ipc/types';
import { useCommands } from '../../hooks/use-commands';

/** Options of the compare view a command turns on or off. */
const TOGGLES: Partial<Record<MenuCommand, ViewToggle>> = {
  'toggle-only-differences': 'onlyDifferences',
  'toggle-boilerplate': 'showBoilerplate',
  'toggle-ignore-case': 'ignoreCase',
  'toggle-ignore-punctuation': 'ignorePunctuation',
  'toggle-ignore-typography': 'ignoreTypography',
};

/** Runs the Compare menu's commands (from the menu, a button or a shortcut) on the compare view. */
export function useCompareCommands(actions: {
  step: (delta: 1 | -1) => void;
  openFind: () => void;
  toggle: (key: ViewToggle) => void;
}): void {
  useCommands((command: MenuCommand) => {
    if (command === 'next-difference') actions.step(1);
    else if (command === 'previous-difference') actions.step(-1);
    else if (command === 'find') actions.openFind();
    else {
      const option = TOGGLES[command];
      if (option) actions.toggle(option);
    }
  });
}
