import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../shared/article/model';
import { parseArticle } from '../../shared/article/parse-article';

/** Folder of the story fixtures (our own writing). */
export const storyFixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/story');

/** The articles of a story fixture folder, read by the article reader, in file-name order. */
export function readStoryFixture(name: string): Article[] {
  const dir = join(storyFixturesDir, name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
}
