import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import wire from '../../fixtures/story/vellmark/agence-nordique.txt?raw';
import courrier from '../../fixtures/story/vellmark/courrier-du-lac.txt?raw';
import gazette from '../../fixtures/story/vellmark/gazette-des-plaines.txt?raw';
import veilleur from '../../fixtures/story/vellmark/le-veilleur.txt?raw';

/** The `vellmark` story fixture read by the article reader without Node (bundled as text), in file-name order. */
export function vellmarkArticles(): Article[] {
  return [
    ['agence-nordique.txt', wire],
    ['courrier-du-lac.txt', courrier],
    ['gazette-des-plaines.txt', gazette],
    ['le-veilleur.txt', veilleur],
  ].map(([id, text]) => parseArticle({ id: id as string, text: text as string }));
}
