import { z } from 'zod';
import { articleId } from '../ipc/article-id';
import type { Notice } from '../ipc/notice';
import type { StateNotice } from '../ipc/state-notice';
import type { Note, TagDef } from './model';

/**
 * What a notice about the notes is: the state files' codes (`damaged`: left in place; `moved-aside`: set aside by a
 * save), `linked` (`.recoupe/` or the notes file is a link, not used), `read-only` (notes kept in the app's data
 * folder), `merged` (notes from the data folder merged back) and `save-failed`.
 */
export type NotesNoticeCode = StateNotice['code'] | 'linked' | 'read-only' | 'merged' | 'save-failed';

/** The notes of the open folder as the renderer gets them after every call. */
export interface NotesView {
  notes: Note[];
  /** User tags (the built-in ones are `BUILT_IN_TAGS`). */
  tags: TagDef[];
  /** `data-dir` when the folder cannot be written and the notes are kept in the app's data folder. */
  location: 'folder' | 'data-dir';
  /** What the user should be told (damaged file left in place or moved aside, read-only folder, failed save…), oldest first. */
  notices: { code: NotesNoticeCode; notice: Notice }[];
}

const tagId = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const noteId = z.string().min(1).max(200);

/** A span the user selected in one article, in UTF-16 offsets into `Article.text`. */
export const spanTargetSchema = z
  .object({
    article: articleId,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    scope: z.enum(['text', 'paragraph', 'row']).default('text'),
  })
  .strict()
  .refine((t) => t.end > t.start, 'end must be after start');

/** A new note: the main process gives it an id, times and anchors its targets. */
export const newNoteSchema = z
  .object({
    tag: tagId,
    text: z.string().max(100_000),
    targets: z.array(spanTargetSchema).min(1).max(2),
  })
  .strict()
  .refine(
    (n) => new Set(n.targets.map((t) => t.article)).size === n.targets.length,
    'one target per article',
  );

/** Ops the renderer may send as they are (adding notes and targets goes through `addNote` and `setNoteTarget`). */
const simpleOp = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delete'), id: noteId }).strict(),
  z
    .object({
      type: z.literal('edit'),
      id: noteId,
      tag: tagId.optional(),
      text: z.string().max(100_000).optional(),
    })
    .strict(),
  z.object({ type: z.literal('removeTarget'), id: noteId, article: articleId }).strict(),
  z
    .object({
      type: z.literal('addTag'),
      tag: z.object({ id: tagId, label: z.string().trim().min(1).max(200) }).strict(),
    })
    .strict(),
  z.object({ type: z.literal('removeTag'), id: tagId }).strict(),
  z.object({ type: z.literal('renameTag'), id: tagId, label: z.string().trim().min(1).max(200) }).strict(),
]);

/** The ops of one `applyNoteOps` call, applied as one undo step. */
export const noteOpListSchema = z.array(simpleOp).min(1).max(1_000);

export type NewNote = z.infer<typeof newNoteSchema>;
export type SpanTarget = z.infer<typeof spanTargetSchema>;
export type SimpleNoteOp = z.infer<typeof simpleOp>;
