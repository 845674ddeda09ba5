import type { Correction } from '../../../../shared/compare/correction-schema';

type Listener = (a: string, b: string, corrections: Correction[]) => void;

const listeners = new Set<Listener>();

/** Tells every open compare view that the saved corrections of a pair changed (an edit, an undo or a redo). */
export function notifyCorrections(a: string, b: string, corrections: Correction[]): void {
  for (const listener of listeners) listener(a, b, corrections);
}

/** Listens to changes of saved corrections; returns the unsubscribe function. */
export function onCorrections(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** A fresh id for a correction. */
export function newCorrectionId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
