import { useTranslation } from 'react-i18next';
import type { NotesNoticeCode, NotesView } from '../../../../shared/notes/ipc';
import { useWords } from '../../hooks/use-words';

/** The i18n key of a notice's title. */
function titleKey(code: NotesNoticeCode) {
  if (code === 'damaged' || code === 'moved-aside') return 'notes.notice.damaged' as const;
  if (code === 'read-only' || code === 'linked') return 'notes.notice.readOnly' as const;
  if (code === 'merged') return 'notes.notice.merged' as const;
  return 'notes.notice.saveFailed' as const;
}

/** The class suffix of a notice: the damaged ones share one look. */
function look(code: NotesNoticeCode): string {
  return code === 'moved-aside' ? 'damaged' : code;
}

/**
 * Where the notes are kept and what the user must know about them: the folder cannot be written (notes kept in
 * the app's data folder), a damaged notes file was moved aside, notes could not be saved. Each notice says what
 * happened and names the file; it stays until dismissed, and the data-folder reminder stays while it is true.
 */
export function NotesNotices({
  view,
  dismissed,
  onDismiss,
}: {
  view: Pick<NotesView, 'location' | 'notices'>;
  /** Indexes of the notices the user dismissed. */
  dismissed: ReadonlySet<number>;
  onDismiss: (index: number) => void;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const shown = view.notices
    .map((notice, index) => ({ notice, index }))
    .filter(({ index }) => !dismissed.has(index));
  if (view.location !== 'data-dir' && shown.length === 0) return null;
  return (
    <div className="notes-notices">
      {view.location === 'data-dir' ? (
        <p className="notes-notice notes-notice-location" role="note">
          <strong>{t('notes.notice.dataDir')}</strong>
        </p>
      ) : null}
      {shown.map(({ notice, index }) => (
        <div key={index} className={`notes-notice notes-notice-${look(notice.code)}`} role="note">
          <strong>{t(titleKey(notice.code))}</strong>
          <p className="notes-notice-message">{words.notice(notice.notice)}</p>
          <button type="button" className="link-button small" onClick={() => onDismiss(index)}>
            {t('notes.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
