import { resolve } from 'node:path';
import { inferOutletsByReuse, type OutletInference } from '../../shared/article/attribute-by-reuse';
import { articleHeadline } from '../../shared/article/body';
import { MIN_REUSE_SHARE } from '../../shared/article/reuse-figures';
import type { Article } from '../../shared/article/model';
import { findVersions, type VersionSet } from '../../shared/article/versions';
import { formatArticleWarning } from '../../shared/format/article-warning';
import { contentWords } from '../../shared/text/content';
import { AlignmentStore } from '../../node/alignment-store';
import type { FolderAnalysis } from '../../node/analyze-folder';
import { defaultDataDir } from '../../node/export-report';
import { stateNotice } from '../../node/state-file';
import { correctedComparer } from '../../node/story-analysis';
import { createWorkspace, WorkspaceError } from '../../node/workspace';
import type { Lang } from '../../shared/format/lang';
import { formatPercent } from '../../shared/format/index';
import { translate, translateCount, type MessageKey } from '../../shared/i18n/index';
import { wordNotice } from '../../shared/i18n/notice';
import type { Notice } from '../../shared/ipc/notice';
import { failAsCommand, UsageError, type CliIo, type Command } from '../command';
import { envLang, printWarnings } from '../lang';
import { parseCommandArgs, parseMaxBytes } from '../options';
import { jsonText } from '../terminal-safe';
import { versionsJson } from '../versions-json';

const usage = `Usage: recoupe scan <folder> [--json] [--max-mb <n>]

Reads every article in <folder> (.txt, .md, .html; subfolders to depth 3), detects each
one's outlet and date, groups articles about the same event into stories and measures
verbatim reuse between them. Corrections saved in <folder>/.recoupe/ are applied.

Options:
  --json        print { articles, stories, reuse, skipped } as JSON (see docs/cli/scan.md)
  --max-mb <n>  skip files larger than <n> MB (default 10)
  -h, --help    show this help
`;

interface ScanArgs {
  folder: string;
  json: boolean;
  maxBytes?: number;
}

/** Parses `scan` arguments; UsageError on anything unexpected. */
function parseScanArgs(args: string[]): ScanArgs {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    'max-mb': { type: 'string' },
  });
  const [folder, extra] = positionals;
  if (folder === undefined) throw new UsageError('missing <folder>');
  if (extra !== undefined) throw new UsageError(`one folder only (got '${folder}' and '${extra}')`);
  const json = values.json ?? false;
  const maxMb = values['max-mb'];
  return maxMb === undefined ? { folder, json } : { folder, json, maxBytes: parseMaxBytes(maxMb) };
}

/** `recoupe scan`: reads a folder and prints its articles, stories and reuse. */
export const scanCommand: Command = {
  name: 'scan',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const { folder, json, maxBytes } = parseScanArgs(args);
    const root = resolve(io.cwd, folder);
    const workspace = createWorkspace({
      dataDir: defaultDataDir(io.env),
      ...(maxBytes === undefined ? {} : { maxBytes }),
    });
    const lang = envLang(io.env);
    const { analysis } = await failAsCommand(workspace.open(root), lang, WorkspaceError);
    if (!json) {
      printWarnings(io, lang, analysis.warnings);
      io.out(renderTable(analysis, lang));
      return 0;
    }
    const { versions, warnings } = await folderVersions(analysis);
    printWarnings(io, lang, [...analysis.warnings, ...warnings]);
    io.out(`${jsonText(toJson(analysis, lang, versions), 2)}\n`);
    return 0;
  },
};

/**
 * The versions of one text in the folder's stories, compared as the story view compares them (the folder's hand
 * corrections of each pair applied); only the pairs of one organisation in a story are compared.
 */
async function folderVersions(
  analysis: FolderAnalysis,
): Promise<{ versions: VersionSet[]; warnings: Notice[] }> {
  const store = new AlignmentStore(analysis.root);
  const { pairs } = await store.read();
  const notice = store.takeNotice();
  const comparePair = correctedComparer(pairs);
  return {
    versions: findVersions(analysis.articles, analysis.stories, (a, b) => comparePair(a, b).stats),
    warnings: notice ? [stateNotice(notice), { code: 'state-alignment-left-out' }] : [],
  };
}

