import type { Article } from '../../../shared/article/model';
import type { Correction } from '../../../shared/compare/correction-schema';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { Granularity } from '../../../shared/compare/segment';
import type { TextEquivalence } from '../../../shared/text/fold';

/** What the compare worker is asked: two articles, the equivalences and the hand corrections (no language: results are structural). */
export interface CompareRequest {
  id: number;
  a: Article;
  b: Article;
  equivalence: TextEquivalence;
  corrections: Correction[];
  /** Sentence links instead of paragraph links (the hand corrections are then left out). */
  granularity?: Granularity;
}

/** Stages the worker reports while it works. */
export type CompareStage = 'comparing' | 'correcting';

/** What the compare worker answers: progress, then the corrected comparison or an error. */
export type CompareResponse =
  | { id: number; type: 'progress'; stage: CompareStage }
  | { id: number; type: 'done'; comparison: CorrectedComparison; ms: number }
  | { id: number; type: 'error'; message: string; detail?: string };
