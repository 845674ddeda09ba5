import { useCallback, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article/model';
import type { Correction } from '../../../../shared/compare/correction-schema';
import { anchorSide } from '../../../../shared/compare/corrections';
import { paragraphNumber, type CompareRow } from '../../../../shared/compare/view-rows';
import type { AppError } from '../../../../shared/ipc/errors';
import { api } from '../../api';
import { toAppError } from '../../errors';
import type { PendingLink, RowAction } from './CompareRowView';
import { newCorrectionId, notifyCorrections } from './correction-events';

/** What the hand corrections of a pair need from the view. */
export interface AlignmentCorrectionsInput {
  aId: string;
  bId: string;
  articles: { a: Article; b: Article } | null;
  /** The pair's saved corrections, once read. */
  corrections: Correction[] | null;
  /** The outlet names of the two columns. */
  names: { a: string; b: string };
  announce: (text: string) => void;
}

/**
 * Hand corrections of a pair's alignment: the row whose actions are open, the link being made (a paragraph chosen,
 * waiting for its partner), and `act` on a row's action; each new list of corrections is shown at once, saved (main
 * records it as one step of the folder's Undo), and taken back with a message when saving fails.
 */
export function useAlignmentCorrections(input: AlignmentCorrectionsInput) {
  const { aId, bId, articles, corrections, names, announce } = input;
  const { t } = useTranslation();
  const [actionsOpen, setActionsOpen] = useState<string | null>(null);
  const [pendingLink, setPendingLink] = useState<PendingLink | null>(null);
  const [actionError, setActionError] = useState<AppError | null>(null);

  /** Saves a new list of corrections, shown at once in every view of the pair. */
  const commit = useCallback(
    (next: Correction[]) => {
      const previous = corrections ?? [];
      notifyCorrections(aId, bId, next);
      api()
        .setCorrections(aId, bId, next)
        .then(
          (saved) => notifyCorrections(aId, bId, saved),
          (error: unknown) => {
            notifyCorrections(aId, bId, previous);
            setActionError(toAppError(error));
          },
        );
    },
    [corrections, aId, bId],
  );

  const act = (row: CompareRow, action: RowAction): void => {
    if (!articles || !corrections) return;
    const base = { id: newCorrectionId(), at: new Date().toISOString() };
    if (action.type === 'start-link') {
      setPendingLink({ side: action.side, segment: action.segment });
      setActionsOpen(null);
      announce(
        t('compare.correct.linking', {
          outlet: action.side === 'a' ? names.b : names.a,
          n: paragraphNumber(action.segment),
        }),
      );
      return;
    }
    if (action.type === 'link-here') {
      if (!pendingLink) return;
      const a = pendingLink.side === 'a' ? pendingLink.segment : action.segment;
      const b = pendingLink.side === 'a' ? action.segment : pendingLink.segment;
      const correction: Correction = {
        ...base,
        op: 'link',
        a: anchorSide(articles.a, [a]),
        b: anchorSide(articles.b, [b]),
      };
      setPendingLink(null);
      commit([...corrections, correction]);
      return;
    }
    const anchors = { a: anchorSide(articles.a, row.a), b: anchorSide(articles.b, row.b) };
    setActionsOpen(null);
    if (action.type === 'unlink') {
      commit([...corrections, { ...base, ...anchors, op: 'unlink' }]);
    } else if (action.kind !== row.kind || !row.byHand) {
      commit([...corrections, { ...base, ...anchors, op: 'kind', kind: action.kind }]);
    }
  };

  /** Removes the corrections with these ids (those that no longer apply). */
  const discard = (ids: readonly string[]): void => {
    if (!corrections) return;
    const gone = new Set(ids);
    commit(corrections.filter((c) => !gone.has(c.id)));
  };

  return {
    actionsOpen,
    toggleActions: (key: string) => setActionsOpen((open) => (open === key ? null : key)),
    pendingLink,
    cancelLink: () => setPendingLink(null),
    /** Escape gives up the link being made. */
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && pendingLink) {
        setPendingLink(null);
        event.stopPropagation();
      }
    },
    act,
    discard,
    actionError,
    dismissError: () => setActionError(null),
  };
}
