import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWords } from '../hooks/use-words';
import type { ExportResult } from '../../../shared/ipc/types';
import type { Lang } from '../../../shared/format/lang';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../../shared/report/options';
import type { TextEquivalence } from '../../../shared/text/fold';
import type { AppError } from '../../../shared/ipc/errors';
import { api } from '../api';
import { toAppError } from '../errors';

type Stage = 'reading' | 'printing' | 'writing' | 'done';
type Status =
  | { kind: 'idle' }
  | { kind: 'running'; stage: Stage }
  | { kind: 'saved'; result: ExportResult }
  | { kind: 'failed'; error: AppError };

/** File > Export PDF…: the document's title, page set-up and contents, progress, then Open and Show in Folder. */
export function ExportDialog({
  a,
  b,
  equivalence,
  onClose,
}: {
  a: string;
  b: string;
  /** The view's equivalences, so that the export shows what the screen shows. */
  equivalence: TextEquivalence;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const words = useWords();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<ReportOptions>({
    ...DEFAULT_REPORT_OPTIONS,
    lang: i18n.language as Lang,
  });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return api().on('exportProgress', ({ stage }) =>
      setStatus((current) => (current.kind === 'running' ? { kind: 'running', stage } : current)),
    );
  }, []);

  const run = async (format: 'pdf' | 'html'): Promise<void> => {
    setStatus({ kind: 'running', stage: 'reading' });
    try {
      const result = await api().exportComparison(a, b, format, options, {
        ignoreCase: equivalence.ignoreCase,
        ignorePunctuation: equivalence.ignorePunctuation,
        ignoreTypography: equivalence.ignoreTypography,
      });
      setStatus(result ? { kind: 'saved', result } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', error: toAppError(error) });
    }
  };

  const check = (
    key: 'landscape' | 'collapseIdentical' | 'includeNotes' | 'includeClaims' | 'includeBoilerplate',
    label: string,
  ) => (
    <label className="check">
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(event) => setOptions({ ...options, [key]: event.target.checked })}
      />
      {label}
    </label>
  );

  const running = status.kind === 'running';
  return (
    <dialog
      ref={ref}
      className="dialog export-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={`${id}-title`}>{t('exportDialog.title')}</h2>
      <label className="field export-title">
        <span>{t('layout.exportTitle')}</span>
        <input
          type="text"
          value={options.title ?? ''}
          maxLength={300}
          disabled={running}
          placeholder={t('layout.exportTitleHint')}
          onChange={(event) => {
            const { title: _dropped, ...rest } = options;
            setOptions(event.target.value.trim() ? { ...rest, title: event.target.value } : rest);
          }}
        />
      </label>
      <fieldset disabled={running}>
        <legend>{t('exportDialog.page')}</legend>
        <label className="field">
          <span>{t('exportDialog.paper')}</span>
          <select
            value={options.paper}
            onChange={(event) =>
              setOptions({ ...options, paper: event.target.value as ReportOptions['paper'] })
            }
          >
            <option value="a4">{t('exportDialog.a4')}</option>
            <option value="letter">{t('exportDialog.letter')}</option>
          </select>
        </label>
        {check('landscape', t('exportDialog.landscape'))}
        <label className="field">
          <span>{t('exportDialog.language')}</span>
          <select
            value={options.lang}
            onChange={(event) => setOptions({ ...options, lang: event.target.value as Lang })}
          >
            <option value="fr">{t('menu.languageFr')}</option>
            <option value="en">{t('menu.languageEn')}</option>
          </select>
        </label>
      </fieldset>
      <fieldset disabled={running}>
        <legend>{t('exportDialog.contents')}</legend>
        {check('includeNotes', t('exportDialog.notes'))}
        {check('includeClaims', t('exportDialog.claims'))}
        {check('collapseIdentical', t('exportDialog.collapseIdentical'))}
        {check('includeBoilerplate', t('exportDialog.boilerplate'))}
      </fieldset>
      <div className="export-status" role="status" aria-live="polite">
        {status.kind === 'running' ? (
          <>
            <progress />
            <span>{t(`exportDialog.stage.${status.stage}`)}</span>
          </>
        ) : null}
        {status.kind === 'saved' ? (
          <div className="export-saved">
            <p>{t('exportDialog.saved', { name: status.result.name, folder: status.result.folder })}</p>
            {status.result.warnings.map((warning, i) => (
              <p key={i} className="muted small">
                {words.notice(warning)}
              </p>
            ))}
            <div className="inline-fields">
              <button
                type="button"
                className="button"
                onClick={() => void api().openExported(status.result.path)}
              >
                {t('exportDialog.open')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void api().showExported(status.result.path)}
              >
                {t('exportDialog.showInFolder')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      {status.kind === 'failed' ? (
        <p className="export-error" role="alert">
          {words.error(status.error)}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={running}>
          {t('dialog.close')}
        </button>
        <button type="button" className="button" onClick={() => void run('html')} disabled={running}>
          {t('exportDialog.exportHtml')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => void run('pdf')}
          disabled={running}
          autoFocus
        >
          {t('exportDialog.exportPdf')}
        </button>
      </div>
    </dialog>
  );
}
