import { startTransition, useCallback, useEffect, useState } from 'react';
import type { ClaimsView } from '../../../shared/claims/ipc';
import type { Claim, ClaimCorrection, ClaimRow, DiscrepancyType } from '../../../shared/claims/model';
import { withoutDismissal } from '../../../shared/claims/view';
import type { AppError } from '../../../shared/ipc/errors';
import type { FolderView } from '../../../shared/ipc/types';
import { api } from '../api';
import { notifyClaimsChanged, onClaimsChanged } from '../components/claims/claims-events';
import { toAppError } from '../errors';
import { useUndoReload } from './use-undo-reload';

/** The claims of some articles as last read, whether a read is under way, and what failed. */
export interface ClaimsState {
  /** The last view read for these articles (kept while a new read runs). */
  view: ClaimsView | null;
  loading: boolean;
  /** Reading failed. */
  error: AppError | null;
  /** A correction failed to save. */
  saveError: AppError | null;
  retry: () => void;
  dismiss: (row: ClaimRow, discrepancy: DiscrepancyType) => void;
  restore: (row: ClaimRow, discrepancy: DiscrepancyType) => void;
  /** Moves a claim to the row holding `toClaimId`, or (null) to a row of its own. */
  move: (claim: Claim, toClaimId: string | null) => void;
}

/**
 * The claims of `ids` (matched across them in that order) read from main, read again when the folder or the
 * corrections change (here, elsewhere in the window, or by Undo); corrections are saved in the folder, each change a
 * step of the folder's undo history.
 */
export function useClaims(ids: readonly string[] | null, folder: FolderView | null): ClaimsState {
  const key = ids && ids.length > 0 ? ids.join('\u0000') : null;
  const [read, setRead] = useState<{ key: string; view: ClaimsView } | null>(null);
  /** The request last answered (successfully or not), to tell whether the current one is still running. */
  const [answered, setAnswered] = useState<{ key: string; folder: FolderView; attempt: number } | null>(null);
  const [error, setError] = useState<{ key: string; error: AppError } | null>(null);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => onClaimsChanged(reload), [reload]);
  useUndoReload('claims', reload);

  useEffect(() => {
    if (key === null || folder === null) return;
    let live = true;
    api()
      .getClaims(key.split('\u0000'))
      .then(
        (view) => {
          if (!live) return;
          // A transition: drawing a long pair's facts yields to the comparison being painted beside them.
          startTransition(() => {
            setRead({ key, view });
            setError(null);
          });
        },
        (e: unknown) => {
          if (live) setError({ key, error: toAppError(e) });
        },
      )
      .finally(() => {
        if (live) setAnswered({ key, folder, attempt });
      });
    return () => {
      live = false;
    };
  }, [key, folder, attempt]);

  const view = read && read.key === key ? read.view : null;

  /** Applies a change of the corrections, then tells every claims view. */
  const change = useCallback(
    (apply: (saved: ClaimCorrection[]) => Promise<ClaimCorrection[]>) => {
      setSaveError(null);
      apply(view?.corrections ?? []).then(notifyClaimsChanged, (e: unknown) => setSaveError(toAppError(e)));
    },
    [view],
  );

  const dismiss = useCallback(
    (row: ClaimRow, discrepancy: DiscrepancyType) =>
      change(() => api().correctClaim({ type: 'dismiss', claimId: row.claims[0] ?? row.id, discrepancy })),
    [change],
  );
  const restore = useCallback(
    (row: ClaimRow, discrepancy: DiscrepancyType) =>
      change((saved) => api().setClaimCorrections(withoutDismissal(saved, row, discrepancy))),
    [change],
  );
  const move = useCallback(
    (claim: Claim, toClaimId: string | null) =>
      change(() => api().correctClaim({ type: 'move', claimId: claim.id, toClaimId })),
    [change],
  );

  return {
    view,
    loading:
      key !== null &&
      folder !== null &&
      (answered?.key !== key || answered.folder !== folder || answered.attempt !== attempt),
    error: error && error.key === key ? error.error : null,
    saveError,
    retry: reload,
    dismiss,
    restore,
    move,
  };
}
