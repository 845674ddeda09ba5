import { useTranslation } from 'react-i18next';
import { paragraphNumber } from '../../../../shared/compare/view-rows';
import type { PendingLink } from './CompareRowView';

/**
 * The notices above the rows about hand corrections: those that no longer apply (with Discard), and the link being
 * made (with Cancel).
 */
export function CompareNotices({
  orphaned,
  onDiscard,
  pendingLink,
  onCancelLink,
  names,
}: {
  /** How many corrections no longer apply. */
  orphaned: number;
  onDiscard: () => void;
  pendingLink: PendingLink | null;
  onCancelLink: () => void;
  names: { a: string; b: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      {orphaned > 0 ? (
        <div className="cmp-notice" role="note">
          <span>{t('compare.correct.orphaned', { count: orphaned })}</span>
          <button type="button" className="button" onClick={onDiscard}>
            {t('compare.correct.discard')}
          </button>
        </div>
      ) : null}
      {pendingLink ? (
        <div className="cmp-notice cmp-linking" role="status">
          <span>
            {t('compare.correct.linking', {
              outlet: pendingLink.side === 'a' ? names.b : names.a,
              n: paragraphNumber(pendingLink.segment),
            })}
          </span>
          <button type="button" className="button" onClick={onCancelLink}>
            {t('compare.correct.cancel')}
          </button>
        </div>
      ) : null}
    </>
  );
}
