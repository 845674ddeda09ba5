import { isAbsolute, relative, sep } from 'node:path';

/** The id an article gets: its path as given, relative to the working directory when inside it, with `/` separators. */
export function articleIdFor(cwd: string, file: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  const id = rel.startsWith('..') ? file : rel;
  return id.split(sep).join('/').replace(/^\.\//, '');
}
