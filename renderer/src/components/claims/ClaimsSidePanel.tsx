import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../../shared/claims/model';
import type { FolderView } from '../../../../shared/ipc/types';
import { useClaims } from '../../hooks/use-claims';
import type { TextTarget } from '../../hooks/use-reveal';
import type { WatchlistState } from '../../hooks/use-watchlist';
import { ErrorBanner } from '../ErrorBanner';
import { ClaimsNotices } from './ClaimParts';
import { MatrixDialog, matrixArticles, type MatrixScope } from './MatrixDialog';
import { PairClaims } from './PairClaims';
import { SearchPanel } from './SearchPanel';
import './claims.css';

const TABS = ['claims', 'search'] as const;

/** A tab another part of the app adds to the side panel (the notes), after the claims' own tabs. */
export interface SidePanelTab {
  id: string;
  label: ReactNode;
  panel: ReactNode;
}

/**
 * The claims side of the side panel, in two tabs: the facts of the open pair (with the story matrix one click away),
 * and the search of a phrase across the folder with the folder's watched phrases.
 */
export function ClaimsSidePanel({
  folder,
  a,
  b,
  watch,
  onShow,
  extraTabs = [],
  tab: chosen,
  onTab,
}: {
  folder: FolderView;
  /** The open pair (either may be absent). */
  a: string | null;
  b: string | null;
  watch: WatchlistState;
  /** Shows text in the comparison, beside `partner` when the open pair does not hold it. */
  onShow: (target: TextTarget, partner?: string) => void;
  extraTabs?: readonly SidePanelTab[];
  /** The tab shown, when the app chooses it (with `onTab` told of the user's choice). */
  tab?: string;
  onTab?: (tab: string) => void;
}) {
  const { t } = useTranslation();
  const [ownTab, setOwnTab] = useState<string>('claims');
  const tab = chosen ?? ownTab;
  const setTab = (next: string): void => {
    setOwnTab(next);
    onTab?.(next);
  };
  const tabs = [...TABS.map((id) => ({ id, label: t(`claims.tabs.${id}`) as ReactNode })), ...extraTabs];
  const ids = tabs.map((x) => x.id);
  const [matrixOpen, setMatrixOpen] = useState(false);
  const [scope, setScope] = useState<MatrixScope | null>(null);
  const [includeSingle, setIncludeSingle] = useState(false);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const pairIds = useMemo(() => (a && b ? [a, b] : null), [a, b]);
  const claims = useClaims(pairIds, folder);
  const articles = useMemo(() => new Map(folder.articles.map((x) => [x.id, x])), [folder.articles]);
  const showClaim = (claim: Claim, partner?: string): void =>
    onShow({ article: claim.articleId, start: claim.start, end: claim.end }, partner);

  const onTabKey = (event: KeyboardEvent): void => {
    const at = ids.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? ids[(at + 1) % ids.length]
        : event.key === 'ArrowLeft'
          ? ids[(at + ids.length - 1) % ids.length]
          : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="claims-panel">
      <div role="tablist" aria-label={t('claims.tabsLabel')} className="claims-tabs" onKeyDown={onTabKey}>
        {tabs.map(({ id: name, label }) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`claims-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`claims-tabpanel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="claims-tab"
            onClick={() => setTab(name)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="claims-tabpanel-claims"
        aria-labelledby="claims-tab-claims"
        hidden={tab !== 'claims'}
        className="claims-tabpanel"
      >
        <div className="claims-heading-row">
          <h2 className="claims-heading">{t('claims.pairTitle')}</h2>
          <button
            type="button"
            className="button small-button"
            title={t(folder.articles.length < 2 ? 'claims.matrix.needsTwo' : 'claims.matrix.openTitle')}
            disabled={folder.articles.length < 2}
            onClick={() => setMatrixOpen(true)}
          >
            {t('claims.matrix.open')}
          </button>
        </div>
        {!a || !b ? <p className="muted small">{t('claims.pickPair')}</p> : null}
        {claims.error ? (
          <div className="claims-failed" role="alert">
            <span>{t('claims.failed')}</span>
            <button type="button" className="button small-button" onClick={claims.retry}>
              {t('claims.retry')}
            </button>
          </div>
        ) : null}
        {claims.saveError ? <ErrorBanner error={claims.saveError} onDismiss={claims.retry} /> : null}
        <ClaimsNotices notice={claims.view?.notice} loading={claims.loading && Boolean(pairIds)} />
        {a && b && claims.view ? (
          <PairClaims
            view={claims.view}
            a={a}
            b={b}
            articles={articles}
            onShow={(claim) => showClaim(claim)}
            onDismiss={claims.dismiss}
            onRestore={claims.restore}
            onMove={claims.move}
          />
        ) : null}
      </div>
      <div
        role="tabpanel"
        id="claims-tabpanel-search"
        aria-labelledby="claims-tab-search"
        hidden={tab !== 'search'}
        className="claims-tabpanel"
      >
        <SearchPanel
          folder={folder}
          watch={watch}
          onOpen={(hit) => onShow({ article: hit.article, start: hit.start, end: hit.end })}
        />
      </div>
      {extraTabs.map((extra) => (
        <div
          key={extra.id}
          role="tabpanel"
          id={`claims-tabpanel-${extra.id}`}
          aria-labelledby={`claims-tab-${extra.id}`}
          hidden={tab !== extra.id}
          className="claims-tabpanel"
        >
          {extra.panel}
        </div>
      ))}
      {matrixOpen ? (
        <MatrixDialog
          folder={folder}
          article={a}
          scope={scope ?? (matrixArticles(folder, a, 'story').length >= 2 ? 'story' : 'folder')}
          includeSingle={includeSingle}
          onScope={setScope}
          onIncludeSingle={setIncludeSingle}
          onShow={showClaim}
          onClose={() => setMatrixOpen(false)}
        />
      ) : null}
    </div>
  );
}
