import { describe, expect, it } from 'vitest';
import type { Article, Span } from '../../../shared/article/model';
import type { Claim } from '../../../shared/claims/model';
import { compare } from '../../../shared/compare/compare';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import { anchorSpan } from '../../../shared/notes/anchor';
import type { Note } from '../../../shared/notes/model';
import type { ReportInput } from '../../../shared/report/input';
import { reportMetadata } from '../../../shared/report/metadata';
import { renderComparisonReport } from '../../../shared/report/render';
import { makeArticle } from '../../helpers/compare-article';
import { summarizeComparison } from '../../../shared/format/summary';

const TEXT_A = [
  'Le maire de Brévannes a inauguré lundi la nouvelle passerelle du canal, après deux ans de travaux.',
  'Le chantier a coûté 4 millions d’euros, selon la mairie, qui parle d’un investissement pour trente ans.',
  'Les commerçants du quai se disent soulagés par la réouverture du passage vers le marché couvert.',
  'La passerelle sera fermée les jours de grand vent, a précisé le service des ponts et chaussées.',
  'Une fête est prévue samedi sur les berges avec un concert gratuit et des stands des associations.',
].join('\n\n');
const TEXT_B = [
  'Le maire de Brévannes a inauguré lundi la nouvelle passerelle du canal, après deux ans de travaux.',
  'Le chantier a coûté 6 millions d’euros, selon l’opposition, qui parle d’un investissement pour trente ans.',
  'La passerelle sera fermée les jours de grand vent, a précisé le service des ponts et chaussées.',
  'Une fête est prévue samedi sur les berges avec un concert gratuit et des stands des associations.',
  'Des riverains dénoncent le bruit <b>nocturne</b> & les retards du chantier.',
].join('\n\n');

const font = {
  family: 'Test Serif',
  faces: [{ weight: 400 as const, style: 'normal' as const, base64: 'AAECAw==' }],
};

/** The two test articles, with dates and distinct hashes. */
function articles(): [Article, Article] {
  const a = {
    ...makeArticle(TEXT_A, { id: 'gazette.txt', outlet: 'Gazette' }),
    sha256: 'a'.repeat(64),
    date: '2024-03',
    title: 'La passerelle',
  };
  const b = {
    ...makeArticle(TEXT_B, { id: 'echo/echo.txt', outlet: 'Echo' }),
    sha256: 'b'.repeat(64),
    date: '2024-03-12',
  };
  return [a, b];
}

/** A report input over the test articles. */
function input(extra: Partial<ReportInput> = {}): ReportInput {
  const [a, b] = articles();
  return {
    comparison: compare(a, b),
    exportedAt: '2026-02-03T10:15:00Z',
    appVersion: '1.2.3',
    font,
    ...extra,
  };
}

/** The span of a phrase in a text. */
function spanOf(article: Article, phrase: string): Span {
  const start = article.text.indexOf(phrase);
  return [start, start + phrase.length];
}

/** A note on one or two articles. */
function note(
  id: string,
  text: string,
  targets: { article: Article; phrase: string }[],
  tag = 'omission',
): Note {
  return {
    id,
    created: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
    tag,
    text,
    targets: targets.map((t) => anchorSpan(t.article, spanOf(t.article, t.phrase))),
  };
}

