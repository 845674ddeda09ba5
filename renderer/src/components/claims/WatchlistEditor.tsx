import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format/index';
import { fold } from '../../../../shared/text/fold';
import { DEFAULT_LEXICON } from '../../../../shared/claims/lexicon';
import type { WatchlistState } from '../../hooks/use-watchlist';
import { ErrorBanner } from '../ErrorBanner';
import { useClaimLabels } from './ClaimParts';
import { StateNoticeText } from '../StateNoticeText';

/**
 * The folder's watched phrases and framing words, managed in one place: each watched phrase with its number of hits
 * (a button that searches it), "framing word" (found as a framing claim) and Remove; a field to add one; then the
 * framing words of the folder's lexicon that are not watched, each with Remove.
 */
export function WatchlistEditor({
  watch,
  onSearch,
}: {
  watch: WatchlistState;
  onSearch: (phrase: string) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useClaimLabels();
  const [draft, setDraft] = useState('');
  const framing = new Set(watch.framing.map(fold));
  const builtIn = new Set(DEFAULT_LEXICON.framing.map(fold));
  const watched = new Set(watch.phrases.map(fold));
  const framingOnly = watch.framing.filter((p) => !watched.has(fold(p)));
  const framingTitle = (phrase: string): string =>
    t(builtIn.has(fold(phrase)) ? 'claims.watch.framingBuiltIn' : 'claims.watch.framingLabel', { phrase });
  return (
    <section className="watchlist" aria-labelledby="watchlist-title">
      <h2 id="watchlist-title" className="claims-heading">
        {t('claims.watch.title')}
      </h2>
      <p className="muted small">{t('claims.watch.hint')}</p>
      <p className="muted small">{t('claims.watch.framingHint')}</p>
      <StateNoticeText notice={watch.notice} className="claims-notice" />
      <StateNoticeText notice={watch.lexiconNotice} className="claims-notice" />
      {watch.error ? <ErrorBanner error={watch.error} onDismiss={watch.clearError} /> : null}
      {watch.phrases.length === 0 ? <p className="muted small">{t('claims.watch.empty')}</p> : null}
      <ul className="watchlist-items">
        {watch.phrases.map((phrase) => {
          const count = watch.counts.get(phrase);
          const hits =
            count === undefined ? '' : t('claims.watch.count', { count, n: formatNumber(count, lang) });
          return (
            <li key={phrase}>
              <button
                type="button"
                className="watchlist-phrase"
                title={t('claims.watch.searchLabel', { phrase })}
                onClick={() => onSearch(phrase)}
              >
                <span className="watch-sample">{phrase}</span>
                {hits ? <span className="muted small">{hits}</span> : null}
              </button>
              <label className="watch-framing small" title={framingTitle(phrase)}>
                <input
                  type="checkbox"
                  aria-label={framingTitle(phrase)}
                  checked={framing.has(fold(phrase)) || builtIn.has(fold(phrase))}
                  disabled={builtIn.has(fold(phrase))}
                  onChange={(event) => watch.setFraming(phrase, event.target.checked)}
                />
                {t('claims.watch.framing')}
              </label>
              <button
                type="button"
                className="button small-button"
                aria-label={t('claims.watch.removeLabel', { phrase })}
                onClick={() => watch.remove(phrase)}
              >
                {t('claims.watch.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      {framingOnly.length ? (
        <>
          <p className="muted small">{t('claims.watch.framingOnly')}</p>
          <ul className="watchlist-items">
            {framingOnly.map((phrase) => (
              <li key={phrase}>
                <span className="watch-sample">{phrase}</span>
                <button
                  type="button"
                  className="button small-button"
                  aria-label={t('claims.watch.removeFramingLabel', { phrase })}
                  onClick={() => watch.setFraming(phrase, false)}
                >
                  {t('claims.watch.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form
        className="claims-form"
        onSubmit={(event) => {
          event.preventDefault();
          const phrase = draft.trim();
          if (!phrase) return;
          watch.add(phrase);
          setDraft('');
        }}
      >
        <label className="claims-field">
          <span className="small">{t('claims.watch.addLabel')}</span>
          <input
            type="text"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={!draft.trim()}>
          {t('claims.watch.add')}
        </button>
      </form>
    </section>
  );
}
