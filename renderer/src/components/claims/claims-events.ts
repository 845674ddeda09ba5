/** Listeners told when the folder's claims corrections change, so every view of the claims reloads. */
const listeners = new Set<() => void>();

/** Tells every claims view that the corrections changed. */
export function notifyClaimsChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever the corrections change; returns the unsubscribe function. */
export function onClaimsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
