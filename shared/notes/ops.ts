import {
  BUILT_IN_TAGS,
  type AnnotationFile,
  type Note,
  type NoteTag,
  type NoteTarget,
  type TagDef,
  type Tombstone,
} from './model';

/** Most targets a note has: one per article of a side-by-side comparison. */
export const MAX_TARGETS = 2;

/** One change to a folder's notes; every op has an inverse (see `applyNoteOpWithInverse`). */
export type NoteOp =
  /** Adds a note (at `index` in the list when given, else at the end); clears a tombstone with its id. */
  | { type: 'add'; note: Note; index?: number }
  /** Deletes a note, leaving a tombstone so that merging an older copy does not bring it back. */
  | { type: 'delete'; id: string }
  /** Changes a note's tag and/or text. */
  | { type: 'edit'; id: string; tag?: NoteTag; text?: string }
  /** Sets the note's target for `target.article` (replacing it, or adding it at `index`); also re-attaches an orphan. */
  | { type: 'setTarget'; id: string; target: NoteTarget; index?: number }
  /** Removes the note's target in one article (a note keeps at least one target). */
  | { type: 'removeTarget'; id: string; article: string }
  /** Adds a user tag (at `index` when given). */
  | { type: 'addTag'; tag: TagDef; index?: number }
  /** Removes a user tag that no note uses. */
  | { type: 'removeTag'; id: string }
  /** Changes a user tag's label. */
  | { type: 'renameTag'; id: string; label: string }
  /** Several ops applied in order as one undo step. */
  | { type: 'batch'; ops: NoteOp[] };

/** An op that does not fit the current notes (unknown id, duplicate, last target…); the message says which and why. */
export class NoteOpError extends Error {
  override name = 'NoteOpError';
  constructor(
    message: string,
    /** `not-found` for an unknown note or tag, `invalid` for anything else. */
    readonly kind: 'not-found' | 'invalid' = 'invalid',
  ) {
    super(message);
  }
}

/** Applies an op; `now` (ISO time) stamps `modified` and tombstones. Throws NoteOpError when the op does not fit. */
export function applyNoteOp(
  file: AnnotationFile,
  op: NoteOp,
  now: string = new Date().toISOString(),
): AnnotationFile {
  return applyNoteOpWithInverse(file, op, now).file;
}

