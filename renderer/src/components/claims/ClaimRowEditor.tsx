import { useTranslation } from 'react-i18next';
import type { Claim, ClaimRow, DiscrepancyType } from '../../../../shared/claims/model';
import { moveTargetsFor } from '../../../../shared/claims/view';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import { clipText, useClaimLabels, useOutletName } from './ClaimParts';

/** Value of the move choice that leaves the claim where it is. */
const STAY = '';
/** Value of the move choice that gives the claim a row of its own. */
const OWN = '\u0000own';

/** What a user can correct on a row of matched claims. */
export interface RowCorrections {
  onDismiss: (row: ClaimRow, discrepancy: DiscrepancyType) => void;
  onRestore: (row: ClaimRow, discrepancy: DiscrepancyType) => void;
  /** Moves a claim to the row holding `toClaimId`, or (null) to a row of its own. */
  onMove: (claim: Claim, toClaimId: string | null) => void;
}

/**
 * The corrections of one row: each flag with Dismiss (each dismissed flag with Restore), and for each claim a choice
 * of the row it belongs to (another row of its kind, or a row of its own).
 */
export function ClaimRowEditor({
  row,
  rows,
  claims,
  articles,
  onDismiss,
  onRestore,
  onMove,
}: {
  row: ClaimRow;
  /** Every row of the view, to move a claim to. */
  rows: readonly ClaimRow[];
  /** Claims by id. */
  claims: ReadonlyMap<string, Claim>;
  articles: ReadonlyMap<string, ArticleSummary>;
} & RowCorrections) {
  const { t } = useTranslation();
  const { topic, flag } = useClaimLabels();
  const outletName = useOutletName();
  const title = topic(row);
  const own = row.claims.flatMap((id) => claims.get(id) ?? []);
  return (
    <div className="claim-editor" role="group" aria-label={t('claims.correctLabel', { topic: title })}>
      {row.discrepancies.length + row.dismissed.length > 0 ? (
        <ul className="claim-editor-flags">
          {row.discrepancies.map((d) => (
            <li key={d}>
              <span className="claim-flag" data-flag={d}>
                {flag(d)}
              </span>
              <button
                type="button"
                className="button small-button"
                aria-label={t('claims.dismissLabel', { flag: flag(d), topic: title })}
                onClick={() => onDismiss(row, d)}
              >
                {t('claims.dismiss')}
              </button>
            </li>
          ))}
          {row.dismissed.map((d) => (
            <li key={d}>
              <span className="claim-flag claim-flag-dismissed" data-flag={d}>
                {flag(d)}
              </span>
              <button
                type="button"
                className="button small-button"
                aria-label={t('claims.restoreLabel', { flag: flag(d), topic: title })}
                onClick={() => onRestore(row, d)}
              >
                {t('claims.restore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {own.map((claim) => {
        const targets = moveTargetsFor(rows, claim);
        if (targets.length === 0 && own.length < 2) return null;
        return (
          <label key={claim.id} className="claim-move small">
            <span>
              {t('claims.moveLabel', {
                text: clipText(claim.text, 50),
                outlet: outletName(articles.get(claim.articleId)),
              })}
            </span>
            <select
              value={STAY}
              onChange={(event) => {
                const value = event.target.value;
                if (value !== STAY) onMove(claim, value === OWN ? null : value);
              }}
            >
              <option value={STAY}>{t('claims.moveStay')}</option>
              {own.length > 1 ? <option value={OWN}>{t('claims.moveOwn')}</option> : null}
              {targets.map((target) => {
                const first = target.claims[0];
                const sample = first ? claims.get(first) : undefined;
                return first ? (
                  <option key={target.id} value={first}>
                    {t('claims.moveOption', { topic: topic(target), text: clipText(sample?.text ?? '', 40) })}
                  </option>
                ) : null;
              })}
            </select>
          </label>
        );
      })}
    </div>
  );
}
