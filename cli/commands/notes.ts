import { resolve } from 'node:path';
import type { AnchorStatus, AnnotationFile, Note } from '../../shared/notes/model';
import { AnnotationStore } from '../../node/annotation-store';
import { defaultDataDir } from '../../node/export-report';
import { FolderError, scanFolder } from '../../node/scan-folder';
import type { Lang } from '../../shared/format/lang';
import { catalogs, translate, translateCount, type MessageKey } from '../../shared/i18n/index';
import { exportDate } from '../../shared/report/document';
import type { Notice } from '../../shared/ipc/notice';
import { failAsCommand, UsageError, type CliIo, type Command } from '../command';
import { envLang, noticeJson, printWarnings } from '../lang';
import { csvLine } from '../csv';
import { outputFormat, parseCommandArgs } from '../options';
import { jsonText } from '../terminal-safe';

const usage = `Usage: recoupe notes <folder> [--json | --csv]

Lists the notes saved in <folder>/.recoupe/annotations.json with their tag, the text they quote
and whether each is still on its text: anchored, re-anchored (the article changed and the quote
was found again) or orphaned (the quote could not be placed with confidence). The articles are
read as \`recoupe scan\` reads them; nothing is written.

Options:
  --json      print { root, file, location, notes, tags, warnings } as JSON (see docs/cli/notes.md)
  --csv       print one line per note target
  -h, --help  show this help

Environment:
  RECOUPE_DATA_DIR  the app's data folder, where notes of read-only folders are kept
`;

type Format = 'table' | 'json' | 'csv';

/** Parses `notes` arguments; UsageError on anything unexpected. */
function parseNotesArgs(args: string[]): { folder: string; format: Format } {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
  });
  const format = outputFormat(values);
  const [folder, extra] = positionals;
  if (folder === undefined) throw new UsageError('missing <folder>');
  if (extra !== undefined) throw new UsageError(`one folder only (got '${folder}' and '${extra}')`);
  return { folder, format };
}

/** What `recoupe notes` read: the notes, re-anchored on the current articles, and where they came from. */
export interface NotesListing {
  root: string;
  file: string;
  location: 'folder' | 'data-dir';
  notes: AnnotationFile['notes'];
  tags: AnnotationFile['tags'];
  /** What the user should know about the notes read (codes with parameters). */
  warnings: Notice[];
}

/** Reads a folder's articles and notes without writing anything. */
export async function listNotes(root: string, dataDir: string, lang: Lang): Promise<NotesListing> {
  const scan = await failAsCommand(scanFolder(root), lang, FolderError);
  const store = await AnnotationStore.open({
    root: scan.root,
    dataDir,
    articles: scan.articles,
    readOnly: true,
  });
  await store.close();
  return {
    root: scan.root,
    file: store.path,
    location: store.location,
    notes: store.file.notes,
    tags: store.file.tags,
    warnings: store.notices.map((n) => n.notice),
  };
}

/** `recoupe notes`: lists a folder's notes with their anchoring status. */
export const notesCommand: Command = {
  name: 'notes',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const { folder, format } = parseNotesArgs(args);
    const lang = envLang(io.env);
    const listing = await listNotes(resolve(io.cwd, folder), defaultDataDir(io.env), lang);
    printWarnings(io, lang, listing.warnings);
    if (format === 'json') io.out(`${jsonText(notesToJson(listing, lang), 2)}\n`);
    else if (format === 'csv') io.out(notesToCsv(listing));
    else io.out(renderNotesTable(listing, lang));
    return 0;
  },
};

/** The status of a note as a whole: orphaned if any target is, else re-anchored if any is, else anchored. */
export function noteStatus(note: Note): AnchorStatus {
  const statuses = note.targets.map((t) => t.status);
  return statuses.includes('orphaned')
    ? 'orphaned'
    : statuses.includes('re-anchored')
      ? 're-anchored'
      : 'anchored';
}

/** The documented JSON shape (docs/cli/notes.md). */
export function notesToJson(listing: NotesListing, lang: Lang): object {
  return {
    root: listing.root,
    file: listing.file,
    location: listing.location,
    notes: listing.notes.map((note) => ({
      id: note.id,
      tag: note.tag,
      text: note.text,
      created: note.created,
      modified: note.modified,
      status: noteStatus(note),
      targets: note.targets.map((t) => ({
        article: t.article,
        status: t.status,
        scope: t.scope,
        start: t.status === 'orphaned' ? null : t.span[0],
        end: t.status === 'orphaned' ? null : t.span[1],
        quote: t.quote.exact,
        prefix: t.quote.prefix,
        suffix: t.quote.suffix,
        original: t.original ?? null,
        confidence: t.confidence ?? null,
        sha256: t.sha256,
      })),
    })),
    tags: listing.tags,
    warnings: listing.warnings.map((n) => noticeJson(lang, n)),
  };
}

/** One CSV line per note target, with a header. */
export function notesToCsv(listing: NotesListing): string {
  const lines = [csvLine(['note', 'tag', 'status', 'article', 'start', 'end', 'quote', 'text', 'modified'])];
  for (const note of listing.notes) {
    for (const t of note.targets) {
      const orphaned = t.status === 'orphaned';
      lines.push(
        csvLine([
          note.id,
          note.tag,
          t.status,
          t.article,
          orphaned ? '' : String(t.span[0]),
          orphaned ? '' : String(t.span[1]),
          t.quote.exact,
          note.text,
          note.modified,
        ]),
      );
    }
  }
  return lines.join('');
}

/** The human-readable listing in `lang`: counts, then each note (tag by its name, day written out) and its targets. */
export function renderNotesTable(listing: NotesListing, lang: Lang = 'en'): string {
  const t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    translate(lang, key, params);
  const counts = { anchored: 0, 're-anchored': 0, orphaned: 0 };
  for (const note of listing.notes) counts[noteStatus(note)]++;
  const where = listing.location === 'data-dir' ? t('cli.notes.where', { file: listing.file }) : '';
  const out = [
    t('cli.notes.summary', {
      notes: translateCount(lang, 'notes.list.title', listing.notes.length),
      root: listing.root,
      where,
      anchored: counts.anchored,
      reanchored: counts['re-anchored'],
      orphaned: counts.orphaned,
    }),
  ];
  const userTags = new Map(listing.tags.map((tag) => [tag.id, tag.label]));
  const tagName = (tag: string): string =>
    userTags.get(tag) ?? (tag in catalogs.en.notes.tags ? t(`notes.tags.${tag}` as MessageKey) : tag);
  const status = (s: AnchorStatus): string => t(`cli.notes.status.${s}`);
  const width = Math.max(...(['anchored', 're-anchored', 'orphaned'] as const).map((s) => status(s).length));
  for (const note of listing.notes) {
    const comment = note.text ? oneLine(note.text, 100) : t('cli.notes.noComment');
    out.push('', `[${tagName(note.tag)}] ${comment} — ${exportDate(note.modified, lang, false)}`);
    for (const target of note.targets) {
      const at = target.status === 'orphaned' ? target.article : `${target.article}:${target.span[0]}`;
      out.push(`  ${status(target.status).padEnd(width)}  ${at}  “${oneLine(target.quote.exact, 80)}”`);
      if (target.original !== undefined)
        out.push(`  ${''.padEnd(width)}  ${t('cli.notes.was', { text: oneLine(target.original, 80) })}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Text on one line, cut to `width` characters with an ellipsis. */
function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
