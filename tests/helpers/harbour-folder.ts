import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { random } from './random';

const UNITS = ['pompiers', 'dockers', 'manifestants', 'hectares', 'navires', 'minutes'];
const QUALIFIERS = ['', 'plus de ', 'près de ', 'quelque ', 'environ ', 'au moins '];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin'];
const PEOPLE = ['Anne Kervella', 'Marc Olivier', 'Marie Caradec', 'Yann Morvan'];
const SOURCES = ['(Gazette du Port)', '(Courrier des Quais)', '(Écho du Soir)'];

/** One item of a list. */
function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** A generated article of about 2 KB on a fictional harbour strike (our own writing): counts, dates, times, quotes. */
export function harbourArticle(index: number, paragraphCount = 10): string {
  const rand = random(index + 7);
  const paragraphs = [
    `VALBRUME ${pick(rand, SOURCES)} - Le conseil portuaire a voté mardi la fermeture du quai nord.`,
  ];
  for (let p = 0; p < paragraphCount; p++) {
    paragraphs.push(
      [
        `${pick(rand, QUALIFIERS)}${1 + Math.floor(rand() * 900)} ${pick(rand, UNITS)} ont été mobilisés jeudi.`,
        `"Nous tiendrons la ligne rouge fixée", a déclaré ${pick(rand, PEOPLE)}.`,
        `Une réunion doit se tenir le ${1 + Math.floor(rand() * 28)} ${pick(rand, MONTHS)} vers ${8 + Math.floor(rand() * 10)}h30.`,
      ].join(' '),
    );
  }
  return ` date 2026-0${1 + (index % 6)} ${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` generated harbour articles (`0000.txt`…) into `root`, created if needed. */
export async function writeHarbourFolder(root: string, count: number, paragraphCount = 10): Promise<void> {
  await mkdir(root, { recursive: true });
  for (let i = 0; i < count; i++)
    await writeFile(join(root, `${String(i).padStart(4, '0')}.txt`), harbourArticle(i, paragraphCount));
}
