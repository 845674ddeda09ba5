import { extname, join } from 'node:path';
import { nodeFs } from './fs-like';
import { ARTICLE_EXTENSIONS } from './read-article';

/** How deep the article files of a folder are looked for, as the folder scan does. */
const MAX_DEPTH = 3;

/** The ids (paths relative to `root`, `/`-separated) of the article files of a folder, hidden entries left out. */
export async function listArticleIds(root: string, depth = 0, prefix = ''): Promise<string[]> {
  const entries = await nodeFs.readdir(join(root, prefix)).catch(() => []);
  const ids: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const id = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && depth < MAX_DEPTH) ids.push(...(await listArticleIds(root, depth + 1, id)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) ids.push(id);
  }
  return ids.sort();
}

/** Levenshtein distance between two strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((row[j - 1] ?? 0) + 1, (previous[j] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to what was typed (case and `\` separators aside), when it is close enough to be what was
 * meant: at most half of the longer name differs. Ties go to the first in order.
 */
export function closestId(wanted: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string => s.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase();
  const target = norm(wanted);
  let best: { id: string; cost: number } | undefined;
  for (const id of candidates) {
    const name = norm(id);
    const whole = distance(target, name);
    const base = distance(target.split('/').pop() ?? target, name.split('/').pop() ?? name);
    const cost = Math.min(whole, base);
    if (cost <= Math.max(target.length, name.length) / 2 && (!best || cost < best.cost)) best = { id, cost };
  }
  return best?.id;
}
