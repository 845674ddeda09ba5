import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Span } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { describeSeeds, seedPath, specDir } from '../../helpers/seeds';
import { formatArticleWarning } from '../../../shared/format/article-warning';

const fixtures = join(__dirname, '../../fixtures');

/** Parses a seed file as the reader does for a UTF-8 file. */
function seed(prefix: string): Article {
  return parseArticle({ id: prefix, text: readFileSync(seedPath(prefix), 'utf8') });
}

/** Parses a fixture file. */
function fixture(path: string): Article {
  return parseArticle({ id: path, text: readFileSync(join(fixtures, path), 'utf8') });
}

/** Text of each boilerplate span with its kind. */
function boilerplate(article: Article): { kind: string | undefined; text: string }[] {
  return article.boilerplate.map(([s, e], i) => ({
    kind: article.boilerplateKinds?.[i],
    text: article.text.slice(s, e),
  }));
}

/** True when spans are sorted, non-overlapping, non-empty and inside the text. */
function wellFormed(spans: readonly Span[], length: number): boolean {
  return spans.every(([s, e], i) => s < e && e <= length && (i === 0 || spans[i - 1]![1] <= s));
}

describeSeeds('parseArticle on the sample articles', () => {
  it('attributes each seed to its outlet, with evidence', () => {
    const expected: Record<string, [string, RegExp]> = {
      '000': ['reuters', /\(Reuters\) -/],
      '001': ['afp', /AFP \//],
      '002': ['sputnik', /Sputnik France|sputniknews/],
      '003': ['reuters', /\(Reuters\) -/],
    };
    for (const [prefix, [id, evidence]] of Object.entries(expected)) {
      const article = seed(prefix);
      expect(article.outlet.id, prefix).toBe(id);
      expect(article.outlet.source, prefix).toBe('rule');
      expect(article.outlet.evidence, prefix).toMatch(evidence);
    }
    const unknown = seed('004');
    expect(unknown.outlet).toMatchObject({ id: 'unknown', source: 'unknown' });
    expect(unknown.outlet.evidence).toBeUndefined();
  });

  it('reads the months and the day of the Sputnik stamp', () => {
    expect(['000', '001', '003', '004'].map((p) => seed(p).date)).toEqual([
      '2021-12',
      '2021-12',
      '2022-01',
      '2021-12',
    ]);
    const sputnik = seed('002');
    expect(sputnik.date).toBe('2021-12-31');
    expect(sputnik.dateEvidence).toMatch(/stamp/);
  });

  it('reads the Reuters dateline, credits and the Sputnik URL and title', () => {
    expect(seed('000').dateline).toBe('WILMINGTON, Delaware/MOSCOU');
    expect(seed('003').dateline).toBe('WILMINGTON, Delaware');
    expect(seed('000').credits).toMatch(/^Avec .*version française/);
    const sputnik = seed('002');
    expect(sputnik.url).toMatch(/^https:\/\/fr\.sputniknews\.com\/20211231\//);
    expect(sputnik.title).toMatch(/^Ukraine: Biden et Poutine/);
    expect(sputnik.language).toBe('fr');
  });

  it('marks captions, slug, URL line, repeated title, stamp and credits as boilerplate, keeping the text whole', () => {
    const afp = boilerplate(seed('001'));
    const captions = afp.filter((b) => b.kind === 'caption').map((b) => b.text);
    expect(captions).toHaveLength(3);
    expect(captions[0]).toMatch(/\( AFP \/ MANDEL NGAN \)$/);
    expect(captions[2]).toMatch(/\( AFP \/ \)$/);
    expect(afp.find((b) => b.kind === 'slug')?.text).toBe('burs-alf-cjc/rle');
    const sputnik = seed('002');
    const kinds = boilerplate(sputnik);
    expect(kinds.find((b) => b.kind === 'url')?.text).toMatch(/^https:\/\/fr\.sputniknews\.com/);
    expect(kinds.find((b) => b.kind === 'title-repeat')?.text).toBe(sputnik.title);
    expect(kinds.find((b) => b.kind === 'stamp')?.text).toBe('31.12.2021, Sputnik France');
    expect(boilerplate(seed('000')).find((b) => b.kind === 'credits')?.text).toMatch(
      /^\(Avec .*Camille Raynaud\)$/,
    );
    expect(kinds[0]).toEqual({ kind: 'date-header', text: ' date 2021-12 ' });
    expect(sputnik.text).toBe(readFileSync(seedPath('002'), 'utf8'));
  });

  it("splits Sputnik's glued paragraphs with exact offsets", () => {
    const sputnik = seed('002');
    const texts = sputnik.paragraphs.map(([s, e]) => sputnik.text.slice(s, e));
    expect(texts).toContain('Propositions russes');
    expect(texts.some((t) => t.startsWith('Dans le contexte'))).toBe(true);
    expect(texts.some((t) => t.endsWith('minutes.'))).toBe(true);
    expect(sputnik.warnings).toContainEqual({ code: 'glued-paragraphs', count: expect.any(Number) });
    expect(formatArticleWarning(sputnik.warnings[0]!, 'en')).toMatch(/glued paragraph boundar(y|ies) split/);
    expect(wellFormed(sputnik.paragraphs, sputnik.text.length)).toBe(true);
  });

  it('finds every paragraph of the reference segmentation exactly', () => {
    const spec = JSON.parse(readFileSync(join(specDir, 'paragraphs-000-002.json'), 'utf8')) as {
      file: string;
      paragraphs: { id: string; start: number; end: number; text: string }[];
    }[];
    for (const file of spec) {
      const article = seed(file.file.slice(0, 3));
      const spans = new Set([...article.paragraphs, ...article.boilerplate].map(([s, e]) => `${s}-${e}`));
      for (const p of file.paragraphs) {
        expect(article.text.slice(p.start, p.end), p.id).toBe(p.text);
        expect(spans.has(`${p.start}-${p.end}`), `${p.id} [${p.start}, ${p.end})`).toBe(true);
      }
    }
  });
});

describe('parseArticle on fixtures', () => {
  it('treats "selon Reuters" inside an article as a citation, not authorship', () => {
    const afp = fixture('citation/afp-cites-reuters.txt');
    expect(afp.outlet.id).toBe('afp');
    const unknown = fixture('citation/unknown-cites-reuters.txt');
    expect(unknown.outlet).toEqual({ id: 'unknown', name: 'Unknown', source: 'unknown' });
    expect(unknown.warnings).toContainEqual({ code: 'no-outlet-evidence' });
  });

  it('recognises each outlet of the story fixtures from its own statements', () => {
    const expected: Record<string, string> = {
      'e1-reuters.txt': 'reuters',
      'e1-afp.txt': 'afp',
      'e1-sputnik.txt': 'sputnik',
      'e2-rt.txt': 'rt',
      'e3-lemonde.txt': 'le-monde',
      'e3-kessik-matin.txt': 'unknown',
      'e4-ap.txt': 'ap',
    };
    for (const [file, id] of Object.entries(expected))
      expect(fixture(`stories/${file}`).outlet.id, file).toBe(id);
  });

  it('splits a heading glued to its paragraph and sentences glued without a space', () => {
    const article = fixture('stories/e1-sputnik.txt');
    const texts = article.paragraphs.map(([s, e]) => article.text.slice(s, e));
    expect(texts).toContain('Un précédent conflit');
    expect(texts.some((t) => t.startsWith('En 2019'))).toBe(true);
    expect(article.date).toBe('2023-03-14');
  });
});

describe('parseArticle details', () => {
  const parse = (text: string, meta?: Parameters<typeof parseArticle>[0]['meta']): Article =>
    parseArticle(meta ? { id: 'x.txt', text, meta } : { id: 'x.txt', text });

  it('marks a caption without a photographer name', () => {
    const a = parse(
      "Des manifestants devant la mairie ( AFP / )\n\nLe texte de l'article commence ici et continue longtemps.",
    );
    expect(a.boilerplateKinds).toEqual(['caption']);
    expect(a.outlet.id).toBe('unknown');
  });

  it('keeps quotes, abbreviations, numbers and URLs from being split as glued paragraphs', () => {
    const text = 'Il a dit non. M.Dupont a payé 100.000 euros, voir www.exemple.fr/Page et U.S.Army en 2014.';
    const a = parse(text);
    expect(a.paragraphs).toEqual([[0, text.length]]);
  });

  it('splits a sentence glued to a quotation that opens the next paragraph', () => {
    const text = 'Le vote a eu lieu mardi soir."Nous sommes satisfaits", a dit la maire.';
    const a = parse(text);
    expect(a.paragraphs.map(([s, e]) => text.slice(s, e))).toEqual([
      'Le vote a eu lieu mardi soir.',
      '"Nous sommes satisfaits", a dit la maire.',
    ]);
  });

  it('keeps hard-wrapped Markdown lines as one paragraph', () => {
    const line = 'une ligne de texte assez longue pour ressembler à du texte coupé';
    const text = `# Titre\n\n${line}\n${line}\n${line}\n${line}.\n\nFin du texte ici.`;
    const a = parse(text);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.title).toBe('Titre');
  });

  it('uses HTML metadata for title, date, URL and outlet', () => {
    const a = parse('Titre de la page\n\nPremier paragraphe du texte.\n\nDeuxième paragraphe.', {
      title: 'Titre de la page',
      date: '2022-03-04T10:00:00Z',
      url: 'https://www.lemonde.fr/politique/article/2022/03/04/x.html',
      byline: 'Jeanne Martin',
    });
    expect(a).toMatchObject({
      title: 'Titre de la page',
      date: '2022-03-04',
      byline: 'Jeanne Martin',
      outlet: { id: 'le-monde', source: 'metadata' },
    });
    expect(a.titleSpan).toEqual([0, 16]);
  });

  it('names an outlet from a site name it has no rule for, as metadata', () => {
    const a = parse('Un texte quelconque sur un sujet.', { siteName: 'La Gazette du Val' });
    expect(a.outlet).toMatchObject({
      id: 'la-gazette-du-val',
      name: 'La Gazette du Val',
      source: 'metadata',
    });
  });

  it('warns when the stated dates disagree', () => {
    const a = parse(' date 2021-11 Un texte.\n\nSuite du texte 31.12.2021, Sputnik France');
    expect(a.date).toBe('2021-12-31');
    expect(a.warnings.map((w) => w.code)).toContain('dates-disagree');
    expect(a.warnings.map((w) => formatArticleWarning(w, 'fr')).join()).toMatch(/les dates se contredisent/);
  });

  it('never mutates its input and returns well-formed spans', () => {
    const input = { id: 'x.txt', text: ' date 2021-12 A.\n\n\n\nB c d.\n' };
    const copy = structuredClone(input);
    const a = parseArticle(input);
    expect(input).toEqual(copy);
    expect(wellFormed(a.paragraphs, a.text.length)).toBe(true);
    expect(wellFormed(a.boilerplate, a.text.length)).toBe(true);
  });
});
