import { useTranslation } from 'react-i18next';
import type { RecentFolder } from '../../../shared/ipc/types';

/** The last folders opened; a missing one is greyed with "Locate…" and "Remove". */
export function RecentFolders({
  folders,
  onOpen,
  onLocate,
  onForget,
}: {
  folders: RecentFolder[];
  onOpen: (path: string) => void;
  onLocate: (folder: RecentFolder) => void;
  onForget: (folder: RecentFolder) => void;
}) {
  const { t } = useTranslation();
  if (folders.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('shell.recentTitle')}</h2>
      <ul>
        {folders.map((folder) => (
          <li key={folder.path} className={folder.exists ? undefined : 'missing'}>
            {folder.exists ? (
              <button
                type="button"
                className="link-button"
                title={folder.path}
                onClick={() => onOpen(folder.path)}
              >
                {folder.name}
              </button>
            ) : (
              <>
                <span className="recent-name" title={folder.path}>
                  {folder.name} <span className="small">({t('shell.recentMissing')})</span>
                </span>
                <button type="button" className="button small-button" onClick={() => onLocate(folder)}>
                  {t('shell.locate')}
                </button>
                <button type="button" className="button small-button" onClick={() => onForget(folder)}>
                  {t('shell.forget')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
