import { nodeFs } from '../../node/fs-like';
import { resolve } from 'node:path';
import type { Article } from '../../shared/article/model';
import { extractClaims } from '../../shared/claims/extract';
import { lexiconFileSchema, lexiconsByLanguage, type LexiconEntry } from '../../shared/claims/lexicon-file';
import { matchClaims } from '../../shared/claims/match';
import {
  claimsStateSchema,
  type Claim,
  type ClaimCorrection,
  type ClaimRow,
} from '../../shared/claims/model';
import { describeClaimValue, describeTopic, sectionRows } from '../../shared/claims/view';
import type { Lang } from '../../shared/format/lang';
import { formatNumber } from '../../shared/format/index';
import { translate, translateCount } from '../../shared/i18n/index';
import { readArticleArgument } from '../article-file';
import { CommandError, UsageError, type CliIo, type Command } from '../command';
import { csvLine } from '../csv';
import { countOf, envLang, parseLang } from '../lang';
import { outputFormat, parseCommandArgs } from '../options';
import { jsonText } from '../terminal-safe';

const usage = `Usage: recoupe claims <file>... [--json | --csv] [--all] [--corrections <claims.json>]
                      [--lexicon <lexicon.json>] [--lang fr|en]

Extracts the checkable facts of each article (quantities, dates, times and durations, quotes
and reported speech with their speaker, attributions and hedges, cited sources, framing words)
and matches the same fact across the articles, flagging how they differ: number-differs,
duration-differs, date-differs, time-differs, qualifier-differs, speaker-differs,
wording-differs, framing-differs, attribution-added/-dropped, hedge-added/-dropped,
reported-by-one. The table lists facts reported differently first, then those reported
alike, then (with --all) those one article reports.

Options:
  --json                 print { articles, rows } as JSON (see docs/cli/claims.md)
  --csv                  print one line per claim, with its row and the row's flags
  --all                  in the table, also list facts reported by one article only
  --corrections <file>   apply the moves and dismissals saved in a .recoupe/claims.json
  --lexicon <file>       add the framing, attribution and source words of a .recoupe/lexicon.json
                         to the built-in lexicon (none is read unless given)
  --lang fr|en           language of the table's headers, topics and flags
                         (default: from LC_ALL, LC_MESSAGES or LANG, French for fr*)
  -h, --help             show this help
`;

interface ClaimsArgs {
  files: string[];
  format: 'table' | 'json' | 'csv';
  all: boolean;
  corrections?: string;
  lexicon?: string;
  lang: Lang;
}

/** Parses `claims` arguments; UsageError on anything unexpected. */
function parseClaimsArgs(args: string[], env: CliIo['env']): ClaimsArgs {
  const { values, positionals: files } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    all: { type: 'boolean' },
    corrections: { type: 'string' },
    lexicon: { type: 'string' },
    lang: { type: 'string' },
  });
  const format = outputFormat(values);
  const lang = values.lang === undefined ? envLang(env) : parseLang(values.lang);
  if (files.length === 0) throw new UsageError('missing <file>: give one or more article files');
  const { corrections, lexicon } = values;
  return {
    files,
    format,
    all: values.all ?? false,
    lang,
    ...(corrections ? { corrections } : {}),
    ...(lexicon ? { lexicon } : {}),
  };
}

/** `recoupe claims`: extracts and matches claims across articles. */
export const claimsCommand: Command = {
  name: 'claims',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseClaimsArgs(args, io.env);
    const articles: Article[] = [];
    for (const file of options.files) articles.push(await readArticleArgument(io.cwd, file, options.lang));
    const corrections = options.corrections
      ? await readCorrections(resolve(io.cwd, options.corrections))
      : [];
    const lexicons = lexiconsByLanguage(
      options.lexicon ? await readLexiconFile(resolve(io.cwd, options.lexicon)) : [],
    );
    const claimsByArticle = new Map(
      articles.map((a) => [a.id, extractClaims(a, { lexicon: lexicons.of(a.language) })]),
    );
    const rows = matchClaims(articles, claimsByArticle, corrections);
    if (options.format === 'json') io.out(`${jsonText(claimsToJson(articles, claimsByArticle, rows), 2)}\n`);
    else if (options.format === 'csv') io.out(claimsToCsv(articles, claimsByArticle, rows));
    else io.out(renderClaimsTable(articles, claimsByArticle, rows, options.all, options.lang));
    return 0;
  },
};

/** Reads the entries of a lexicon.json file, with a message naming the file when it is not usable. */
async function readLexiconFile(path: string): Promise<LexiconEntry[]> {
  const json = await readJsonFile(path, 'lexicon', '--lexicon');
  const parsed = lexiconFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CommandError(
      `lexicon file ${path} is not a lexicon.json file (${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}); it holds { "version": 1, "entries": [{ "phrase": "…", "lang": "fr", "kind": "framing" }] } (kind framing, attribution or source; lang fr, en or left out). Fix it or leave out --lexicon.`,
    );
  }
  return parsed.data.entries;
}

/** The JSON of a file given as `option`, with a message naming the file when it cannot be read or parsed. */
async function readJsonFile(path: string, what: string, option: string): Promise<unknown> {
  let raw: string;
  try {
    raw = Buffer.from(await nodeFs.readFile(path))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CommandError(
      `cannot read ${what} file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path.`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new CommandError(`${what} file ${path} is not valid JSON; fix it or leave out ${option}.`);
  }
}

/** Reads corrections from a claims.json file, with a message naming the file when it is not usable. */
async function readCorrections(path: string): Promise<ClaimCorrection[]> {
  const json = await readJsonFile(path, 'corrections', '--corrections');
  const parsed = claimsStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CommandError(
      `corrections file ${path} is not a claims.json file (${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}); fix it or leave out --corrections.`,
    );
  }
  return parsed.data.corrections;
}

