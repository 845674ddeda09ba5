import { basename, dirname, resolve } from 'node:path';
import type { Article } from '../shared/article/model';
import type { Lang } from '../shared/format/lang';
import { wordNotice } from '../shared/i18n/notice';
import { closestId, listArticleIds } from '../node/closest-article';
import { nodeFs } from '../node/fs-like';
import { ArticleReadError, readArticleFile } from '../node/read-article';
import { articleIdFor } from './article-id';
import { CommandError } from './command';

/**
 * Reads an article file named on the command line, with a message in `lang` naming it when it cannot be read: a
 * missing file names the folder it was looked for in and the closest article there, a folder says it is one, an
 * unreadable file says why.
 */
export async function readArticleArgument(cwd: string, file: string, lang: Lang): Promise<Article> {
  const abs = resolve(cwd, file);
  // nodeFs finds a file by the name Recoupe shows for it (a name not valid UTF-8 is shown as its windows-1252 reading).
  const found = await nodeFs.stat(abs).catch(() => null);
  const where = dirname(file) || '.';
  if (!found) {
    const closest = closestId(basename(file), await listArticleIds(dirname(abs)));
    const shown = closest && where !== '.' ? `${where}/${closest}` : closest;
    throw new CommandError(
      wordNotice(
        lang,
        shown
          ? { code: 'article-missing-closest', params: { file, where, closest: shown } }
          : { code: 'article-missing', params: { file, where } },
      ),
    );
  }
  if (found.isDirectory())
    throw new CommandError(wordNotice(lang, { code: 'article-is-folder', params: { file, where: file } }));
  try {
    return await readArticleFile(abs, articleIdFor(cwd, file));
  } catch (error) {
    if (error instanceof ArticleReadError)
      throw new CommandError(
        wordNotice(lang, {
          code: 'article-unreadable',
          params: { ...error.reason.params, file, reason: error.reason.code },
        }),
      );
    throw error;
  }
}
