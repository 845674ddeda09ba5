import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimsView } from '../../../../shared/claims/ipc';
import type { Claim } from '../../../../shared/claims/model';
import { buildClaimMatrix } from '../../../../shared/claims/view';
import { formatDate, formatNumber } from '../../../../shared/format/index';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import { OutletBadge } from '../OutletBadge';
import { ClaimButton, CorrectToggle, FlagBadges, useClaimLabels } from './ClaimParts';
import { ClaimRowEditor, type RowCorrections } from './ClaimRowEditor';

/** Drawn in cells that differ, beside the words that say so. */
const DIFFERS_GLYPH = '≠';
/** Drawn in cells of articles that do not report the fact. */
const ABSENT_GLYPH = '–';

/**
 * The story matrix: one row per fact, one column per article (headed by its outlet, file and date); a cell holds
 * the article's wording (a button that shows it in the comparison) and is marked when the row's articles disagree.
 */
export function ClaimMatrix({
  view,
  articles,
  includeSingle,
  onShow,
  ...corrections
}: {
  view: ClaimsView;
  articles: ReadonlyMap<string, ArticleSummary>;
  /** Also list the facts one article reports. */
  includeSingle: boolean;
  /** Shows a claim in the comparison, with another article of its row to compare it with. */
  onShow: (claim: Claim, partner: string | undefined) => void;
} & RowCorrections) {
  const { t } = useTranslation();
  const { topic, lang } = useClaimLabels();
  const [editing, setEditing] = useState<string | null>(null);
  const matrix = useMemo(() => buildClaimMatrix(view, { includeSingle }), [view, includeSingle]);
  const claims = useMemo(() => new Map(view.claims.map((c) => [c.id, c])), [view.claims]);

  if (matrix.length === 0) return <p className="muted">{t('claims.matrix.empty')}</p>;
  return (
    <div className="claim-matrix-scroll">
      <table
        className="claim-matrix"
        aria-label={t('claims.matrix.tableLabel', {
          count: view.articles.length,
          n: formatNumber(view.articles.length, lang),
        })}
      >
        <thead>
          <tr>
            <th scope="col" className="claim-matrix-fact">
              {t('claims.matrix.fact')}
            </th>
            {view.articles.map((id) => {
              const article = articles.get(id);
              return (
                <th key={id} scope="col" data-article={id}>
                  {article ? <OutletBadge outlet={article.outlet} /> : null}
                  <span className="claim-matrix-file small" title={id}>
                    {id}
                  </span>
                  {article?.date ? (
                    <span className="muted small">{formatDate(article.date, lang)}</span>
                  ) : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.map(({ row, cells, flagged }) => {
            const title = topic(row);
            return (
              <Fragment key={row.id}>
                <tr className={flagged ? 'flagged' : undefined} data-row={row.id}>
                  <th scope="row" className="claim-matrix-fact">
                    <span className="claim-topic">{title}</span>
                    <span className="claim-flags">
                      <FlagBadges row={row} />
                    </span>
                    <CorrectToggle
                      topic={title}
                      open={editing === row.id}
                      onToggle={() => setEditing((current) => (current === row.id ? null : row.id))}
                    />
                  </th>
                  {cells.map((cell) => {
                    const partner = row.articles.find((id) => id !== cell.article);
                    return (
                      <td
                        key={cell.article}
                        data-article={cell.article}
                        data-flagged={cell.flagged ? 'true' : undefined}
                        className={cell.flagged ? 'claim-cell flagged' : 'claim-cell'}
                      >
                        {cell.flagged ? (
                          <span className="claim-differs">
                            <span aria-hidden="true">{DIFFERS_GLYPH}</span>
                            <span className="sr-only">{t('claims.differs')}</span>
                          </span>
                        ) : null}
                        {cell.claims.length ? (
                          cell.claims.map((claim) => (
                            <ClaimButton
                              key={claim.id}
                              claim={claim}
                              article={articles.get(cell.article)}
                              flagged={flagged}
                              onShow={(c) => onShow(c, partner)}
                            />
                          ))
                        ) : (
                          <span className="claim-absent">
                            <span aria-hidden="true">{ABSENT_GLYPH}</span>
                            <span className="sr-only">{t('claims.absent')}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
                {editing === row.id ? (
                  <tr className="claim-matrix-editor">
                    <td colSpan={cells.length + 1}>
                      <ClaimRowEditor
                        row={row}
                        rows={view.rows}
                        claims={claims}
                        articles={articles}
                        {...corrections}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