/** The documented JSON shape (docs/cli/claims.md). */
export function claimsToJson(
  articles: readonly Article[],
  claimsByArticle: ReadonlyMap<string, readonly Claim[]>,
  rows: readonly ClaimRow[],
): object {
  return {
    articles: articles.map((a) => ({
      id: a.id,
      text: a.text,
      claims: (claimsByArticle.get(a.id) ?? []).map(claimToJson),
    })),
    rows: rows.map((r) => ({
      id: r.id,
      topic: r.topic,
      claims: r.claims,
      discrepancies: r.discrepancies,
      ...(r.dismissed.length ? { dismissed: r.dismissed } : {}),
    })),
  };
}

/** One claim with the documented fields, those that do not apply left out. */
function claimToJson(c: Claim): object {
  return {
    id: c.id,
    kind: c.kind,
    text: c.text,
    start: c.start,
    end: c.end,
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}),
    ...(c.unit !== undefined ? { unit: c.unit } : {}),
    ...(c.normalized !== undefined ? { normalized: c.normalized } : {}),
    ...(c.speaker !== undefined ? { speaker: c.speaker } : {}),
  };
}

/** One CSV line per claim, with its row and the row's flags. */
export function claimsToCsv(
  articles: readonly Article[],
  claimsByArticle: ReadonlyMap<string, readonly Claim[]>,
  rows: readonly ClaimRow[],
): string {
  const rowOf = new Map<string, ClaimRow>();
  for (const r of rows) for (const id of r.claims) rowOf.set(id, r);
  const lines = [
    csvLine([
      'article',
      'claim',
      'kind',
      'start',
      'end',
      'text',
      'value',
      'qualifier',
      'unit',
      'normalized',
      'speaker',
      'row',
      'topic',
      'discrepancies',
    ]),
  ];
  for (const a of articles) {
    for (const c of claimsByArticle.get(a.id) ?? []) {
      const row = rowOf.get(c.id);
      lines.push(
        csvLine([
          a.id,
          c.id,
          c.kind,
          String(c.start),
          String(c.end),
          c.text,
          c.value === undefined ? '' : String(c.value),
          c.qualifier ?? '',
          c.unit ?? '',
          c.normalized ?? '',
          c.speaker ?? '',
          row?.id ?? '',
          row?.topic ?? '',
          row?.discrepancies.join(' ') ?? '',
        ]),
      );
    }
  }
  return lines.join('');
}

/** The readable report, in `lang`: each matched fact (topic, flags) with every article's wording. */
export function renderClaimsTable(
  articles: readonly Article[],
  claimsByArticle: ReadonlyMap<string, readonly Claim[]>,
  rows: readonly ClaimRow[],
  all: boolean,
  lang: Lang,
): string {
  const byId = new Map<string, Claim>();
  for (const list of claimsByArticle.values()) for (const c of list) byId.set(c.id, c);
  const total = [...claimsByArticle.values()].reduce((n, l) => n + l.length, 0);
  const sections = sectionRows(rows);
  const single = all || articles.length < 2;
  const width = Math.max(...articles.map((a) => a.id.length), 4);
  const out = [
    translate(lang, 'claims.cli.summary', {
      claims: countOf(lang, 'claims.cli.claimCount', total),
      articles: countOf(lang, 'claims.cli.articleCount', articles.length),
      facts: countOf(lang, 'claims.cli.factCount', rows.length),
    }),
    '',
  ];
  let index = 0;
  const section = (title: string, list: readonly ClaimRow[]): void => {
    if (list.length === 0) return;
    out.push(`== ${title}`, '');
    for (const row of list) {
      const names = row.discrepancies.map((d) => translate(lang, `claims.discrepancy.${d}`));
      const flags = `  [${names.length ? names.join(', ') : translate(lang, 'claims.agree')}]`;
      out.push(`${(index += 1)}. ${describeTopic(row, lang)}${flags}`);
      for (const id of row.claims) {
        const c = byId.get(id)!;
        out.push(`   ${c.articleId.padEnd(width)}  ${clip(oneLine(c.text), 70)}${details(c, lang)}`);
      }
    }
    out.push('');
  };
  section(translate(lang, 'claims.sectionDiffer'), sections.differ);
  const agreeing = sections.agree.length;
  section(
    translateCount(lang, 'claims.sectionAgree', agreeing, { n: formatNumber(agreeing, lang) }),
    sections.agree,
  );
  if (single) section(translate(lang, 'claims.sectionSingle'), sections.single);
  else if (sections.single.length > 0)
    out.push(countOf(lang, 'claims.cli.moreSingle', sections.single.length));
  return `${out.join('\n')}\n`;
}

/** " (> 100 000, plus de, soldats)", " (50 minutes)" or " — Jen Psaki". */
function details(c: Claim, lang: Lang): string {
  if (c.kind === 'quote' || c.kind === 'reported-speech') return c.speaker ? `  — ${c.speaker}` : '';
  const parts = [describeClaimValue(c, lang), c.qualifier, c.kind === 'time' ? undefined : c.unit].filter(
    (p): p is string => Boolean(p),
  );
  return parts.length ? `  (${parts.join(', ')})` : '';
}

/** Text on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Cuts text to `width` characters with an ellipsis. */
function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
