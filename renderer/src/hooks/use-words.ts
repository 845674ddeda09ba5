import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/format/lang';
import { wordNotice } from '../../../shared/i18n/notice';
import type { AppError } from '../../../shared/ipc/errors';
import type { Notice } from '../../../shared/ipc/notice';

/** What the UI words in the user's language: the Node side's notices, and errors with the reason they carry. */
export interface Words {
  /** A notice (a warning, a skipped file's reason) worded by the one translator, as the CLI words it. */
  notice: (notice: Notice) => string;
  /** An error's message: the catalog text for its code, with its notice (when it has one) worded as `reason`. */
  error: (error: AppError) => string;
}

/** The words of notices and errors in the interface language, following language switches. */
export function useWords(): Words {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  return {
    notice: (notice) => wordNotice(lang, notice),
    error: (error) =>
      t(`errors.${error.code}`, {
        ...error.params,
        ...(error.notice ? { reason: wordNotice(lang, error.notice) } : {}),
        defaultValue: error.message,
      }),
  };
}
