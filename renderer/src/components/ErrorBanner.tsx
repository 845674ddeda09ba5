import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/errors';
import { useWords } from '../hooks/use-words';

/**
 * Shows an error that reached the UI: a title naming what failed, the message for its code in the user's language
 * (what happened and what to do; never a raw code), the detail for the log on demand, and one action (Dismiss by
 * default, or e.g. Try again).
 */
export function ErrorBanner({
  error,
  onDismiss,
  title,
  actionLabel,
  className,
}: {
  error: AppError;
  onDismiss: () => void;
  title?: string;
  actionLabel?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const words = useWords();
  return (
    <div className={className ? `error-banner ${className}` : 'error-banner'} role="alert">
      <div className="error-banner-text">
        <strong>{title ?? words.errorTitle(error)}</strong>
        <p>{words.error(error)}</p>
        {error.detail ? (
          <details>
            <summary>{t('errors.details')}</summary>
            <pre>{error.detail}</pre>
          </details>
        ) : null}
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        {actionLabel ?? t('errors.dismiss')}
      </button>
    </div>
  );
}
