import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_TAGS, type BuiltInTag, type TagDef } from '../../../../shared/notes/model';
import { isBuiltInTag } from '../../../../shared/notes/ops';

/** Longest tag id the notes accept. */
const MAX_TAG_ID = 64;

/**
 * A tag id for a label the user typed: lowercase letters, digits and dashes, accents dropped, unique among
 * `taken` and the built-in tags (a number is added when needed).
 */
export function tagSlug(label: string, taken: Iterable<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_TAG_ID - 4)
      .replace(/-+$/, '') || 'tag';
  const used = new Set([...BUILT_IN_TAGS, ...taken]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every tag a note can have: the built-in ones, then the folder's own, with their labels. */
export function useTagOptions(tags: readonly TagDef[]): { id: string; label: string }[] {
  const label = useTagLabel(tags);
  return [
    ...BUILT_IN_TAGS.map((id) => ({ id, label: label(id) })),
    ...tags.map((tag) => ({ id: tag.id, label: tag.label })),
  ];
}

/** The label of a tag id: translated for built-in tags, the user's label for the folder's own, else the id. */
export function useTagLabel(tags: readonly TagDef[]): (id: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (id: string) =>
      isBuiltInTag(id)
        ? t(`notes.tags.${id as BuiltInTag}`)
        : (tags.find((tag) => tag.id === id)?.label ?? id),
    [t, tags],
  );
}
