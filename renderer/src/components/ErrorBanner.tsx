import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/errors';
import { useWords } from '../hooks/use-words';

/**
 * Shows an error that reached the UI: a title, the message for its code in the user's language, the detail on
 * demand, and one action (Dismiss by default, or e.g. Try again).
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
        <strong>{title ?? t('errors.title')}</strong>
        <p>{words.error(error)}</p>
        {error.detail ? (
          <details>
            <summary>{error.code}</summary>
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
