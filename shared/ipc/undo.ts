/** Each kind of undoable step, with the state it changes (the renderer reloads that state after an undo or redo). */
export const UNDO_STEPS = {
  'note-add': 'notes',
  'note-edit': 'notes',
  'note-delete': 'notes',
  'note-reattach': 'notes',
  'note-remove-target': 'notes',
  'note-tags': 'notes',
  'note-batch': 'notes',
  outlet: 'folder',
  story: 'folder',
  'alignment-link': 'alignment',
  'alignment-unlink': 'alignment',
  'alignment-kind': 'alignment',
  'alignment-discard': 'alignment',
  'claim-dismiss': 'claims',
  'claim-move': 'claims',
  'claim-corrections': 'claims',
} as const;

/** What one undoable step did, as a code (worded by the catalogs' `undo.step.<kind>`). */
export type UndoStepKind = keyof typeof UNDO_STEPS;

/** The state an undoable step changes. */
export type UndoDomain = (typeof UNDO_STEPS)[UndoStepKind];

/** What Undo and Redo would do next (null: nothing). */
export interface UndoState {
  undo: UndoStepKind | null;
  redo: UndoStepKind | null;
}

/** The undo history changed; `changed` names the state an undo or redo just changed (none for a new step). */
export interface UndoEvent {
  state: UndoState;
  changed?: UndoDomain;
}

/** What an `undo` or `redo` call did: the step taken back or done again (null: there was none), and what is next. */
export interface UndoOutcome {
  step: UndoStepKind | null;
  state: UndoState;
}
