import { random } from './random';
/** Invented article texts of any length for export tests and benches (fictional town, fictional outlets). */

const SUBJECTS = [
  'le conseil municipal de Brévannes',
  'la compagnie des eaux du Lirot',
  'le syndicat des pêcheurs de la baie',
  'la préfète de la région des Marais',
  'un collectif de riverains',
  'l’observatoire régional des crues',
  'le directeur du port de plaisance',
  'une association de commerçants',
];
const VERBS = [
  'a examiné',
  'a contesté',
  'a présenté',
  'a défendu',
  'a critiqué',
  'a publié',
  'a reporté',
  'a chiffré',
];
const OBJECTS = [
  'le projet de digue du quai Nord',
  'les relevés de la station de pompage',
  'le calendrier des travaux sur la berge',
  'un rapport sur la qualité de l’eau',
  'le budget consacré aux écluses',
  'les mesures prises après la tempête',
  'la carte des zones inondables',
  'le plan de relogement des familles',
];
const TAILS = [
  'devant une salle comble',
  'sans donner de date précise',
  'lors d’une réunion publique houleuse',
  'dans un communiqué diffusé mardi',
  'malgré les réserves des experts',
  'en promettant une réponse rapide',
  'au terme de trois mois de concertation',
  'avec le soutien de plusieurs élus',
];
const ADDED = [
  'Des habitants interrogés sur le marché disent ne plus croire aux promesses faites depuis dix ans.',
  'Un ancien ingénieur de la ville estime que les chiffres avancés sont très optimistes.',
  'Les travaux pourraient selon lui durer deux fois plus longtemps que prévu.',
];

/** One invented sentence. */
function sentence(next: () => number): string {
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] as string;
  const text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words in a text. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A paragraph of about `words` words that starts with its own serial number, so its first words are unique. */
function paragraph(serial: number, words: number, next: () => number): string {
  let text = `Le relevé numéro ${serial} montre que`;
  while (countWords(text) < words) text += ` ${sentence(next)}`;
  return text;
}

/** Two invented articles about one story, and their paragraphs. */
export interface ArticlePair {
  a: string;
  b: string;
  paragraphsA: string[];
  paragraphsB: string[];
}

/**
 * Two articles of about `words` words each: B copies A with paragraphs dropped, rewritten words and paragraphs of
 * its own; both hold one very long paragraph (longer than a page) so page breaks inside a row get exercised.
 */
export function longArticlePair(words: number, seed = 7): ArticlePair {
  const next = random(seed);
  const paragraphsA: string[] = [];
  const paragraphsB: string[] = [];
  let serial = 1;
  let total = 0;
  for (let i = 0; total < words; i++) {
    const length = i === 6 ? 1400 : 60 + Math.floor(next() * 90);
    const text = paragraph(serial++, length, next);
    total += countWords(text);
    paragraphsA.push(text);
    if (i % 11 === 5) continue;
    paragraphsB.push(i % 4 === 1 ? text.replace(/ a (examiné|contesté|présenté)/, ' aurait $1') : text);
    if (i % 13 === 7) paragraphsB.push(`Le relevé numéro ${serial++} ajoute que ${ADDED[i % ADDED.length]}`);
  }
  const join = (date: string, title: string, list: readonly string[]): string =>
    ` date ${date} ${title}\n\n${list.join('\n\n')}\n`;
  return {
    a: join('2024-05', 'Brévannes : la digue du quai Nord divise la ville', paragraphsA),
    b: join('2024-05-21', 'La digue de Brévannes, un chantier sans fin', paragraphsB),
    paragraphsA,
    paragraphsB,
  };
}
