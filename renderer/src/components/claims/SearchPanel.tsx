import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcordanceHit, ConcordanceResult } from '../../../../shared/claims/concordance';
import type { AppError } from '../../../../shared/ipc/errors';
import type { FolderView } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { toAppError } from '../../errors';
import type { WatchlistState } from '../../hooks/use-watchlist';
import { ErrorBanner } from '../ErrorBanner';
import { ConcordanceResults } from './ConcordanceResults';
import { WatchlistEditor } from './WatchlistEditor';

/** A search asked for: the phrase and a number that changes with every request. */
interface Query {
  phrase: string;
  seq: number;
}

/** Search of a phrase across the open folder, its results by outlet, and the folder's watched phrases. */
export function SearchPanel({
  folder,
  watch,
  onOpen,
}: {
  folder: FolderView;
  watch: WatchlistState;
  /** Opens an article at a hit. */
  onOpen: (hit: ConcordanceHit) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState<Query | null>(null);
  const [answer, setAnswer] = useState<{
    query: Query;
    folder: FolderView;
    result?: ConcordanceResult;
    error?: AppError;
  } | null>(null);
  const articles = useMemo(() => new Map(folder.articles.map((a) => [a.id, a])), [folder.articles]);

  useEffect(() => {
    if (!query) return;
    let live = true;
    api()
      .findPhrase(query.phrase)
      .then(
        (result) => {
          if (live) setAnswer({ query, folder, result });
        },
        (e: unknown) => {
          if (live) setAnswer({ query, folder, error: toAppError(e) });
        },
      );
    return () => {
      live = false;
    };
  }, [query, folder]);

  const search = (phrase: string): void => {
    const trimmed = phrase.trim();
    if (!trimmed) return;
    setDraft(trimmed);
    setQuery((current) => ({ phrase: trimmed, seq: (current?.seq ?? 0) + 1 }));
  };
  const current = answer && answer.query === query ? answer : null;
  const searching = query !== null && (current === null || current.folder !== folder);

  return (
    <div className="search-panel">
      <section aria-labelledby="concordance-title">
        <h2 id="concordance-title" className="claims-heading">
          {t('claims.search.title')}
        </h2>
        <form
          className="claims-form"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            search(draft);
          }}
        >
          <label className="claims-field">
            <span className="small">{t('claims.search.label')}</span>
            <input
              type="search"
              value={draft}
              maxLength={200}
              placeholder={t('claims.search.placeholder')}
              onChange={(event) => setDraft(event.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={!draft.trim()}>
            {t('claims.search.submit')}
          </button>
        </form>
        <p className="muted small">{t('claims.search.hint')}</p>
        {searching ? (
          <p className="claims-loading" role="status">
            <span className="claims-spinner" aria-hidden="true" />
            {t('claims.search.searching')}
          </p>
        ) : null}
        {current?.error ? <ErrorBanner error={current.error} onDismiss={() => setQuery(null)} /> : null}
        {current?.result ? (
          <ConcordanceResults result={current.result} articles={articles} onOpen={onOpen} />
        ) : null}
      </section>
      <WatchlistEditor watch={watch} onSearch={search} />
    </div>
  );
}
