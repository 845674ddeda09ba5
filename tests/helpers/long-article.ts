import { random } from './random';

/** Words of a made-up news story (our own writing), for long generated articles. */
const VOCABULARY = (
  'le la les un une des du de au aux et ou mais donc car que qui dont où conseil maire ville port pont quai écluse ' +
  'barque péniche travaux chantier budget million euros habitants riverains commerçants élus opposition majorité ' +
  'séance vote débat rapport expertise sécurité ouvrage passerelle piétons cyclistes fermeture ouverture mars avril ' +
  'mardi mercredi soir matin annonce déclare affirme estime souligne rappelle précise indique selon après avant ' +
  'pendant depuis trois quatre cinq dix vingt cent projet plan étude calendrier retard coût hausse baisse public'
).split(' ');

/** About `words` words in paragraphs of 60–100 words, as a file with the seeds' date line. */
export function longArticle(words: number, seed: number): string[] {
  const next = random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const size = 60 + Math.floor(next() * 40);
    const sentence: string[] = [];
    for (let i = 0; i < size; i++)
      sentence.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)] ?? 'ville');
    const text = sentence.join(' ');
    paragraphs.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    count += size;
  }
  return paragraphs;
}

/** A rewrite of `paragraphs`: some dropped, some edited, some added, two swapped. */
export function rewrite(paragraphs: readonly string[], seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (const p of paragraphs) {
    const roll = next();
    if (roll < 0.08) continue;
    if (roll < 0.3) out.push(p.replace(/\b(trois|quatre|cinq|dix)\b/, 'douze').replace(/ et /, ' puis '));
    else out.push(p);
    if (next() < 0.06) out.push(longArticle(70, Math.floor(next() * 1e6))[0] ?? '');
  }
  if (out.length > 20) [out[5], out[15]] = [out[15] ?? '', out[5] ?? ''];
  return out;
}

/** The text of a file in the seeds' format. */
export function fileText(paragraphs: readonly string[]): string {
  return ` date 2026-03 ${paragraphs.join('\n\n')}\n`;
}
