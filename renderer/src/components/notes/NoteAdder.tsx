import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addNoteShortcut, rootZoom } from './place';
import { compareTable, pickedSpans } from './selection';

/** Room kept for the button at the right edge of the window. */
const BUTTON_ROOM = 160;

/** An "Add note" button that appears just under text selected in the comparison's columns. */
export function NoteAdder({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const selection = document.getSelection();
        const table = compareTable();
        const picks = pickedSpans(selection, table);
        if (!selection || !table || (!picks.a && !picks.b)) {
          setPlace(null);
          return;
        }
        const range = selection.getRangeAt(selection.rangeCount - 1);
        const rects = range.getClientRects();
        const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
        const box = table.getBoundingClientRect();
        if (last.bottom < box.top || last.top > box.bottom) {
          setPlace(null);
          return;
        }
        const zoom = rootZoom();
        setPlace({
          top: Math.min(last.bottom + 6, box.bottom - 8) / zoom,
          left: Math.max(0, Math.min(last.right - 40, window.innerWidth - BUTTON_ROOM)) / zoom,
        });
      });
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, []);

  if (!place) return null;
  return (
    <button
      type="button"
      className="button small-button note-adder"
      style={{ top: place.top, left: place.left }}
      title={t('notes.addTitle', { shortcut: addNoteShortcut() })}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onAdd}
    >
      {t('notes.add')}
    </button>
  );
}
