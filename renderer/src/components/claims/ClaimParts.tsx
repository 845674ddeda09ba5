import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, ClaimRow, DiscrepancyType } from '../../../../shared/claims/model';
import { describeClaimValue, describeTopic } from '../../../../shared/claims/view';
import type { Lang } from '../../../../shared/format/lang';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import type { StateNotice } from '../../../../shared/ipc/state-notice';
import { api } from '../../api';
import { StateNoticeText } from '../StateNoticeText';

/** Longest wording shown on a claim's button; the whole text is in its tooltip. */
const MAX_WORDING = 90;

/** Text cut to `max` characters with an ellipsis, on one line. */
export function clipText(text: string, max = MAX_WORDING): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Labels of claims in the interface language: a row's topic, a discrepancy's name, the language. */
export function useClaimLabels() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const topic = useCallback(
    (row: Pick<ClaimRow, 'topic' | 'kind' | 'subject'>): string => describeTopic(row, lang),
    [lang],
  );
  const flag = useCallback((d: DiscrepancyType): string => t(`claims.discrepancy.${d}`), [t]);
  return { topic, flag, lang };
}

/** The outlet's display name of an article ("Unknown outlet" when there is none). */
export function useOutletName() {
  const { t } = useTranslation();
  return useCallback(
    (article: ArticleSummary | undefined): string =>
      !article || article.outlet.id === 'unknown' ? t('shell.unknownOutlet') : article.outlet.name,
    [t],
  );
}

/** The flags of a row as badges (shape and text, not colour alone); "agree" when there is none. */
export function FlagBadges({ row }: { row: ClaimRow }) {
  const { t } = useTranslation();
  const { flag } = useClaimLabels();
  const shown = row.discrepancies.filter((d) => d !== 'reported-by-one' || row.articles.length === 1);
  if (shown.length === 0) {
    return <span className="claim-flag claim-flag-agree">{t('claims.agree')}</span>;
  }
  return (
    <>
      {shown.map((d) => (
        <span
          key={d}
          className={d === 'reported-by-one' ? 'claim-flag claim-flag-single' : 'claim-flag'}
          data-flag={d}
        >
          {flag(d)}
        </span>
      ))}
    </>
  );
}

/** A claim's wording as a button that shows it in the comparison, with the value it states (dates, speakers, disputed amounts). */
export function ClaimButton({
  claim,
  article,
  flagged,
  onShow,
}: {
  claim: Claim;
  article: ArticleSummary | undefined;
  /** The claim's row flags a disagreement: the value it states is shown for every kind. */
  flagged: boolean;
  onShow: (claim: Claim) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useClaimLabels();
  const outletName = useOutletName();
  const wording = clipText(claim.text);
  const value = flagged || claim.kind !== 'quantity' ? describeClaimValue(claim, lang) : '';
  return (
    <span className="claim-wording">
      <button
        type="button"
        className="link-button claim-button"
        title={claim.text}
        aria-label={t('claims.showIn', { text: wording, outlet: outletName(article), file: claim.articleId })}
        onClick={() => onShow(claim)}
      >
        {wording}
      </button>
      {value ? (
        <span className="claim-value muted small">
          {claim.kind === 'quote' ? t('claims.speaker', { speaker: value }) : value}
        </span>
      ) : null}
    </span>
  );
}

/** The "Correct" link of a fact, opening or closing its editor. */
export function CorrectToggle({
  topic,
  open,
  onToggle,
}: {
  topic: string;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="link-button small claim-correct-toggle"
      aria-expanded={open}
      aria-label={t('claims.correctLabel', { topic })}
      onClick={onToggle}
    >
      {t('claims.correct')}
    </button>
  );
}

/** The checkbox that also shows the facts only one article reports. */
export function ShowSingleToggle({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="claims-toggle small">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{t('claims.showSingle')}</span>
    </label>
  );
}

/** The notices above the facts: a damaged claims file (named), and facts still being read, with progress and Cancel. */
export function ClaimsNotices({ notice, loading }: { notice: StateNotice | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!loading) return;
    const off = api().on('claimsProgress', setProgress);
    return () => {
      off();
      setProgress(null);
    };
  }, [loading]);
  return (
    <>
      <StateNoticeText notice={notice} className="claims-notice" />
      {loading ? (
        <div className="claims-loading" role="status">
          <span className="claims-spinner" aria-hidden="true" />
          {t('claims.loading')}
          {progress && progress.total > 1 ? (
            <>
              <progress max={progress.total} value={progress.done} />
              <span className="muted small">
                {t('claims.progress', { done: progress.done, total: progress.total })}
              </span>
            </>
          ) : null}
          <button type="button" className="small" onClick={() => void api().cancelClaims()}>
            {t('claims.cancel')}
          </button>
        </div>
      ) : null}
    </>
  );
}
