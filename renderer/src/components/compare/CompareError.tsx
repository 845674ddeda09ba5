import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/ipc/errors';

/** Why the pair cannot be shown, in the error banner's style, with a way to try again. */
export function CompareError({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner cmp-error" role="alert">
      <div className="error-banner-text">
        <strong>{t('compare.failedTitle')}</strong>
        <p>{t(`errors.${error.code}`, { ...error.params, defaultValue: error.message })}</p>
        {error.detail ? (
          <details>
            <summary>{error.code}</summary>
            <pre>{error.detail}</pre>
          </details>
        ) : null}
      </div>
      <button type="button" className="button" onClick={onRetry}>
        {t('compare.retry')}
      </button>
    </div>
  );
}
