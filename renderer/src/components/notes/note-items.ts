import type { ArticleSummary } from '../../../../shared/ipc/types';
import type { Note, NoteTarget } from '../../../../shared/notes/model';

/** What the note list shows: all notes, or those with a tag, on an outlet's articles. */
export interface NoteFilter {
  /** Tag id, or '' for every tag. */
  tag: string;
  /** Outlet id, or '' for every outlet. */
  outlet: string;
}

/** No filter. */
export const ALL_NOTES: NoteFilter = { tag: '', outlet: '' };

/** True when one of the note's targets could not be placed on its article's current text. */
export function isOrphaned(note: Note): boolean {
  return note.targets.some((t) => t.status === 'orphaned');
}

/** The targets of a note that are lost: their text is no longer in the article. */
export function orphanedTargets(note: Note): NoteTarget[] {
  return note.targets.filter((t) => t.status === 'orphaned');
}

/** The quote a target was made on, as the user first selected it. */
export function originalQuote(target: NoteTarget): string {
  return target.original ?? target.quote.exact;
}

/** Outlet id of an article, 'unknown' when the folder does not list it. */
export function outletOf(article: string, articles: ReadonlyMap<string, ArticleSummary>): string {
  return articles.get(article)?.outlet.id ?? 'unknown';
}

/** The notes that pass a filter, in the order given. */
export function filterNotes(
  notes: readonly Note[],
  filter: NoteFilter,
  articles: ReadonlyMap<string, ArticleSummary>,
): Note[] {
  return notes.filter(
    (note) =>
      (!filter.tag || note.tag === filter.tag) &&
      (!filter.outlet || note.targets.some((t) => outletOf(t.article, articles) === filter.outlet)),
  );
}

/** Notes of the open comparison first, by their number (reading order), then the others, oldest first. */
export function orderNotes(notes: readonly Note[], numbers: ReadonlyMap<string, number>): Note[] {
  return [...notes].sort((x, y) => {
    const nx = numbers.get(x.id);
    const ny = numbers.get(y.id);
    if (nx !== undefined && ny !== undefined) return nx - ny;
    if (nx !== undefined) return -1;
    if (ny !== undefined) return 1;
    return x.created.localeCompare(y.created);
  });
}

/** The outlets the notes point at, each once, by name (an unknown outlet last): the choices of the outlet filter. */
export function notedOutlets(
  notes: readonly Note[],
  articles: ReadonlyMap<string, ArticleSummary>,
): { id: string; name: string }[] {
  const found = new Map<string, string>();
  for (const note of notes) {
    for (const target of note.targets) {
      const outlet = articles.get(target.article)?.outlet;
      if (outlet && !found.has(outlet.id)) found.set(outlet.id, outlet.name);
    }
  }
  return [...found]
    .map(([id, name]) => ({ id, name }))
    .sort((x, y) => Number(x.id === 'unknown') - Number(y.id === 'unknown') || x.name.localeCompare(y.name));
}

/** Shortens a quote for a list: at most `max` characters, cut at a word, with an ellipsis. */
export function shortQuote(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
