import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { GLOSSARY_IDEAS, type GlossaryIdea } from '../../../shared/i18n/glossary';
import { catalogs } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/ipc/types';

/** Every string of a catalog with its dotted key. */
function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

/** The keys that name each idea as a whole label: all made from the glossary's term. */
const LABELS: Record<GlossaryIdea, string[]> = {
  identical: ['compare.kind.identical', 'story.kind.identical', 'report.kindIdentical'],
  edited: ['compare.kind.edited', 'story.kind.edited', 'report.kindEdited'],
  partial: ['compare.kind.partial', 'story.kind.partial', 'report.kindPartial'],
  paraphrase: ['compare.kind.paraphrase', 'story.kind.paraphrase', 'report.kindParaphrase'],
  dropped: ['compare.kind.onlyA'],
  added: ['compare.kind.onlyB'],
  moved: ['story.moved', 'report.moved'],
  boilerplate: [
    'compare.kind.boilerplate',
    'compare.boilerplate.other',
    'compare.options.boilerplate',
    'report.boilerplate',
  ],
  story: ['folder.story', 'cli.scan.column.story'],
};

/** A word on its own (letters around it are not part of the match), accents included. */
const word = (text: string): RegExp => new RegExp(`(?<!\\p{L})${text}(?!\\p{L})`, 'iu');

/** Other names each idea had, retired: none may come back, in any string (the keys that mean something else aside). */
const RETIRED: Record<Language, { pattern: RegExp; except?: RegExp }[]> = {
  en: [
    { pattern: word('partial') },
    { pattern: word('shortened or lengthened') },
    { pattern: word('paraphrases?') },
    { pattern: word('cut'), except: /^(menu\.cut|notes\.tags\.quote-cut|report\.tag\.quote-cut)$/ },
    { pattern: /only in [AB]\b|dropped by B|added by B/ },
    { pattern: word('earliest version'), except: /^story\.kind\.earliest$/ },
  ],
  fr: [
    { pattern: word('partiel(le)?s?') },
    { pattern: word('raccourci ou allongé') },
    { pattern: word('coupés?') },
    { pattern: word('mise en page') },
    { pattern: word('hors texte') },
    { pattern: word('histoires?') },
    { pattern: /seulement dans [AB]\b/ },
    { pattern: word('première version'), except: /^story\.kind\.earliest$/ },
  ],
};

describe('one word for each idea (the glossary)', () => {
  for (const lang of ['en', 'fr'] as const) {
    const catalog = catalogs[lang];
    const all = strings(catalog).filter(([key]) => !key.startsWith('glossary.'));

    it(`makes every label of an idea from the glossary's term (${lang})`, () => {
      for (const idea of GLOSSARY_IDEAS) {
        const term = catalog.glossary[idea].toLowerCase();
        for (const key of LABELS[idea])
          expect(all.find(([k]) => k === key)?.[1].toLowerCase(), `${lang} ${key}`).toBe(term);
        // The term as a whole label anywhere else is a second source of the word: it must be listed above.
        const elsewhere = all
          .filter(([key, text]) => text.toLowerCase() === term && !LABELS[idea].includes(key))
          .map(([key]) => key);
        expect(elsewhere, `${lang} ${idea}`).toEqual([]);
      }
    });

    it(`has no second name for an idea (${lang})`, () => {
      const found = RETIRED[lang].flatMap(({ pattern, except }) =>
        all
          .filter(([key, text]) => pattern.test(text.replace(/\{\{\w+\}\}/g, '')) && !except?.test(key))
          .map(([key, text]) => `${key}: ${text}`),
      );
      expect(found).toEqual([]);
    });
  }

  it('gives each idea a different term, in each language', () => {
    for (const lang of ['en', 'fr'] as const) {
      const terms = GLOSSARY_IDEAS.map((idea) => catalogs[lang].glossary[idea]);
      expect(new Set(terms).size).toBe(terms.length);
    }
  });
});

describe('French output of the command line', () => {
  let work: string;
  const demo = resolve(import.meta.dirname, '../../../resources/fictional-demo');

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'recoupe-fr-output-'));
    await cp(demo, join(work, 'demo'), { recursive: true });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** Runs `recoupe` in French in the work folder; stdout and stderr together. */
  async function recoupe(...argv: string[]): Promise<string> {
    let text = '';
    const io = {
      out: (t: string) => (text += t),
      err: (t: string) => (text += t),
      cwd: work,
      env: { LANG: 'fr_FR.UTF-8', RECOUPE_DATA_DIR: join(work, 'data') },
    };
    await runCli(argv, io, '0.0.0');
    return text;
  }

  /** English words of Recoupe's own (labels, codes, headers) that must not reach French output. */
  const ENGLISH =
    /\b(identical|edited|partial|partly kept|reworded|paraphrase|dropped|added|moved|boilerplate|stories|rows|only here|anchored|orphaned|probably|kept|of the|REUSE|COVERAGE|Marks|SKIPPED|WARNINGS|OUTLET|TITLE|WORDS|STORY|ROW|url|title-repeat|date-header|stamp|caption|credits|byline|slug|metadata|number-change|quote-cut|not carried|likeliest|undetermined|Collate|folder|file|cannot|disappeared)\b/;

  it('contains no English code word, whatever the command', async () => {
    const a = 'demo/reuters-barrage-malzac.txt';
    const b = 'demo/sputnik-barrage-malzac.txt';
    const list = await recoupe('story', 'demo');
    const story = /\b(story-[0-9a-f]+)\b/.exec(list)?.[1];
    expect(story, list).toBeDefined();
    const outputs = [
      await recoupe('compare', a, b),
      await recoupe('scan', 'demo'),
      list,
      await recoupe('story', 'demo', story!),
      await recoupe('notes', 'demo'),
      await recoupe('claims', a, b),
      await recoupe('find', 'barrage', 'demo'),
      await recoupe('compare', 'demo/reuter-barrage-malzac.txt', b),
      await recoupe('claims', 'demo', b),
      await recoupe('export', 'demo', 'reuter-barrage-malzac.txt', b, '--html', 'x.html'),
    ];
    for (const output of outputs) {
      // Story ids and the commands the output suggests are names, not words.
      const words = output.replace(/story-[0-9a-f]+|recoupe \w+/g, '');
      expect(ENGLISH.exec(words)?.[0], output.slice(0, 400)).toBeUndefined();
    }
  });
});