/** Applies an op and returns the op that undoes it (computed against `file`, before the change). */
export function applyNoteOpWithInverse(
  file: AnnotationFile,
  op: NoteOp,
  now: string = new Date().toISOString(),
): { file: AnnotationFile; inverse: NoteOp } {
  switch (op.type) {
    case 'add': {
      if (file.notes.some((n) => n.id === op.note.id))
        throw new NoteOpError(`a note with id ${op.note.id} already exists`);
      checkNote(file, op.note);
      const notes = [...file.notes];
      const index = op.index === undefined ? notes.length : clamp(op.index, 0, notes.length);
      notes.splice(index, 0, { ...op.note, modified: now });
      return {
        file: { ...file, notes, tombstones: file.tombstones.filter((t) => t.id !== op.note.id) },
        inverse: { type: 'delete', id: op.note.id },
      };
    }
    case 'delete': {
      const index = indexOfNote(file, op.id);
      const note = file.notes[index]!;
      return {
        file: {
          ...file,
          notes: file.notes.filter((n) => n.id !== op.id),
          tombstones: [...file.tombstones.filter((t) => t.id !== op.id), { id: op.id, deleted: now }],
        },
        inverse: { type: 'add', note, index },
      };
    }
    case 'edit': {
      const note = file.notes[indexOfNote(file, op.id)]!;
      if (op.tag !== undefined) checkTag(file, op.tag);
      const next: Note = {
        ...note,
        modified: now,
        ...(op.tag === undefined ? {} : { tag: op.tag }),
        ...(op.text === undefined ? {} : { text: op.text }),
      };
      return {
        file: replaceNote(file, next),
        inverse: {
          type: 'edit',
          id: op.id,
          ...(op.tag === undefined ? {} : { tag: note.tag }),
          ...(op.text === undefined ? {} : { text: note.text }),
        },
      };
    }
    case 'setTarget': {
      const note = file.notes[indexOfNote(file, op.id)]!;
      checkTarget(op.target);
      const at = note.targets.findIndex((t) => t.article === op.target.article);
      const targets = [...note.targets];
      if (at >= 0) targets[at] = op.target;
      else {
        if (targets.length >= MAX_TARGETS) {
          throw new NoteOpError(
            `note ${op.id} already points at ${MAX_TARGETS} articles; remove one target first`,
          );
        }
        targets.splice(
          op.index === undefined ? targets.length : clamp(op.index, 0, targets.length),
          0,
          op.target,
        );
      }
      const old = note.targets[at];
      return {
        file: replaceNote(file, { ...note, targets, modified: now }),
        inverse: old
          ? { type: 'setTarget', id: op.id, target: old }
          : { type: 'removeTarget', id: op.id, article: op.target.article },
      };
    }
    case 'removeTarget': {
      const note = file.notes[indexOfNote(file, op.id)]!;
      const at = note.targets.findIndex((t) => t.article === op.article);
      if (at < 0) throw new NoteOpError(`note ${op.id} has no target in ${op.article}`, 'not-found');
      if (note.targets.length === 1)
        throw new NoteOpError(`note ${op.id} would have no target left; delete the note instead`);
      return {
        file: replaceNote(file, { ...note, targets: note.targets.filter((_, i) => i !== at), modified: now }),
        inverse: { type: 'setTarget', id: op.id, target: note.targets[at]!, index: at },
      };
    }
    case 'addTag': {
      if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(op.tag.id)) {
        throw new NoteOpError(
          `tag id '${op.tag.id}' must be lowercase letters, digits and dashes (64 at most)`,
        );
      }
      if (!op.tag.label.trim()) throw new NoteOpError(`tag ${op.tag.id} needs a label`);
      if (isBuiltInTag(op.tag.id) || file.tags.some((t) => t.id === op.tag.id))
        throw new NoteOpError(`tag ${op.tag.id} already exists`);
      const tags = [...file.tags];
      tags.splice(op.index === undefined ? tags.length : clamp(op.index, 0, tags.length), 0, {
        id: op.tag.id,
        label: op.tag.label,
      });
      return { file: { ...file, tags }, inverse: { type: 'removeTag', id: op.tag.id } };
    }
    case 'removeTag': {
      const index = file.tags.findIndex((t) => t.id === op.id);
      if (index < 0) throw new NoteOpError(`there is no user tag ${op.id}`, 'not-found');
      const users = file.notes.filter((n) => n.tag === op.id).length;
      if (users > 0)
        throw new NoteOpError(`tag ${op.id} is used by ${users} note(s); give them another tag first`);
      return {
        file: { ...file, tags: file.tags.filter((t) => t.id !== op.id) },
        inverse: { type: 'addTag', tag: file.tags[index]!, index },
      };
    }
    case 'renameTag': {
      const tag = file.tags.find((t) => t.id === op.id);
      if (!tag) throw new NoteOpError(`there is no user tag ${op.id}`, 'not-found');
      if (!op.label.trim()) throw new NoteOpError(`tag ${op.id} needs a label`);
      return {
        file: { ...file, tags: file.tags.map((t) => (t.id === op.id ? { id: t.id, label: op.label } : t)) },
        inverse: { type: 'renameTag', id: op.id, label: tag.label },
      };
    }
    case 'batch': {
      let current = file;
      const inverses: NoteOp[] = [];
      for (const inner of op.ops) {
        const step = applyNoteOpWithInverse(current, inner, now);
        current = step.file;
        inverses.unshift(step.inverse);
      }
      return { file: current, inverse: { type: 'batch', ops: inverses } };
    }
  }
}

/** True for the ids of the built-in tags. */
export function isBuiltInTag(id: string): boolean {
  return (BUILT_IN_TAGS as readonly string[]).includes(id);
}

/** Index of a note by id; NoteOpError when there is none. */
function indexOfNote(file: AnnotationFile, id: string): number {
  const index = file.notes.findIndex((n) => n.id === id);
  if (index < 0) throw new NoteOpError(`there is no note ${id} (it may have been deleted)`, 'not-found');
  return index;
}

