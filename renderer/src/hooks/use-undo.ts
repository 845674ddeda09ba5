import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/errors';
import { api } from '../api';
import { toAppError } from '../errors';

/**
 * Undo and Redo of the folder's one history (kept by main): `run` takes back or does again the last step, whatever
 * its kind, and `announcement` says which for screen readers ("Undone: add note"); a step that cannot apply goes to
 * `onError` with the message saying why.
 */
export function useUndo(onError: (error: AppError) => void) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const run = useCallback(
    async (command: 'undo' | 'redo'): Promise<void> => {
      try {
        const { step } = await (command === 'undo' ? api().undo() : api().redo());
        if (step)
          setAnnouncement(
            t(command === 'undo' ? 'undo.undone' : 'undo.redone', { step: t(`undo.step.${step}`) }),
          );
        else setAnnouncement(t(command === 'undo' ? 'undo.nothingToUndo' : 'undo.nothingToRedo'));
      } catch (e) {
        onError(toAppError(e));
      }
    },
    [onError, t],
  );
  return { run, announcement };
}
