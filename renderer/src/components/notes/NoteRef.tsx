import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareNotesContext } from './compare-notes';

/** A note's number after the text it is on; activating it shows the note in the side panel. */
export function NoteRef({ id, number, active }: { id: string; number: number; active: boolean }) {
  const { t } = useTranslation();
  const context = useContext(CompareNotesContext);
  const note = context?.notes.find((n) => n.id === id);
  const label = note
    ? t('notes.ref.label', { n: number, tag: context?.tagLabel(note.tag) ?? note.tag })
    : t('notes.ref.labelShort', { n: number });
  return (
    <button
      type="button"
      className={active ? 'note-ref note-ref-active' : 'note-ref'}
      data-note={id}
      aria-label={label}
      title={note?.text ? `${label} — ${note.text}` : label}
      onClick={() => context?.onOpen(id)}
    >
      {number}
    </button>
  );
}