/** The file with `note` in place of the note with its id. */
function replaceNote(file: AnnotationFile, note: Note): AnnotationFile {
  return { ...file, notes: file.notes.map((n) => (n.id === note.id ? note : n)) };
}

/** NoteOpError unless the tag is built-in or one of the folder's tags. */
function checkTag(file: AnnotationFile, tag: string): void {
  if (!isBuiltInTag(tag) && !file.tags.some((t) => t.id === tag))
    throw new NoteOpError(`unknown tag ${tag}; add it first`, 'not-found');
}

/** NoteOpError unless the note has a known tag and one to `MAX_TARGETS` valid targets in distinct articles. */
function checkNote(file: AnnotationFile, note: Note): void {
  if (!note.id) throw new NoteOpError('a note needs an id');
  checkTag(file, note.tag);
  if (note.targets.length < 1 || note.targets.length > MAX_TARGETS) {
    throw new NoteOpError(`note ${note.id} needs 1 to ${MAX_TARGETS} targets, not ${note.targets.length}`);
  }
  if (new Set(note.targets.map((t) => t.article)).size !== note.targets.length) {
    throw new NoteOpError(`note ${note.id} has two targets in the same article`);
  }
  note.targets.forEach(checkTarget);
}

/** NoteOpError unless the target has a non-empty span and quote. */
function checkTarget(target: NoteTarget): void {
  const [start, end] = target.span;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end <= start ||
    target.quote.exact.length === 0
  ) {
    throw new NoteOpError(`the target in ${target.article} must cover some text`);
  }
}

/** `value` limited to `[low, high]`. */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** What a merge took from the other copy. */
export interface MergeReport {
  /** Notes only the other copy had. */
  added: number;
  /** Notes both had, where the other copy's was modified later. */
  updated: number;
  /** Notes removed because the other copy deleted them. */
  deleted: number;
}

/**
 * Merges two copies of a folder's notes by note id: a note in one copy only is kept; in both, the later
 * `modified` wins (ties keep `ours`); a tombstone removes a note unless the note was modified after it (a note
 * re-added by undo). Tombstones and user tags are united. Never drops a note without a tombstone.
 */
export function mergeAnnotationFiles(
  ours: AnnotationFile,
  theirs: AnnotationFile,
): { file: AnnotationFile; report: MergeReport } {
  const report: MergeReport = { added: 0, updated: 0, deleted: 0 };
  const tombstones = new Map<string, Tombstone>();
  for (const t of [...ours.tombstones, ...theirs.tombstones]) {
    const known = tombstones.get(t.id);
    if (!known || t.deleted > known.deleted) tombstones.set(t.id, t);
  }
  const theirById = new Map(theirs.notes.map((n) => [n.id, n]));
  const ourIds = new Set(ours.notes.map((n) => n.id));
  const candidates: { note: Note; from: 'ours' | 'theirs' | 'updated' }[] = ours.notes.map((note) => {
    const other = theirById.get(note.id);
    return other && other.modified > note.modified
      ? { note: other, from: 'updated' }
      : { note, from: 'ours' };
  });
  for (const note of theirs.notes) if (!ourIds.has(note.id)) candidates.push({ note, from: 'theirs' });
  const notes: Note[] = [];
  for (const { note, from } of candidates) {
    const tombstone = tombstones.get(note.id);
    if (tombstone && tombstone.deleted >= note.modified) {
      if (from !== 'theirs' && !ours.tombstones.some((t) => t.id === note.id)) report.deleted++;
      continue;
    }
    if (tombstone) tombstones.delete(note.id);
    if (from === 'theirs') report.added++;
    else if (from === 'updated') report.updated++;
    notes.push(note);
  }
  const tags = [...ours.tags, ...theirs.tags.filter((t) => !ours.tags.some((o) => o.id === t.id))];
  return {
    file: { schemaVersion: ours.schemaVersion, notes, tombstones: [...tombstones.values()], tags },
    report,
  };
}
