import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimsView } from '../../../../shared/claims/ipc';
import type { Claim, ClaimRow } from '../../../../shared/claims/model';
import { disagreementsOf, sectionRows } from '../../../../shared/claims/view';
import { formatNumber } from '../../../../shared/format/index';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import { OutletBadge } from '../OutletBadge';
import {
  ClaimButton,
  CorrectToggle,
  FlagBadges,
  ShowSingleToggle,
  useClaimLabels,
  useOutletName,
} from './ClaimParts';
import { ClaimRowEditor, type RowCorrections } from './ClaimRowEditor';

/**
 * The facts of the open pair: a count of those reported differently and alike, then each fact with its topic, flags
 * and both wordings (each a button that shows it in the comparison), and its corrections on demand.
 */
export function PairClaims({
  view,
  a,
  b,
  articles,
  onShow,
  ...corrections
}: {
  view: ClaimsView;
  a: string;
  b: string;
  articles: ReadonlyMap<string, ArticleSummary>;
  /** Shows a claim in the comparison. */
  onShow: (claim: Claim) => void;
} & RowCorrections) {
  const { t } = useTranslation();
  const { topic, lang } = useClaimLabels();
  const outletName = useOutletName();
  const [showSingle, setShowSingle] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  // The facts told alike are drawn only once their section is opened (a long pair has hundreds of them).
  const [agreeOpen, setAgreeOpen] = useState(false);
  const claims = useMemo(() => new Map(view.claims.map((c) => [c.id, c])), [view.claims]);
  const sections = sectionRows(view.rows);
  const differ = sections.differ.length;
  const agree = sections.agree.length;
  const agreeTitle = t('claims.sectionAgree', { count: agree, n: formatNumber(agree, lang) });
  const empty = differ + agree + (showSingle ? sections.single.length : 0) === 0;

  const sameOutlet = outletName(articles.get(a)) === outletName(articles.get(b));
  const side = (row: ClaimRow, id: string, flagged: boolean) => {
    const own = row.claims.flatMap((c) => {
      const claim = claims.get(c);
      return claim && claim.articleId === id ? [claim] : [];
    });
    const article = articles.get(id);
    return (
      <div className="claim-side" data-article={id}>
        {article ? <OutletBadge outlet={article.outlet} /> : null}
        {sameOutlet ? <span className="muted small claim-file">{id}</span> : null}
        {own.length ? (
          own.map((claim) => (
            <ClaimButton key={claim.id} claim={claim} article={article} flagged={flagged} onShow={onShow} />
          ))
        ) : (
          <span className="muted small claim-absent">{t('claims.absent')}</span>
        )}
      </div>
    );
  };

  const pairLabel = t('claims.listLabel', { a: outletName(articles.get(a)), b: outletName(articles.get(b)) });
  const list = (rows: readonly ClaimRow[], section: string) => (
    <ul className="claim-list" aria-label={`${section} — ${pairLabel}`}>
      {rows.map((row) => {
        const title = topic(row);
        const flagged = disagreementsOf(row).length > 0;
        return (
          <li key={row.id} className={flagged ? 'claim-card flagged' : 'claim-card'} data-row={row.id}>
            <div className="claim-card-head">
              <h3 className="claim-topic" title={title}>
                {title}
              </h3>
              <span className="claim-flags">
                <FlagBadges row={row} />
              </span>
            </div>
            {side(row, a, flagged)}
            {side(row, b, flagged)}
            <CorrectToggle
              topic={title}
              open={editing === row.id}
              onToggle={() => setEditing((current) => (current === row.id ? null : row.id))}
            />
            {editing === row.id ? (
              <ClaimRowEditor
                row={row}
                rows={view.rows}
                claims={claims}
                articles={articles}
                {...corrections}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="pair-claims">
      <p className="claims-summary">
        <span className={differ ? 'claims-count claims-count-differ' : 'claims-count'}>
          {t('claims.differCount', { count: differ, n: formatNumber(differ, lang) })}
        </span>
        <span className="muted">
          {t('claims.agreeCount', {
            count: agree,
            n: formatNumber(agree, lang),
          })}
        </span>
      </p>
      <ShowSingleToggle checked={showSingle} onChange={setShowSingle} />
      {empty ? <p className="muted">{t('claims.noneShared')}</p> : null}
      {differ ? (
        <section className="claim-section claim-section-differ">
          <h3 className="claim-section-title">{t('claims.sectionDiffer')}</h3>
          {list(sections.differ, t('claims.sectionDiffer'))}
        </section>
      ) : null}
      {agree ? (
        <details
          className="claim-section claim-section-agree"
          open={agreeOpen}
          onToggle={(event) => setAgreeOpen(event.currentTarget.open)}
        >
          <summary className="claim-section-title">{agreeTitle}</summary>
          {agreeOpen ? list(sections.agree, agreeTitle) : null}
        </details>
      ) : null}
      {showSingle && sections.single.length ? (
        <section className="claim-section claim-section-single">
          <h3 className="claim-section-title">{t('claims.sectionSingle')}</h3>
          {list(sections.single, t('claims.sectionSingle'))}
        </section>
      ) : null}
    </div>
  );
}
