import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/types';
import { MENU, matchesAccelerator } from '../../../shared/menu';
import { api } from '../api';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

type CommandListener = (command: MenuCommand, path?: string) => void;
const inWindow = new Set<CommandListener>();

/** Runs a command from a button of the window, exactly as if its menu item had been chosen. */
export function runCommand(command: MenuCommand): void {
  for (const listener of inWindow) listener(command);
}

/** Runs commands from the native menu, from in-window buttons and from the same keyboard accelerators. */
export function useCommands(run: CommandListener): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });

  useEffect(() => api().on('menuCommand', ({ command, path }) => latest.current(command, path)), []);

  useEffect(() => {
    const listener: CommandListener = (command, path) => latest.current(command, path);
    inWindow.add(listener);
    return () => {
      inWindow.delete(listener);
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      for (const section of MENU) {
        for (const entry of section.entries) {
          if (entry.kind !== 'command') continue;
          const typed = isTyping(event.target);
          const matched =
            (entry.accelerator && matchesAccelerator(entry.accelerator, event, isMac)) ||
            (!typed && entry.keys?.some((key) => matchesAccelerator(key, event, isMac)));
          if (matched) {
            event.preventDefault();
            latest.current(entry.command);
            return;
          }
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** True when a key press goes to a text field (single-key shortcuts and window-wide Undo must not act then). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable;
}

/** Input types that take no typing: single-key shortcuts still work when one of them has the focus. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** How an accelerator is written for the user on this platform, e.g. `Ctrl+O` or `⌘O`. */
export function displayAccelerator(accelerator: string): string {
  return isMac ? accelerator.replace('CmdOrCtrl+', '⌘') : accelerator.replace('CmdOrCtrl', 'Ctrl');
}
