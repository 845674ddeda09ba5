import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../../shared/claims/model';
import { formatNumber } from '../../../../shared/format/index';
import type { FolderView } from '../../../../shared/ipc/types';
import { useClaims } from '../../hooks/use-claims';
import { Dialog } from '../Dialog';
import { ErrorBanner } from '../ErrorBanner';
import { ClaimMatrix } from './ClaimMatrix';
import { ClaimsNotices, ShowSingleToggle, useClaimLabels } from './ClaimParts';

/** Which articles the matrix covers. */
export type MatrixScope = 'story' | 'folder';

/** The ids the matrix covers: the open article's story (earliest first), or every article of the folder. */
export function matrixArticles(folder: FolderView, article: string | null, scope: MatrixScope): string[] {
  if (scope === 'folder') return folder.articles.map((a) => a.id);
  const story = article ? folder.stories.find((s) => s.articles.includes(article)) : undefined;
  return story
    ? story.articles.filter((id) => folder.articles.some((a) => a.id === id))
    : article
      ? [article]
      : [];
}

/** The story matrix in a large dialog, with the choice of articles and of the facts one article reports. */
export function MatrixDialog({
  folder,
  article,
  scope,
  includeSingle,
  onScope,
  onIncludeSingle,
  onShow,
  onClose,
}: {
  folder: FolderView;
  /** The open article, whose story the matrix can cover. */
  article: string | null;
  scope: MatrixScope;
  includeSingle: boolean;
  onScope: (scope: MatrixScope) => void;
  onIncludeSingle: (include: boolean) => void;
  /** Shows a claim in the comparison (the dialog closes first). */
  onShow: (claim: Claim, partner: string | undefined) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useClaimLabels();
  const ids = useMemo(() => matrixArticles(folder, article, scope), [folder, article, scope]);
  const storySize = matrixArticles(folder, article, 'story').length;
  const claims = useClaims(ids.length ? ids : null, folder);
  const summaries = useMemo(() => new Map(folder.articles.map((a) => [a.id, a])), [folder.articles]);

  return (
    <Dialog title={t('claims.matrix.title')} onClose={onClose} className="claims-matrix-dialog">
      <div className="claim-matrix-options">
        <label className="small">
          <span>{t('claims.matrix.scope')}</span>
          <select
            value={scope}
            onChange={(event) => onScope(event.target.value === 'story' ? 'story' : 'folder')}
          >
            <option value="story" disabled={!article}>
              {t('claims.matrix.scopeStory', { count: storySize, n: formatNumber(storySize, lang) })}
            </option>
            <option value="folder">
              {t('claims.matrix.scopeFolder', {
                count: folder.articles.length,
                n: formatNumber(folder.articles.length, lang),
              })}
            </option>
          </select>
        </label>
        <ShowSingleToggle checked={includeSingle} onChange={onIncludeSingle} />
      </div>
      <p className="muted small">{t('claims.matrix.hint')}</p>
      {ids.length === 0 ? <p className="muted">{t('claims.matrix.noArticle')}</p> : null}
      {claims.error ? <ErrorBanner error={claims.error} onDismiss={claims.retry} /> : null}
      {claims.saveError ? <ErrorBanner error={claims.saveError} onDismiss={claims.retry} /> : null}
      <ClaimsNotices notice={claims.view?.notice} loading={claims.loading} />
      {claims.view ? (
        <ClaimMatrix
          view={claims.view}
          articles={summaries}
          includeSingle={includeSingle}
          onShow={(claim, partner) => {
            onClose();
            onShow(claim, partner);
          }}
          onDismiss={claims.dismiss}
          onRestore={claims.restore}
          onMove={claims.move}
        />
      ) : null}
    </Dialog>
  );
}
