import { useTranslation } from 'react-i18next';
import type { StateNotice } from '../../../shared/ipc/state-notice';

/** The note about a damaged state file of `.recoupe/`: left in place when read, or set aside by a save. */
export function StateNoticeText({
  notice,
  className,
}: {
  notice: StateNotice | undefined;
  className: string;
}) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <p className={className} role="note">
      {notice.code === 'moved-aside'
        ? t('stateFile.movedAside', { file: notice.file, aside: notice.aside ?? '' })
        : t(notice.code === 'linked' ? 'stateFile.linked' : 'stateFile.damaged', { file: notice.file })}
    </p>
  );
}
