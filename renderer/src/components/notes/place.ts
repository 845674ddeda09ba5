import { MENU } from '../../../../shared/menu';
import { displayAccelerator } from '../../hooks/use-commands';

/** The shortcut of Add Note as the user types it, from the menu model. */
export function addNoteShortcut(): string {
  for (const section of MENU) {
    for (const entry of section.entries) {
      if (entry.kind === 'command' && entry.command === 'add-note' && entry.accelerator)
        return displayAccelerator(entry.accelerator);
    }
  }
  return '';
}

/** The page's CSS zoom (the app zooms the root element), to turn screen positions into fixed positions. */
export function rootZoom(): number {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('zoom'));
  return Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}
