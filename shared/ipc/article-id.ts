import { z } from 'zod';

/** An article id: a path relative to the open folder, with `/` separators, never absolute or climbing out. */
export const articleId = z
  .string()
  .min(1)
  .max(1024)
  .refine(
    (id) => !id.startsWith('/') && !/^[a-zA-Z]:/.test(id) && !id.split('/').includes('..'),
    'not a relative path inside the folder',
  );
