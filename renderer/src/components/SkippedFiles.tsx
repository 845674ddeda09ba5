import { useTranslation } from 'react-i18next';
import { useWords } from '../hooks/use-words';
import type { FolderView } from '../../../shared/ipc/types';

/** Files of the folder that were not loaded, each with the reason. */
export function SkippedFiles({ skipped }: { skipped: FolderView['skipped'] }) {
  const { t } = useTranslation();
  const words = useWords();
  if (skipped.length === 0) return null;
  return (
    <details className="skipped">
      <summary>{t('shell.skippedCount', { count: skipped.length })}</summary>
      <ul>
        {skipped.map((file) => (
          <li key={file.path}>
            <strong>{file.path}</strong>
            <span className="muted small">{words.notice(file.reason)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