/** Text content of the HTML without tags, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/\s+/g, ' ');
}

describe('renderComparisonReport', () => {
  it('is one static document: embedded font, no script, no remote resource, French by default', () => {
    const html = renderComparisonReport(input());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="fr-FR">');
    expect(html).toContain('src:url(data:font/ttf;base64,AAECAw==) format("truetype")');
    expect(html).toContain('font-family:"Test Serif"');
    expect(html).not.toMatch(/<script|javascript:|https?:\/\//i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@page{size:A4 landscape;');
    expect(html).toContain('counter(page) " sur " counter(pages)');
  });

  it('prints the title block, the summary, the figures, the legend, both texts and the provenance', () => {
    const text = textOf(renderComparisonReport(input()));
    expect(text).toContain('La passerelle');
    expect(text).toContain('Gazette vs Echo');
    expect(text).toContain('mars 2024');
    expect(text).toContain('12 mars 2024');
    expect(text).toContain(summarizeComparison(compare(...articles()), 'fr').replace(/\s+/g, ' '));
    expect(text).toContain('paragraphes supprimés');
    expect(text).toContain('Comment lire ce document');
    expect(text).toContain('Les commerçants du quai se disent soulagés');
    expect(text).toContain('seulement chez Gazette');
    expect(text).toContain('absent chez Echo');
    expect(text).toContain('a'.repeat(64));
    expect(text).toContain('b'.repeat(64));
    expect(text).toContain('echo/echo.txt');
    expect(text).toContain('Recoupe 1.2.3');
    expect(text).toContain('3 février 2026 à 10:15 UTC');
  });

  it('marks words left out with <del>, words added with <ins>, and escapes the articles’ text', () => {
    const html = renderComparisonReport(input());
    expect(html).toMatch(/<del>[^<]*4[^<]*<\/del>/);
    expect(html).toMatch(/<ins>[^<]*6[^<]*<\/ins>/);
    expect(html).toContain('&#60;b&#62;nocturne&#60;/b&#62; &#38; les retards');
    expect(html).not.toContain('<b>nocturne</b>');
  });

  it('speaks English when asked, with the same structure', () => {
    const html = renderComparisonReport(input(), { lang: 'en', paper: 'letter', landscape: false });
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain('@page{size:letter portrait;');
    expect(html).toContain('counter(page) " of " counter(pages)');
    const text = textOf(html);
    expect(text).toContain('How to read this document');
    expect(text).toContain('not in Echo');
    expect(text).toContain('Provenance');
  });

  it('numbers notes in reading order, prints each once beside its row, and marks both texts', () => {
    const [a, b] = articles();
    const notes = [
      note('n-late', 'Les commerçants ne sont pas cités.', [{ article: a, phrase: 'commerçants du quai' }]),
      note(
        'n-both',
        'Même ouverture.',
        [
          { article: a, phrase: 'nouvelle passerelle' },
          { article: b, phrase: 'nouvelle passerelle' },
        ],
        'other',
      ),
    ];
    const html = renderComparisonReport(input({ notes }));
    const rows = html.slice(html.indexOf('<tbody>'));
    expect(rows.match(/<sup class="nref">\[1\]<\/sup>/g)).toHaveLength(2);
    expect(rows.match(/<sup class="nref">\[2\]<\/sup>/g)).toHaveLength(1);
    expect(html.match(/id="note-1"/g)).toHaveLength(1);
    expect(html).toContain('<mark>nouvelle passerelle</mark><sup class="nref">[1]</sup>');
    const text = textOf(html);
    expect(text).toContain('1autreMême ouverture.');
    expect(text).toContain('2omissionLes commerçants ne sont pas cités.');
    expect(text.indexOf('Même ouverture.')).toBeLessThan(text.indexOf('Les commerçants ne sont pas cités.'));
    expect(html).toContain('<col class="c-n">');
  });

  it('in portrait, prints notes on a line under their row rather than in a column', () => {
    const [a] = articles();
    const html = renderComparisonReport(
      input({ notes: [note('p', 'Sous la ligne.', [{ article: a, phrase: 'grand vent' }])] }),
      {
        landscape: false,
      },
    );
    expect(html).not.toContain('<col class="c-n">');
    expect(html).toMatch(
      /<tbody class="noted">\n<tr class="link kind-identical"[^]*?<tr class="row-notes"><td colspan="2"><div class="note" id="note-1">/,
    );
  });

  it('lists notes whose text changed or is not shown apart, and leaves notes out when asked', () => {
    const [a, b] = articles();
    const stale = note('n-stale', 'Texte disparu.', [{ article: a, phrase: 'grand vent' }]);
    const moved = {
      ...stale,
      targets: stale.targets.map((t) => ({ ...t, sha256: 'c'.repeat(64), status: 'orphaned' as const })),
    };
    const other = note('n-other', 'Sur un autre article.', [
      { article: { ...b, id: 'autre.txt' }, phrase: 'riverains' },
    ]);
    const html = renderComparisonReport(input({ notes: [moved, other] }));
    const text = textOf(html);
    expect(text).toContain('Notes hors des lignes affichées');
    expect(text).toContain('Texte disparu.');
    expect(text).toContain('sur « grand vent »');
    expect(text).toContain('le texte visé ne se trouve plus dans gazette.txt');
    expect(text).not.toContain('Sur un autre article.');
    expect(html).not.toContain('<col class="c-n">');
    const without = textOf(
      renderComparisonReport(
        input({ notes: [note('x', 'Cachée.', [{ article: a, phrase: 'grand vent' }])] }),
        { includeNotes: false },
      ),
    );
    expect(without).not.toContain('Cachée.');
  });

  it('collapses identical rows when asked, but reopens a run that holds a note', () => {
    const [a] = articles();
    const collapsed = textOf(renderComparisonReport(input(), { collapseIdentical: true }));
    expect(collapsed).toMatch(/paragraphes? identiques? non affichés?/);
    expect(collapsed).not.toContain('fermée les jours de grand vent');
    const noted = textOf(
      renderComparisonReport(
        input({ notes: [note('v', 'Le vent.', [{ article: a, phrase: 'grand vent' }])] }),
        { collapseIdentical: true },
      ),
    );
    expect(noted).toContain('fermée les jours de grand vent');
  });

  it('shows boilerplate only when asked, labelled with its kind', () => {
    const [a, b] = articles();
    const withCredit = {
      ...a,
      text: `${a.text}\n\n(Rédigé par la rédaction)`,
      paragraphs: [...a.paragraphs],
    };
    const start = withCredit.text.indexOf('(Rédigé');
    withCredit.paragraphs.push([start, withCredit.text.length]);
    withCredit.boilerplate = [[start, withCredit.text.length]];
    withCredit.boilerplateKinds = ['credits'];
    const comparison = compare(withCredit, b);
    const hidden = textOf(renderComparisonReport({ ...input(), comparison }));
    expect(hidden).not.toContain('Rédigé par la rédaction');
    const shown = textOf(renderComparisonReport({ ...input(), comparison }, { includeBoilerplate: true }));
    expect(shown).toContain('Rédigé par la rédaction');
    expect(shown).toContain('crédits');
  });

  it('prints the claims that differ and the watched phrases, or says they agree, or leaves them out', () => {
    const [a, b] = articles();
    const claim = (article: Article, phrase: string): Claim => {
      const [start, end] = spanOf(article, phrase);
      return {
        id: `${article.id}#quantity@${start}`,
        articleId: article.id,
        kind: 'quantity',
        text: phrase,
        start,
        end,
      };
    };
    const ca = claim(a, '4 millions d’euros');
    const cb = claim(b, '6 millions d’euros');
    const claims = {
      claims: [ca, cb],
      rows: [
        {
          id: `row:${ca.id}`,
          topic: 'coût',
          kind: 'quantity' as const,
          claims: [ca.id, cb.id],
          articles: [a.id, b.id],
          discrepancies: ['number-differs' as const],
          dismissed: [],
        },
      ],
      phrases: [{ phrase: 'grand vent', a: 1, b: 0 }],
    };
    const text = textOf(renderComparisonReport(input({ claims })));
    expect(text).toContain('Faits qui diffèrent');
    expect(text).toContain('coût4 millions d’euros6 millions d’eurosle nombre diffère');
    expect(text).toContain('« grand vent »1 occurrence0 occurrence');
    const agree = textOf(
      renderComparisonReport(
        input({ claims: { ...claims, rows: [{ ...claims.rows[0]!, discrepancies: [] }] } }),
      ),
    );
    expect(agree).toContain('Aucune divergence');
    const none = textOf(renderComparisonReport(input({ claims }), { includeClaims: false }));
    expect(none).not.toContain('Faits qui diffèrent');
  });

  it('says how many hand corrections were applied and left out', () => {
    const base = input();
    const corrected: CorrectedComparison = {
      ...base.comparison,
      links: base.comparison.links,
      corrections: [
        { id: 'c1', op: 'link', status: 'applied', a: [], b: [] },
        { id: 'c2', op: 'unlink', status: 'orphaned', reason: 'gone', a: [], b: [] },
      ],
    };
    const text = textOf(renderComparisonReport({ ...base, comparison: corrected }, { lang: 'en' }));
    expect(text).toContain('1 hand correction of the alignment is applied.');
    expect(text).toContain('1 hand correction no longer matches the text and is left out.');
  });

  it('gives the PDF metadata: title, subject, keywords with the outlets, creator with the version', () => {
    const meta = reportMetadata(input(), { lang: 'en' });
    expect(meta).toEqual({
      title: 'Gazette vs Echo — La passerelle',
      subject:
        'How Echo (echo.txt) reported what Gazette (gazette.txt) wrote, compared word for word by Recoupe.',
      keywords: ['Gazette', 'Echo', 'Recoupe'],
      creator: 'Recoupe 1.2.3',
      language: 'en',
    });
  });

  it('titles two untitled articles with both outlets and the first sentence, or with the title the user chose', () => {
    const [a, b] = articles();
    const untitled = input({ comparison: compare({ ...a, title: undefined }, b) });
    expect(reportMetadata(untitled, { lang: 'en' }).title).toBe(
      'Gazette vs Echo — Gazette and Echo: Le maire de Brévannes a inauguré lundi la nouvelle passerelle du canal, après deux ans…',
    );
    expect(reportMetadata(untitled, { lang: 'fr' }).title).toContain(
      'Gazette et Echo : Le maire de Brévannes',
    );
    const chosen = renderComparisonReport(untitled, { lang: 'en', title: 'Le coût de la passerelle' });
    expect(textOf(chosen)).toContain('Le coût de la passerelle');
    expect(reportMetadata(input(), { lang: 'en', title: '  Mon titre ' }).title).toBe(
      'Gazette vs Echo — Mon titre',
    );
  });

  it('lets a row of a few lines break across pages rather than leave the first page half empty', () => {
    const long = `${'Le conseil a débattu du budget des travaux du quai pendant la séance du soir. '.repeat(4)}`;
    const a = makeArticle(long, { id: 'a.txt', outlet: 'Gazette' });
    const b = makeArticle(`${long}Une phrase de plus.`, { id: 'b.txt', outlet: 'Echo' });
    const html = renderComparisonReport(input({ comparison: compare(a, b) }), { lang: 'en' });
    expect(html).toMatch(/<tr class="[^"]*\blong\b/);
  });
});

describe('an outlet inferred by reuse in the report', () => {
  it('shows it as an inference with its evidence on the card and in the sources, never as the outlet', () => {
    const [a, b] = articles();
    const unsigned: Article = { ...b, outlet: { id: 'unknown', name: 'Unknown', source: 'unknown' } };
    const inference = {
      article: unsigned.id,
      outlet: { id: 'gazette', name: 'Gazette' },
      share: 0.4,
      from: a.id,
      minShare: 0.25,
    };
    const html = renderComparisonReport(
      { ...input(), comparison: compare(a, unsigned), inferences: [inference] },
      { lang: 'en' },
    );
    const line =
      'probably Gazette: 40% of its text is in gazette.txt (Gazette), an inference from copied text';
    expect(html.split(line).length - 1).toBe(2);
    const fr = renderComparisonReport(
      { ...input(), comparison: compare(a, unsigned), inferences: [inference] },
      { lang: 'fr' },
    );
    expect(fr).toMatch(/probablement Gazette : 40\s% de son texte se trouve dans gazette\.txt \(Gazette\)/u);
    const known = renderComparisonReport({ ...input(), inferences: [inference] }, { lang: 'en' });
    expect(known).not.toContain('probably Gazette');
  });
});

describe('the site of a page in the report', () => {
  it('names the site that published a page when it is not the organisation whose text it is', () => {
    const [a, b] = articles();
    const carried = { ...b, site: 'kessel-radio.example' };
    const html = renderComparisonReport({ ...input(), comparison: compare(a, carried) }, { lang: 'en' });
    expect(html).toContain('<dt>Published on</dt><dd>kessel-radio.example</dd>');
    expect(renderComparisonReport(input(), { lang: 'en' })).not.toContain('Published on');
  });
});
