/** A note drawn on one column's text: highlighted over `[start, end)` when `highlight`, its number shown after `at`. */
export interface NoteMarkView {
  id: string;
  number: number;
  start: number;
  end: number;
  at: number;
  highlight: boolean;
  /** The note the user is looking at (shown from the list). */
  active: boolean;
}
