import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSeeds, seedsDir } from '../helpers/seeds';
import {
  answersDir,
  checkAnswers,
  CLAIM_KINDS,
  copyCheckWords,
  corpusDir,
  corpusParagraphs,
  COPY_RUN_WORDS,
  readAnswers,
  readManifest,
  repoRoot,
  runHashes,
  sha256,
  shortHash,
} from './corpus-data';

const manifest = readManifest();
const answers = readAnswers();
const claims = answers.flatMap((a) => a.claims);
const alignments = answers.flatMap((a) => a.alignments);
const byFile = new Map(manifest.articles.map((m) => [m.file, m]));

/** The events reserved for evaluation: they never appear in the development corpus. */
const RESERVED = [
  { date: '2021-12-07', people: /biden.*(putin|poutine)|(putin|poutine).*biden/i },
  { date: '2021-12-30', people: /biden.*(putin|poutine)|(putin|poutine).*biden/i },
  { date: '2022-01-02', people: /biden.*zelensk|zelensk.*biden/i },
];

describe('development corpus manifest and answers', () => {
  it('holds at least 80 articles on at least 8 events, in French and English, none on a reserved event', () => {
    expect(manifest.articles.length).toBeGreaterThanOrEqual(80);
    expect(manifest.events.length).toBeGreaterThanOrEqual(8);
    for (const event of manifest.events)
      expect(RESERVED.some((r) => r.date === event.date && r.people.test(event.title))).toBe(false);
    expect(new Set(manifest.articles.map((m) => m.language))).toEqual(new Set(['en', 'fr']));
    for (const m of manifest.articles) {
      expect(manifest.events.map((e) => e.id)).toContain(m.event);
      expect(m.site.length).toBeGreaterThan(0);
      expect(m).toHaveProperty('organisation');
    }
  });

  it('reaches every minimum of hand-made answers', () => {
    const pairs = (relation: string, languages?: 'en' | 'fr'): number =>
      alignments.filter(
        (a) => a.relation === relation && (!languages || byFile.get(a.a)!.language === languages),
      ).length;
    expect(pairs('independent')).toBeGreaterThanOrEqual(12);
    expect(pairs('independent', 'en')).toBeGreaterThan(0);
    expect(pairs('independent', 'fr')).toBeGreaterThan(0);
    expect(pairs('cross-language')).toBeGreaterThanOrEqual(3);
    expect(pairs('republication') + pairs('version')).toBeGreaterThanOrEqual(4);
    expect(claims.length).toBeGreaterThanOrEqual(300);
    for (const kind of CLAIM_KINDS)
      expect(claims.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    expect(answers.flatMap((a) => a.discrepancies).length).toBeGreaterThanOrEqual(40);
    expect(answers.flatMap((a) => a.lookalikes).length).toBeGreaterThanOrEqual(20);
    expect(answers.flatMap((a) => a.reuse).length).toBeGreaterThan(0);
  });

  it('is consistent: every paragraph placed once, unique ids, claims of the event, pairs across articles', () => {
    expect(new Set(manifest.articles.map((m) => m.file)).size).toBe(manifest.articles.length);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(answers.map((a) => a.event).sort()).toEqual(manifest.events.map((e) => e.id).sort());
    for (const ans of answers) {
      const count = (file: string): number | undefined => {
        const m = byFile.get(file);
        return m?.event === ans.event ? m.paragraphs.length : undefined;
      };
      expect(checkAnswers(ans.event, ans, count)).toEqual([]);
      for (const c of ans.claims) {
        expect(c.start).toBeLessThan(c.end);
        expect(c.end).toBeLessThanOrEqual(byFile.get(c.file)!.chars);
      }
    }
    for (const m of manifest.articles) {
      let last = 0;
      for (const [start, end] of m.paragraphs) {
        expect(start).toBeGreaterThanOrEqual(last);
        expect(end).toBeGreaterThan(start);
        last = end;
      }
      expect(last).toBeLessThanOrEqual(m.chars);
    }
  });

  const present = existsSync(corpusDir);
  it.skipIf(!present)(
    `matches the texts of .dev-corpus/ (every file, paragraph and claim hash)${present ? '' : ' (skipped: .dev-corpus/ not found)'}`,
    () => {
      for (const m of manifest.articles) {
        const path = join(corpusDir, m.file);
        expect(existsSync(path), m.file).toBe(true);
        const text = readFileSync(path, 'utf8');
        expect(sha256(text), m.file).toBe(m.sha256);
        expect(corpusParagraphs(text).map(([s, e]) => [s, e, shortHash(text.slice(s, e))])).toEqual(
          m.paragraphs,
        );
      }
      for (const c of claims) {
        const text = readFileSync(join(corpusDir, c.file), 'utf8');
        expect(shortHash(text.slice(c.start, c.end)), c.id).toBe(c.sha256);
      }
    },
  );
});

/** Every tracked text file, with its contents (files over 2 MB are not read, as in the before-stop hook). */
function trackedTexts(): { file: string; text: string }[] {
  const files = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return files.flatMap((file) => {
    const path = join(repoRoot, file);
    if (!existsSync(path) || statSync(path).size > 2e6) return [];
    return [{ file, text: readFileSync(path, 'utf8') }];
  });
}

/** The tracked files holding a 10-word run whose hash is in `hashes`. */
function filesWithRuns(hashes: ReadonlySet<string>): string[] {
  return trackedTexts()
    .filter(({ text }) => [...runHashes(text)].some((h) => hashes.has(h)))
    .map(({ file }) => file);
}

describe('no copied article text in git', () => {
  it('no tracked file holds a 10-word run of a corpus article (hashes committed in ngrams.txt)', () => {
    const hashes = new Set(readFileSync(join(answersDir, 'ngrams.txt'), 'utf8').split('\n').filter(Boolean));
    expect(hashes.size).toBeGreaterThan(1000);
    expect(filesWithRuns(hashes)).toEqual([]);
  });

  it.skipIf(!haveSeeds)(
    `no tracked file holds a 10-word run of a seed article${haveSeeds ? '' : ` (skipped: ${seedsDir} not found)`}`,
    () => {
      const hashes = new Set<string>();
      for (const f of readdirSync(seedsDir))
        runHashes(readFileSync(join(seedsDir, f), 'utf8')).forEach((h) => hashes.add(h));
      expect(filesWithRuns(hashes)).toEqual([]);
    },
  );

  it('the check reads words as the before-stop hook does', () => {
    expect(copyCheckWords('L’Élysée a dit: « 5 000 soldats »')).toEqual([
      "l'élysée",
      'a',
      'dit',
      '5',
      '000',
      'soldats',
    ]);
    const run = Array.from({ length: COPY_RUN_WORDS }, (_, i) => `word${i}`).join(' ');
    expect(runHashes(`Intro. ${run}!`).size).toBe(2);
  });
});
