import type { Span } from '../../shared/article/model';
import { makeArticle } from './compare-article';

/** Paragraphs of a fictional story (our own writing) used by the compare view tests. */
export const STORY = {
  lede: 'Le conseil municipal de Valmery a voté mardi soir la fermeture du vieux pont tournant, après trois heures de débat et un vote serré de 17 voix contre 14.',
  mayor:
    '"Nous ne pouvons plus attendre qu\'une barque passe dessous au mauvais moment", a déclaré la maire, Odile Ferrand, devant une salle comble.',
  cost: "Les travaux de remplacement coûteront 4,2 millions d'euros selon le devis présenté par les services techniques de la ville.",
  history:
    'Construit en 1911 par des ouvriers du port, le pont pivote encore deux fois par jour pour laisser passer les péniches de sable.',
  opposition:
    "L'opposition dénonce une décision précipitée et réclame une étude indépendante sur la sécurité de l'ouvrage avant tout chantier.",
  schedule:
    'La fermeture doit intervenir le 3 mars, et une passerelle provisoire sera installée en aval pour les piétons et les cyclistes.',
  added:
    'Les commerçants du quai des Tanneurs craignent de perdre une partie de leur clientèle pendant les dix-huit mois de travaux annoncés.',
  reworded:
    "Selon les élus de l'opposition, la ville aurait dû commander une expertise indépendante sur la solidité du pont avant de décider quoi que ce soit.",
} as const;

/** An article of the given paragraphs, separated by blank lines, with optional boilerplate paragraphs given by index. */
export function storyArticle(
  paragraphs: readonly string[],
  options: { id: string; outlet: string; boilerplateAt?: number[] },
) {
  const text = paragraphs.join('\n\n');
  const boilerplate: Span[] = [];
  let at = 0;
  paragraphs.forEach((p, i) => {
    if (options.boilerplateAt?.includes(i)) boilerplate.push([at, at + p.length]);
    at += p.length + 2;
  });
  return makeArticle(text, { id: options.id, outlet: options.outlet, boilerplate });
}

/** The reference article (Gazette) and a rewrite (Courrier) that cuts, adds, edits and rewords paragraphs. */
export function storyPair() {
  const a = storyArticle(
    [STORY.lede, STORY.mayor, STORY.cost, STORY.history, STORY.opposition, STORY.schedule],
    {
      id: 'gazette.txt',
      outlet: 'Gazette',
    },
  );
  const b = storyArticle(
    [
      'https://courrier.example/valmery-pont',
      STORY.lede,
      STORY.cost.replace('4,2 millions', '5 millions'),
      STORY.added,
      STORY.history,
      STORY.reworded,
      STORY.schedule,
    ],
    { id: 'courrier.txt', outlet: 'Courrier', boilerplateAt: [0] },
  );
  return { a: { ...a, sha256: 'a'.repeat(64) }, b: { ...b, sha256: 'b'.repeat(64) } };
}
