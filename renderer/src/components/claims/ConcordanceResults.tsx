import { useTranslation } from 'react-i18next';
import {
  groupHitsByOutlet,
  type ConcordanceHit,
  type ConcordanceResult,
} from '../../../../shared/claims/concordance';
import { formatNumber } from '../../../../shared/format/index';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import { OutletBadge } from '../OutletBadge';
import { useClaimLabels } from './ClaimParts';

/** Marks text cut from the context. */
const ELLIPSIS = '…';

/**
 * Hits of a phrase in the folder, grouped by outlet with a count per outlet; each hit shows the words before and
 * after it and opens its article at the hit.
 */
export function ConcordanceResults({
  result,
  articles,
  onOpen,
}: {
  result: ConcordanceResult;
  articles: ReadonlyMap<string, ArticleSummary>;
  onOpen: (hit: ConcordanceHit) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useClaimLabels();
  const groups = groupHitsByOutlet(result);
  const total = result.hits.length;
  if (total === 0) {
    return (
      <p className="muted" role="status">
        {t('claims.search.none', { query: result.query })}
      </p>
    );
  }
  return (
    <section className="concordance" aria-label={t('claims.search.resultsLabel', { query: result.query })}>
      <p className="concordance-total" role="status">
        {t('claims.search.results', { count: total, n: formatNumber(total, lang), query: result.query })}
      </p>
      {groups.map((group) => {
        const sample = articles.get(group.hits[0]?.article ?? '');
        const outlet = sample?.outlet ?? { id: group.outlet, name: group.outlet, source: 'unknown' };
        return (
          <section key={group.outlet} className="concordance-group" data-outlet={group.outlet}>
            <h3 className="concordance-outlet">
              <OutletBadge outlet={outlet} />
              <span className="concordance-count">
                {t('claims.search.outletCount', { count: group.count, n: formatNumber(group.count, lang) })}
              </span>
            </h3>
            <ul className="concordance-hits">
              {group.hits.map((hit) => (
                <li key={`${hit.article}@${hit.start}`}>
                  <button
                    type="button"
                    className="concordance-hit"
                    title={t('claims.search.openHit', { file: hit.article, match: hit.match })}
                    onClick={() => onOpen(hit)}
                  >
                    <span className="concordance-context">
                      {ELLIPSIS}
                      {hit.left}
                      <mark className="concordance-match">{hit.match}</mark>
                      {hit.right}
                      {ELLIPSIS}
                    </span>
                    <span className="concordance-file muted small">{hit.article}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
