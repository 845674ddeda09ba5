import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/format/lang';
import { wordNotice } from '../../../shared/i18n/notice';
import { catalogs } from '../../../shared/i18n/index';
import type { AppError, ErrorCode } from '../../../shared/ipc/errors';
import type { Notice } from '../../../shared/ipc/notice';

/** What the UI words in the user's language: the Node side's notices, and errors with the reason they carry. */
export interface Words {
  /** A notice (a warning, a skipped file's reason) worded by the one translator, as the CLI words it. */
  notice: (notice: Notice) => string;
  /**
   * An error's message: the catalog text for its code, with its notice (when it has one) worded as `reason`; a code
   * the catalog does not know gets the unexpected problem's words (what to do), never its English message.
   */
  error: (error: AppError) => string;
  /** A short title for an error: what failed ("Not a folder"), "Unexpected problem" for a code it does not know. */
  errorTitle: (error: AppError) => string;
}

/** True when the catalogs word this error code. */
const known = (code: string): code is ErrorCode => code in catalogs.en.errors.titles;

/** The words of notices and errors in the interface language, following language switches. */
export function useWords(): Words {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  return {
    notice: (notice) => wordNotice(lang, notice),
    error: (error) =>
      t(`errors.${known(error.code) ? error.code : 'INTERNAL'}`, {
        ...error.params,
        ...(error.notice ? { reason: wordNotice(lang, error.notice) } : {}),
        defaultValue: t('errors.INTERNAL'),
      }),
    errorTitle: (error) => t(`errors.titles.${known(error.code) ? error.code : 'INTERNAL'}`),
  };
}
