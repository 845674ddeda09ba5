import { NoteAdder } from './NoteAdder';
import { NoteContextMenu } from './NoteContextMenu';

/** The ways to add a note from the comparison's columns: the button under a selection and the context menu. */
export function NoteOverlays({ onAdd }: { onAdd: () => void }) {
  return (
    <>
      <NoteAdder onAdd={onAdd} />
      <NoteContextMenu onAddSelection={onAdd} />
    </>
  );
}
