import { useTranslation } from 'react-i18next';
import { displayAccelerator } from '../hooks/use-commands';

/** The first screen: what Recoupe does and one way in. */
export function EmptyState({ onOpenFolder }: { onOpenFolder: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <svg className="empty-illustration" viewBox="0 0 120 80" aria-hidden="true">
        <rect x="6" y="8" width="48" height="64" rx="4" className="sheet" />
        <rect x="66" y="8" width="48" height="64" rx="4" className="sheet" />
        <g className="lines">
          <rect x="14" y="20" width="32" height="4" rx="2" />
          <rect x="14" y="30" width="26" height="4" rx="2" className="cut" />
          <rect x="14" y="40" width="32" height="4" rx="2" />
          <rect x="74" y="20" width="32" height="4" rx="2" />
          <rect x="74" y="30" width="20" height="4" rx="2" className="added" />
          <rect x="74" y="40" width="32" height="4" rx="2" />
        </g>
      </svg>
      <h1 id="empty-title">{t('shell.emptyTitle')}</h1>
      <p className="empty-body">{t('shell.emptyBody')}</p>
      <button type="button" className="button primary large" onClick={onOpenFolder}>
        {t('shell.openFolder')}
      </button>
      <p className="muted small">
        {t('shell.emptyShortcut', { shortcut: displayAccelerator('CmdOrCtrl+O') })}
      </p>
    </section>
  );
}
