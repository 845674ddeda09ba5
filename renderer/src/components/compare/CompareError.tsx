import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/ipc/errors';
import { ErrorBanner } from '../ErrorBanner';

/** Why the pair cannot be shown, in the error banner's style, with a way to try again. */
export function CompareError({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorBanner
      error={error}
      onDismiss={onRetry}
      title={t('compare.failedTitle')}
      actionLabel={t('compare.retry')}
      className="cmp-error"
    />
  );
}
