import { useTranslation } from 'react-i18next';
import type { NotesView } from '../../../../shared/notes/ipc';

/** The kinds of notice that mean a notes file could not be used (and was moved aside when it could be). */
const DAMAGED = new Set([
  'too-large',
  'not-utf8',
  'invalid-json',
  'unsafe-keys',
  'future-version',
  'invalid-schema',
  'unreadable',
]);

/** The i18n key of a notice's title. */
function titleKey(kind: string) {
  if (DAMAGED.has(kind)) return 'notes.notice.damaged' as const;
  if (kind === 'read-only') return 'notes.notice.readOnly' as const;
  if (kind === 'merged') return 'notes.notice.merged' as const;
  if (kind === 'save-failed') return 'notes.notice.saveFailed' as const;
  return 'notes.notice.other' as const;
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
        <div
          key={index}
          className={`notes-notice notes-notice-${DAMAGED.has(notice.kind) ? 'damaged' : notice.kind}`}
          role="note"
        >
          <strong>{t(titleKey(notice.kind))}</strong>
          <p className="notes-notice-message">{notice.message}</p>
          <button type="button" className="link-button small" onClick={() => onDismiss(index)}>
            {t('notes.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
