import { useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, BoilerplateKind, Span } from '../../../../shared/article/model';
import { formatDate, type Lang } from '../../../../shared/format/index';
import type { AppError } from '../../../../shared/ipc/errors';
import type { FolderView } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { toAppError } from '../../errors';
import { useClaims } from '../../hooks/use-claims';
import { ClaimsNotices, clipText, useClaimLabels } from '../claims/ClaimParts';
import { ErrorBanner } from '../ErrorBanner';
import { CompareNotesContext } from '../notes/compare-notes';
import { OutletBadge } from '../OutletBadge';
import './reader.css';

/** One paragraph of the text, with the kind of boilerplate it is, if it is some. */
interface ReadParagraph {
  span: Span;
  boilerplate?: BoilerplateKind | 'other';
}

/** The article's paragraphs in order, each boilerplate one marked with its kind. */
export function readParagraphs(article: Article): ReadParagraph[] {
  return article.paragraphs.map((span) => {
    const at = article.boilerplate.findIndex((b) => b[0] < span[1] && span[0] < b[1]);
    if (at < 0) return { span };
    return { span, boilerplate: article.boilerplateKinds?.[at] ?? 'other' };
  });
}

/**
 * One article read on its own, when there is nothing to compare it with: its text with the boilerplate marked (dates,
 * captions, credits), the numbers, dates and quotes found in it, and the notes made on it.
 */
export function ArticleReader({ folder, id }: { folder: FolderView; id: string }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const summary = folder.articles.find((a) => a.id === id);
  const [read, setRead] = useState<Article | null>(null);
  const article = read?.id === id ? read : null;
  const [error, setError] = useState<AppError | null>(null);
  const ids = useMemo(() => [id], [id]);
  const claims = useClaims(ids, folder);
  const { topic } = useClaimLabels();
  const notes = useContext(CompareNotesContext);

  useEffect(() => {
    let live = true;
    api()
      .getArticle(id)
      .then(
        (loaded) => live && setRead(loaded),
        (e: unknown) => live && setError(toAppError(e)),
      );
    return () => {
      live = false;
    };
  }, [id]);

  const facts = useMemo(() => {
    if (!claims.view) return [];
    const byId = new Map(claims.view.claims.map((c) => [c.id, c]));
    return claims.view.rows.flatMap((row) =>
      row.claims.flatMap((claimId) => {
        const claim = byId.get(claimId);
        return claim && claim.articleId === id ? [{ row, claim }] : [];
      }),
    );
  }, [claims.view, id]);
  const ownNotes = (notes?.notes ?? []).filter((n) => n.targets.some((target) => target.article === id));

  return (
    <section className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <p className="muted small">{t('reader.kicker')}</p>
        <h2 id="reader-title" className="reader-title">
          {summary ? <OutletBadge outlet={summary.outlet} inferred={summary.inferredOutlet} /> : null}{' '}
          {summary?.title ?? id}
        </h2>
        <p className="muted small">
          {[
            summary?.date ? formatDate(summary.date, lang) : null,
            summary ? t('shell.words', { count: summary.words }) : null,
            id,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="muted small">{t('reader.alone')}</p>
      </header>
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      <div className="reader-body">
        <article className="reader-text" aria-label={t('reader.textLabel')}>
          {article
            ? readParagraphs(article).map(({ span, boilerplate }) =>
                boilerplate ? (
                  <p key={span[0]} className="reader-boilerplate">
                    <span className="reader-kind">{t(`compare.boilerplate.${boilerplate}`)}</span>{' '}
                    {article.text.slice(span[0], span[1])}
                  </p>
                ) : (
                  <p key={span[0]}>{article.text.slice(span[0], span[1])}</p>
                ),
              )
            : null}
        </article>
        <aside className="reader-aside" aria-label={t('reader.asideLabel')}>
          <h3>{t('claims.pairTitle')}</h3>
          <ClaimsNotices notice={claims.view?.notice} loading={claims.loading} />
          {claims.view && facts.length === 0 ? <p className="muted small">{t('reader.noFacts')}</p> : null}
          <ul className="reader-facts">
            {facts.map(({ row, claim }) => (
              <li key={claim.id}>
                <span className="muted small">{topic(row)}</span> {clipText(claim.text)}
              </li>
            ))}
          </ul>
          <h3>{t('notes.title')}</h3>
          {ownNotes.length === 0 ? <p className="muted small">{t('reader.noNotes')}</p> : null}
          <ul className="reader-notes">
            {ownNotes.map((note) => (
              <li key={note.id}>
                <strong>{notes?.tagLabel(note.tag) ?? note.tag}</strong>
                {note.text ? ` — ${note.text}` : ''}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
