/** One undoable step of the user's work (a correction, a note…). */
export interface UndoStep {
  /** i18n key naming the step, for menus and announcements. */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/** Undo and redo for every kind of work in the window, one stack for all. */
export class UndoStack {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];

  /** Records a step that has just been done. */
  push(step: UndoStep): void {
    this.done.push(step);
    this.undone = [];
  }

  /** Undoes the last step; false when there is nothing to undo. */
  async undo(): Promise<boolean> {
    const step = this.done.pop();
    if (!step) return false;
    await step.undo();
    this.undone.push(step);
    return true;
  }

  /** Redoes the last undone step; false when there is nothing to redo. */
  async redo(): Promise<boolean> {
    const step = this.undone.pop();
    if (!step) return false;
    await step.redo();
    this.done.push(step);
    return true;
  }

  /** Forgets every step (e.g. when another folder is opened). */
  clear(): void {
    this.done = [];
    this.undone = [];
  }
}

/** The window's undo stack. */
export const undoStack = new UndoStack();
