import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc/types';
import { api } from '../api';
import { Dialog } from './Dialog';

/** Help > About: name, version and runtime versions. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api()
      .getAppInfo()
      .then(setInfo, () => setInfo(null));
  }, []);
  return (
    <Dialog title={t('dialog.aboutTitle')} onClose={onClose}>
      <p className="about-name">{t('app.name')}</p>
      <p>{t('app.tagline')}</p>
      {info ? (
        <>
          <p data-testid="about-version">{t('dialog.version', { version: info.version })}</p>
          {info.electron ? (
            <p className="muted">
              {t('dialog.runtime', {
                electron: info.electron,
                chrome: info.chrome ?? '',
                node: info.node ?? '',
              })}
            </p>
          ) : null}
          {info.logFile ? <p className="muted small">{t('dialog.logFile', { path: info.logFile })}</p> : null}
        </>
      ) : null}
    </Dialog>
  );
}
