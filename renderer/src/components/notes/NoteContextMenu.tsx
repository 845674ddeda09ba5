import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rootZoom } from './place';
import { compareTable, currentPicks } from './selection';

/** Where the menu opened and what it offers. */
interface MenuState {
  x: number;
  y: number;
  /** Text is selected in a column. */
  selection: boolean;
  /** The name of the row's own "add a note" button, when the click was on a row that has one. */
  rowLabel: string | null;
}

/**
 * The context menu of the comparison's columns: "Add note" for the selected text, and the note action of the row
 * under the pointer. Arrow keys move, Escape closes.
 */
export function NoteContextMenu({ onAddSelection }: { onAddSelection: () => void }) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const rowButton = useRef<HTMLButtonElement | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onContext = (event: MouseEvent): void => {
      const table = compareTable();
      const target = event.target instanceof Element ? event.target : null;
      if (!table || !target || !table.contains(target)) return;
      const picks = currentPicks();
      const button =
        target.closest('[data-key]')?.querySelector<HTMLButtonElement>('[data-note-row]') ?? null;
      if (!picks.a && !picks.b && !button) return;
      event.preventDefault();
      rowButton.current = button;
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const zoom = rootZoom();
      setMenu({
        x: event.clientX / zoom,
        y: event.clientY / zoom,
        selection: Boolean(picks.a || picks.b),
        rowLabel: button?.getAttribute('aria-label') ?? null,
      });
    };
    document.addEventListener('contextmenu', onContext);
    return () => document.removeEventListener('contextmenu', onContext);
  }, []);

  useEffect(() => {
    if (!menu) return;
    box.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (event: MouseEvent): void => {
      if (!(event.target instanceof Node) || !box.current?.contains(event.target)) setMenu(null);
    };
    const onScroll = (): void => setMenu(null);
    document.addEventListener('mousedown', onDown);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('mousedown', onDown);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [menu]);

  if (!menu) return null;
  const close = (): void => {
    setMenu(null);
    returnFocus.current?.focus();
  };
  const onKey = (event: KeyboardEvent): void => {
    const items = [...(box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    }
  };
  return (
    <div
      ref={box}
      role="menu"
      aria-label={t('notes.menuLabel')}
      className="note-menu"
      style={{ top: menu.y, left: menu.x }}
      onKeyDown={onKey}
    >
      {menu.selection ? (
        <button
          type="button"
          role="menuitem"
          className="note-menu-item"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setMenu(null);
            onAddSelection();
          }}
        >
          {t('notes.menuAddSelection')}
        </button>
      ) : null}
      {menu.rowLabel ? (
        <button
          type="button"
          role="menuitem"
          className="note-menu-item"
          onClick={() => {
            setMenu(null);
            rowButton.current?.click();
          }}
        >
          {menu.rowLabel}
        </button>
      ) : null}
    </div>
  );
}
