import type { ClaimsView } from '../../../../shared/claims/ipc';
import type { Claim, ClaimRow } from '../../../../shared/claims/model';
import type { ArticleSummary, FolderView } from '../../../../shared/ipc/types';

/** An article summary of a fictional outlet. */
export function summary(id: string, outlet: string, date?: string): ArticleSummary {
  return {
    id,
    title: `Titre ${id}`,
    outlet: { id: outlet.toLowerCase().replace(/\s+/g, '-'), name: outlet, source: 'rule', color: '#1f4fd1' },
    ...(date ? { date } : {}),
    words: 100,
    warnings: [],
  };
}

/** A claim of an article. */
export function claim(
  articleId: string,
  kind: Claim['kind'],
  start: number,
  text: string,
  extra: Partial<Claim> = {},
): Claim {
  return {
    id: `${articleId}#${kind}@${start}`,
    articleId,
    kind,
    text,
    start,
    end: start + text.length,
    ...extra,
  };
}

export const GAZETTE = summary('gazette.txt', 'Gazette du Port', '2026-03-12');
export const COURRIER = summary('courrier.txt', 'Courrier des Quais', '2026-03-13');
export const ECHO = summary('echo.txt', 'Écho du Soir');

export const dockersG = claim('gazette.txt', 'quantity', 40, 'quelque 340 dockers', {
  normalized: '~340',
  qualifier: 'quelque',
  unit: 'dockers',
  value: 340,
});
export const dockersC = claim('courrier.txt', 'quantity', 30, 'plus de 500 dockers', {
  normalized: '>500',
  qualifier: 'plus de',
  unit: 'dockers',
  value: 500,
});
export const voteG = claim('gazette.txt', 'date', 10, 'mardi', { normalized: '2026-03-10' });
export const voteC = claim('courrier.txt', 'date', 12, 'mardi', { normalized: '2026-03-10' });
export const quoteG = claim('gazette.txt', 'quote', 90, 'Le quai restera ouvert', {
  speaker: 'Jeanne Dupré',
});
export const lonely = claim('courrier.txt', 'quantity', 80, 'trois grues', {
  normalized: '3',
  unit: 'grues',
  value: 3,
});

const row = (claims: Claim[], topic: string, extra: Partial<ClaimRow> = {}): ClaimRow => ({
  id: `row:${claims[0]!.id}`,
  topic,
  kind: claims[0]!.kind,
  claims: claims.map((c) => c.id),
  articles: [...new Set(claims.map((c) => c.articleId))],
  discrepancies: [],
  dismissed: [],
  ...extra,
});

export const dateRow = row([voteG, voteC], 'date · conseil');
export const dockersRow = row([dockersG, dockersC], 'dockers · syndicat', {
  discrepancies: ['number-differs', 'qualifier-differs'],
});
export const quoteRow = row([quoteG], 'citation · Jeanne Dupré', { discrepancies: ['reported-by-one'] });
export const lonelyRow = row([lonely], 'grues · quai', { discrepancies: ['reported-by-one'] });

/** Claims of the Gazette and the Courrier, matched. */
export const pairView: ClaimsView = {
  articles: ['gazette.txt', 'courrier.txt'],
  claims: [voteG, voteC, dockersG, dockersC, quoteG, lonely],
  rows: [dateRow, dockersRow, quoteRow, lonelyRow],
  corrections: [],
};

export const summaries: ReadonlyMap<string, ArticleSummary> = new Map(
  [GAZETTE, COURRIER, ECHO].map((a) => [a.id, a]),
);

/** A folder of the three articles, the first two in one story. */
export const folder: FolderView = {
  name: 'port',
  demo: false,
  articles: [COURRIER, ECHO, GAZETTE],
  stories: [
    { id: 'story-port', title: 'Le quai nord', articles: ['gazette.txt', 'courrier.txt'], origin: 'auto' },
    { id: 'story-echo', title: 'Autre', articles: ['echo.txt'], origin: 'auto' },
  ],
  reuse: [],
  skipped: [],
  removed: [],
  warnings: [],
};
