// `npm run corpus -- <command>`: the development corpus's tooling.
//   check-src [file…]  checks annotators' working files (.dev-corpus/annotations/*.src.json) against the texts
//   build              writes tests/eval/corpus/{manifest.json, answers/<event>.json, ngrams.txt} from them
//   check              compares .dev-corpus/ with the committed manifest (missing files, drifted paragraphs)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  answersDir,
  type Answers,
  checkSource,
  corpusDir,
  corpusParagraphs,
  locate,
  type Manifest,
  readManifest,
  runHashes,
  sha256,
  shortHash,
  type Source,
  sourceSchema,
} from '../tests/eval/corpus-data';

const readText = (file: string): string | undefined => {
  const path = join(corpusDir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

function sourceFiles(args: string[]): string[] {
  if (args.length) return args;
  const dir = join(corpusDir, 'annotations');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.src.json'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

function loadSource(path: string): { source?: Source; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = sourceSchema.safeParse(json);
  if (!parsed.success)
    return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`) };
  return { source: parsed.data, problems: checkSource(parsed.data, readText) };
}

function checkSources(args: string[]): number {
  let bad = 0;
  for (const path of sourceFiles(args)) {
    const { problems } = loadSource(path);
    console.log(`${basename(path)}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}`);
    for (const p of problems) console.log(`  - ${p}`);
    if (problems.length) bad += 1;
  }
  return bad ? 1 : 0;
}

function build(): number {
  const sources: Source[] = [];
  for (const path of sourceFiles([])) {
    const { source, problems } = loadSource(path);
    if (!source || problems.length) {
      console.error(`${basename(path)} has problems: run npm run corpus -- check-src`);
      return 1;
    }
    sources.push(source);
  }
  const manifest: Manifest = { version: 1, events: [], articles: [] };
  const grams = new Set<string>();
  mkdirSync(join(answersDir, 'answers'), { recursive: true });
  for (const source of sources) {
    manifest.events.push(source.event);
    for (const article of source.articles) {
      const text = readText(article.file)!;
      const runs = runHashes(text);
      runs.forEach((h) => grams.add(h));
      const urlHoldsText = [...runHashes(article.url)].some((h) => runs.has(h));
      manifest.articles.push({
        ...article,
        url: urlHoldsText ? null : article.url,
        urlSha256: sha256(article.url),
        event: source.event.id,
        sha256: sha256(text),
        chars: text.length,
        paragraphs: corpusParagraphs(text).map(([s, e]) => [s, e, shortHash(text.slice(s, e))]),
      });
    }
    const answers: Answers = {
      version: 1,
      event: source.event.id,
      alignments: source.alignments,
      claims: source.claims.map(({ quote, occurrence, ...claim }) => {
        const start = locate(readText(claim.file)!, quote, occurrence)!;
        return { ...claim, start, end: start + quote.length, sha256: shortHash(quote) };
      }),
      discrepancies: source.discrepancies,
      lookalikes: source.lookalikes,
      reuse: source.reuse,
    };
    writeFileSync(
      join(answersDir, 'answers', `${source.event.id}.json`),
      `${JSON.stringify(answers, null, 1)}\n`,
    );
  }
  writeFileSync(join(answersDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(join(answersDir, 'ngrams.txt'), `${[...grams].sort().join('\n')}\n`);
  console.log(
    `${manifest.events.length} events, ${manifest.articles.length} articles, ${grams.size} ten-word runs hashed`,
  );
  return 0;
}

function check(): number {
  const manifest = readManifest();
  let missing = 0;
  let drifted = 0;
  let paragraphsDrifted = 0;
  for (const article of manifest.articles) {
    const text = readText(article.file);
    if (text === undefined) {
      missing += 1;
      console.log(
        `missing: ${article.file} (look up ${JSON.stringify(article.query)} in pages, take ${article.url ?? `the address whose sha256 is ${article.urlSha256}`})`,
      );
      continue;
    }
    if (sha256(text) === article.sha256) continue;
    drifted += 1;
    const bad = article.paragraphs.filter(([s, e, h]) => shortHash(text.slice(s, e)) !== h).length;
    paragraphsDrifted += bad;
    console.log(`drifted: ${article.file}: ${bad} of ${article.paragraphs.length} paragraphs differ`);
  }
  console.log(
    `${manifest.articles.length} articles: ${missing} missing, ${drifted} drifted (${paragraphsDrifted} paragraphs)`,
  );
  return missing || drifted ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
const run = { 'check-src': () => checkSources(rest), build, check }[command ?? ''];
if (!run) {
  console.error('usage: npm run corpus -- check-src [file…] | build | check');
  process.exit(2);
}
process.exit(run());
