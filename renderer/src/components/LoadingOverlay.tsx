import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown while a folder loads, only once it has taken longer than `delayMs`, with the count read so far and a
 * Cancel button (the folder open before stays).
 */
export function LoadingOverlay({
  progress,
  delayMs = 200,
  onCancel,
}: {
  progress: { done: number; total: number } | null;
  delayMs?: number;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [delayMs]);
  if (!visible) return null;
  return (
    <div className="loading-overlay" role="status" aria-live="polite">
      <div className="loading-card">
        <p>{t('shell.loadingFolder')}</p>
        {progress && progress.total > 0 ? (
          <>
            <progress max={progress.total} value={progress.done} />
            <p className="muted small">
              {t('shell.loadingCount', { done: progress.done, total: progress.total })}
            </p>
          </>
        ) : (
          <progress />
        )}
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('shell.cancelLoading')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
