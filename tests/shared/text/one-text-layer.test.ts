import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseStopWords } from '../../../shared/text/stop-words';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['shared', 'electron', 'renderer', 'scripts'];
const TEXT_LAYER = 'shared/text/';

/** What the text layer alone may define, by the names such helpers take. */
const FORBIDDEN: [what: string, name: RegExp][] = [
  ['a tokenizer', /^(?:tokeni[sz]e\w*|\w+Tokeni[sz]er?|\w*[wW]ordTokens)$/],
  ['a sentence splitter', /^(?:split\w*Sentences?|sentence(?:Spans|Split\w*))$/],
  ['a stemmer', /^(?:stem|stemWords?|\w+Stem|\w*Stemmer)$/],
  ['a fold', /^(?:fold|fold(?:Text|Word|Case|Accents?)|\w+Fold|matchKey|plainTypography)$/],
  ['a stop-word list', /^(?:\w*STOP_?WORDS?\w*|\w*[sS]top[wW]ords?|FUNCTION_WORDS|COMMON_WORDS)$/],
  ['a quote finder', /^(?:find\w*Quotes?|quotePairs|quoteSpans|match\w*Quotes)$/],
  [
    'a span helper',
    /^(?:(?:subtract|intersect|join|merge|union)\w*Spans?|trimSpan|containsSpan|spanContains)$/,
  ],
  ['a body definition', /^(?:body|content)(?:Spans|Paragraphs|Zones|Tokens|Words)$/],
];
/** Top-level declarations: the helpers a module offers, not its local variables. */
const DECLARATION = /^(?:export\s+)?(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm;

/** Source files under `dir`, recursively. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(?:ts|tsx|mts|mjs|js)$/.test(name)) out.push(path);
  }
  return out;
}

/** String literals split into a word list that holds eight function words or more: a stop-word list by its content. */
function listsStopWords(source: string): boolean {
  const base = new Set([...baseStopWords('fr'), ...baseStopWords('en')]);
  for (const m of source.matchAll(/((?:(['"`])[^'"`]*\2\s*\+?\s*)+)\)?\s*\.split\(/g)) {
    const words = m[1]!.toLowerCase().split(/[\s'"`+]+/);
    if (words.filter((w) => base.has(w)).length >= 8) return true;
  }
  return false;
}

describe('one text layer', () => {
  const files = SCANNED.flatMap((dir) => sources(join(ROOT, dir)))
    .map((path) => relative(ROOT, path).replace(/\\/g, '/'))
    .filter((path) => !path.startsWith(TEXT_LAYER));

  it('scans the application code', () => {
    expect(files).toContain('shared/compare/segment.ts');
    expect(files).toContain('shared/claims/quotes.ts');
  });

  it('defines no tokenizer, sentence splitter, stemmer, fold, stop-word list, quote finder or span helper outside shared/text/', () => {
    const found: string[] = [];
    for (const path of files) {
      const source = readFileSync(join(ROOT, path), 'utf8');
      for (const m of source.matchAll(DECLARATION)) {
        const name = m[1]!;
        const rule = FORBIDDEN.find(([, re]) => re.test(name));
        if (rule) found.push(`${path}: ${name} looks like ${rule[0]}`);
      }
      if (listsStopWords(source)) found.push(`${path}: lists function words (a stop-word list)`);
    }
    expect(found).toEqual([]);
  });

  it('recognises the helpers it forbids', () => {
    const names = [
      'tokenizeWords',
      'splitSentences',
      'stemWord',
      'foldText',
      'STOP_WORDS',
      'quotePairs',
      'subtractSpans',
      'bodySpans',
    ];
    expect(names.filter((n) => !FORBIDDEN.some(([, re]) => re.test(n)))).toEqual([]);
    expect(listsStopWords("const X = new Set('le la les un une des de du et ou'.split(' '));")).toBe(true);
    const allowed = ['system', 'folder', 'folded', 'segmentArticle', 'extractQuotes', 'articleHeadline'];
    expect(allowed.filter((n) => FORBIDDEN.some(([, re]) => re.test(n)))).toEqual([]);
    expect(listsStopWords("t('Le chef de la mission et les autres sont à Paris pour un an')")).toBe(false);
  });
});
