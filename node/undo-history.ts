import { UNDO_STEPS, type UndoEvent, type UndoState, type UndoStepKind } from '../shared/ipc/undo';

/** How many steps Undo can go back. */
export const MAX_UNDO_STEPS = 200;

/** One step the user can take back: what it was, and how to undo and redo it through the folder's state files. */
export interface UndoStep {
  kind: UndoStepKind;
  /** Takes the step back; throws UndoConflictError when the state is no longer what the step left. */
  undo(): Promise<void>;
  /** Does the step again; throws UndoConflictError when the state is no longer what its undo left. */
  redo(): Promise<void>;
}

/**
 * A step that cannot apply any more because what it changed changed since: `changed` when a state file no longer
 * holds what the step left, `gone` when the note it changed no longer exists. `file` is relative to the folder.
 */
export class UndoConflictError extends Error {
  override name = 'UndoConflictError';
  constructor(
    readonly reason: 'changed' | 'gone',
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one undo history of the open folder: every persisted edit (notes, alignment, claims, outlet and story
 * corrections) as one list of steps, undone and redone in exact reverse order whatever their kind. A step that
 * conflicts (UndoConflictError) is dropped and the error passed on; any other failure leaves it where it was, so
 * that Undo can be tried again. `onChange` hears every change of what Undo and Redo would do.
 */
export function createUndoHistory(onChange?: (event: UndoEvent) => void) {
  const done: UndoStep[] = [];
  const undone: UndoStep[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const state = (): UndoState => ({ undo: done.at(-1)?.kind ?? null, redo: undone.at(-1)?.kind ?? null });
  const tell = (step?: UndoStep): void =>
    onChange?.(step ? { state: state(), changed: UNDO_STEPS[step.kind] } : { state: state() });

  /** Moves the last step of `from` to `to` once `apply` succeeded; resolves with its kind (null: none left). */
  const move = (
    from: UndoStep[],
    to: UndoStep[],
    apply: (step: UndoStep) => Promise<void>,
  ): Promise<UndoStepKind | null> => {
    const run = queue.then(async () => {
      const step = from.pop();
      if (!step) return null;
      try {
        await apply(step);
      } catch (error) {
        if (!(error instanceof UndoConflictError)) from.push(step);
        tell();
        throw error;
      }
      to.push(step);
      tell(step);
      return step.kind;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    /** Records a step just done: it is what Undo takes back next, and Redo has nothing left. */
    record(step: UndoStep): void {
      done.push(step);
      if (done.length > MAX_UNDO_STEPS) done.shift();
      undone.length = 0;
      tell();
    },
    /** Undoes the last step done; resolves with its kind, or null when there was none. */
    undo: (): Promise<UndoStepKind | null> => move(done, undone, (step) => step.undo()),
    /** Redoes the last step undone; resolves with its kind, or null when there was none. */
    redo: (): Promise<UndoStepKind | null> => move(undone, done, (step) => step.redo()),
    /** Forgets every step (another folder was opened). */
    clear(): void {
      done.length = 0;
      undone.length = 0;
      tell();
    },
    /** What Undo and Redo would do next. */
    state,
  };
}

/** The history `createUndoHistory` builds. */
export type UndoHistory = ReturnType<typeof createUndoHistory>;

/** True when two state values write the same JSON, whatever the order of their keys (undefined fields left out). */
export function sameState(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** JSON text of a value with every object's keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