/** The documented JSON shape (docs/cli/scan.md); `versions` are the folder's versions of one text, by story. */
export function toJson(analysis: FolderAnalysis, lang: Lang, versions: readonly VersionSet[] = []): object {
  const inferred = inferredById(analysis);
  const storyOf = new Map(analysis.stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
  return {
    root: analysis.root,
    articles: analysis.articles.map((a) => ({
      id: a.id,
      sha256: a.sha256,
      encoding: a.encoding,
      encodingConfidence: a.encodingConfidence ?? null,
      size: a.size,
      title: a.title ?? null,
      outlet: {
        id: a.outlet.id,
        name: a.outlet.name,
        source: a.outlet.source,
        evidence: a.outlet.evidence ?? null,
      },
      inferredOutlet: inferred.get(a.id) ?? null,
      date: a.date ?? null,
      dateEvidence: a.dateEvidence ?? null,
      dateline: a.dateline ?? null,
      url: a.url ?? null,
      site: a.site ?? null,
      byline: a.byline ?? null,
      credits: a.credits ?? null,
      language: a.language ?? null,
      words: countWords(a),
      text: a.text,
      paragraphs: a.paragraphs,
      boilerplate: a.boilerplate,
      boilerplateKinds: a.boilerplateKinds ?? [],
      warnings: a.warnings,
    })),
    stories: analysis.stories.map((s) => ({
      id: s.id,
      title: s.title,
      origin: s.origin,
      articles: s.articles,
      versions: versionsJson(
        versions.filter((v) => storyOf.get(v.articles[0]!) === s.id),
        lang,
      ),
    })),
    reuse: analysis.reuse.map((r) => ({
      source: r.source,
      target: r.target,
      share: round(r.share),
      sourceShare: round(r.sourceShare),
      direction: r.direction,
      evidence: r.evidence,
    })),
    skipped: analysis.skipped.map((s) => ({ path: s.path, ...skippedJson(lang, s.reason) })),
  };
}

/** The outlets inferred by reuse, by article id, shares rounded as every other share of the JSON. */
function inferredById(analysis: FolderAnalysis): Map<string, OutletInference> {
  return new Map(
    inferOutletsByReuse(analysis.articles, analysis.reuse).map((i) => [
      i.article,
      { ...i, share: round(i.share) },
    ]),
  );
}

/** Why a file was skipped, in the JSON: worded in the language (`reason`), and as its code and parameters. */
function skippedJson(lang: Lang, reason: Notice): { reason: string; code: string; params: Notice['params'] } {
  return { reason: wordNotice(lang, reason), code: reason.code, params: reason.params ?? {} };
}

/** Rounds a share to 4 decimals. */
function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Words in the article's body. */
function countWords(article: Article): number {
  return contentWords(article).words.length;
}

/** The human-readable table: one row per article, grouped by story, then reuse and skipped files. */
function renderTable(analysis: FolderAnalysis, lang: Lang): string {
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const inferred = inferredById(analysis);
  const t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    translate(lang, key, params);
  const rows: string[][] = [
    (['story', 'outlet', 'date', 'title', 'words', 'warnings'] as const).map((c) =>
      t(`cli.scan.column.${c}`),
    ),
  ];
  analysis.stories.forEach((story, index) => {
    for (const id of story.articles) {
      const a = byId.get(id);
      if (!a) continue;
      rows.push([
        `${index + 1}`,
        a.outlet.source === 'unknown'
          ? inferred.has(a.id)
            ? `${t('shell.probablyOutlet', { outlet: inferred.get(a.id)!.outlet.name })}?`
            : '?'
          : a.outlet.name + (a.outlet.source === 'user' ? '*' : ''),
        a.date ?? '?',
        clip(`${a.id} — ${articleHeadline(a)}`, 70),
        String(countWords(a)),
        clip(a.warnings.map((w) => formatArticleWarning(w, lang)).join('; '), 50),
      ]);
    }
  });
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c === 4 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  const out = [
    t('cli.scan.summary', {
      articles: translateCount(lang, 'shell.articleCount', analysis.articles.length),
      stories: translateCount(lang, 'folder.storyCount', analysis.stories.length),
      root: analysis.root,
    }),
    '',
    ...lines,
  ];
  if (analysis.reuse.length > 0) {
    out.push('', t('cli.scan.reuse'));
    for (const r of analysis.reuse) {
      if (Math.max(r.share, r.sourceShare) < MIN_REUSE_SHARE) continue;
      const arrow =
        r.direction === 'determined'
          ? `${r.source} → ${r.target}`
          : `${r.source} ↔ ${r.target} (${t('story.graph.undetermined')})`;
      out.push(
        `  ${arrow}: ${t('cli.scan.reuseShares', { share: pct(r.share, lang), kept: pct(r.sourceShare, lang) })}`,
      );
    }
  }
  if (inferred.size > 0) {
    out.push('', t('cli.scan.inferred'));
    for (const i of inferred.values())
      out.push(
        `  ${i.article}: ${t('shell.probablyOutlet', { outlet: i.outlet.name })}: ${t('folder.inferredEvidence', { percent: pct(i.share, lang), file: i.from, outlet: i.outlet.name })}`,
      );
  }
  if (analysis.skipped.length > 0) {
    out.push('', t('cli.scan.skipped'));
    for (const s of analysis.skipped) out.push(`  ${s.path}: ${wordNotice(lang, s.reason)}`);
  }
  return `${out.join('\n')}\n`;
}

/** `42%` (`42 %` in French). */
function pct(x: number, lang: Lang): string {
  return formatPercent(Math.round(x * 100) / 100, lang);
}

/** Cuts text to `width` characters with an ellipsis. */
function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
