import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/errors';

/** Shows an error that reached the UI: the message for its code in the user's language, the detail on demand. */
export function ErrorBanner({ error, onDismiss }: { error: AppError; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert">
      <div className="error-banner-text">
        <strong>{t('errors.title')}</strong>
        <p>{t(`errors.${error.code}`, { ...error.params, defaultValue: error.message })}</p>
        {error.detail ? (
          <details>
            <summary>{error.code}</summary>
            <pre>{error.detail}</pre>
          </details>
        ) : null}
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
