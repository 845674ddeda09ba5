import { describe, expect, it } from 'vitest';
import type { ReportFont } from '../../../shared/report/input';
import { collateStory } from '../../../shared/story/collate';
import { coverage } from '../../../shared/story/coverage';
import {
  renderStoryReport,
  storyReportMetadata,
  type StoryReportInput,
} from '../../../shared/story/render-report';
import { reuseGraph } from '../../../shared/story/reuse-graph';
import { readStoryFixture } from '../../helpers/story-fixture';

const font: ReportFont = { family: 'Test Serif', faces: [] };

/** The report input of the fixture story. */
function fixtureInput(title = 'Tempête sur Vellmark'): StoryReportInput {
  const articles = readStoryFixture('vellmark');
  const collation = collateStory(articles);
  return {
    title,
    articles,
    collation,
    graph: reuseGraph(collation),
    coverage: coverage(collation, articles),
    exportedAt: '2024-03-07T10:00:00.000Z',
    appVersion: '9.9.9',
    font,
  };
}

describe('renderStoryReport', () => {
  const input = fixtureInput();
  const fr = renderStoryReport(input, { lang: 'fr' });
  const en = renderStoryReport(input, { lang: 'en' });

  it('is one static document: a strict content policy, no script, the page set-up of the pairwise report', () => {
    expect(fr.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(fr).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`,
    );
    expect(fr).not.toMatch(/<script/i);
    expect(fr).toContain('@page{size:A4 landscape');
    expect(renderStoryReport(input, { paper: 'letter', landscape: false })).toContain(
      '@page{size:letter portrait',
    );
  });

  it('has a column per article in date order and a row per piece of content', () => {
    const head = /<table class="story">[\s\S]*?<\/thead>/.exec(fr)?.[0] ?? '';
    const labels = input.collation.columns.map((c) => c.label);
    const positions = labels.map((l) => head.indexOf(`>${l}</span>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(fr.match(/<tr data-row=/g)).toHaveLength(input.collation.rows.length);
  });

  it('shows edited cells with their differences, identical cells as a mark, and gaps where an outlet did not carry the text', () => {
    expect(fr).toContain('<del>près</del> <ins>plus</ins>');
    expect(fr).toContain('= agence-nordique');
    const gaps = input.collation.rows.reduce((n, r) => n + r.cells.filter((c) => c === null).length, 0);
    expect(fr.match(/<td class="gap"/g)).toHaveLength(gaps);
    expect(fr).toContain('seulement dans gazette-des-plaines');
  });

  it('draws the reuse graph and lists its arrows', () => {
    const svg = /<svg class="graph"[\s\S]*?<\/svg>/.exec(fr)?.[0] ?? '';
    expect(svg.match(/<path d="M [\d.]+ [\d.]+ Q/g)).toHaveLength(input.graph.edges.length);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(en).toMatch(/le-veilleur takes 8\d% of its text word for word from courrier-du-lac/);
    expect(en).toContain('likeliest source');
  });

  it("gives each article's coverage, quotes and claims reported differently", () => {
    expect(en).toContain('What each article carries');
    expect(en).toContain(
      '« Les digues ont tenu, c&#39;est l&#39;essentiel, mais il faudra les renforcer avant l&#39;hiver prochain » — Mats Hedlund <i>(only here)</i>',
    );
    expect(en).toContain('près de 40.000 foyers');
  });

  it('writes the interface language, and the sources with their sha256', () => {
    expect(fr).toContain('Collation d’un sujet');
    expect(fr).toContain('<html lang="fr-FR">');
    expect(en).toContain('Story collation');
    for (const a of input.articles) expect(fr).toContain(a.sha256);
    expect(en).toContain('Recoupe 9.9.9');
  });

  it('escapes what comes from the files', () => {
    const html = renderStoryReport(fixtureInput('<script>alert(1)</script> & co'), { lang: 'en' });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; co');
  });
});

describe('storyReportMetadata', () => {
  it('names the story, the outlets and the app, in the document language', () => {
    const input = fixtureInput();
    expect(storyReportMetadata(input, { lang: 'en' })).toEqual({
      title: 'Tempête sur Vellmark — collation of 4 articles',
      subject:
        'How agence-nordique, gazette-des-plaines, courrier-du-lac, and le-veilleur reported the same story, collated paragraph by paragraph by Recoupe.',
      keywords: ['agence-nordique', 'gazette-des-plaines', 'courrier-du-lac', 'le-veilleur', 'Recoupe'],
      creator: 'Recoupe 9.9.9',
      language: 'en',
    });
    expect(storyReportMetadata(input, { lang: 'fr' }).title).toBe(
      'Tempête sur Vellmark — collation de 4 articles',
    );
  });
});

describe('renderStoryReport with an outlet inferred by reuse', () => {
  it('lists the article with its inference and evidence, next to the unknown outlet', () => {
    const [first, ...rest] = readStoryFixture('vellmark');
    const unsigned = { ...first!, outlet: { id: 'unknown', name: 'Unknown', source: 'unknown' as const } };
    const articles = [unsigned, ...rest];
    const collation = collateStory(articles);
    const html = renderStoryReport(
      {
        ...fixtureInput(),
        articles,
        collation,
        graph: reuseGraph(collation),
        coverage: coverage(collation, articles),
        inferences: [
          {
            article: unsigned.id,
            outlet: { id: 'afp', name: 'AFP' },
            share: 0.39,
            from: rest[0]!.id,
            minShare: 0.25,
          },
        ],
      },
      { lang: 'en' },
    );
    expect(html).toContain(`probably AFP: 39% of its text is in ${rest[0]!.id} (AFP), an inference`);
    const carried = renderStoryReport(
      {
        ...fixtureInput(),
        articles: fixtureInput().articles.map((a, i) => (i ? a : { ...a, site: 'kessel-radio.example' })),
      },
      { lang: 'fr' },
    );
    expect(carried).toContain('<span class="site">sur kessel-radio.example</span>');
  });
});

describe('renderStoryReport with versions of one text', () => {
  it('lists each set oldest first, each later version with its evidence, in the document language', () => {
    const base = fixtureInput();
    const [first, second] = base.collation.columns.map((c) => c.articleId);
    const versions = [
      {
        outlet: { id: 'afp', name: 'AFP' },
        articles: [first!, second!],
        steps: [
          {
            earlier: first!,
            later: second!,
            ordered: true,
            evidence: [
              {
                code: 'dated-later' as const,
                article: second!,
                date: '2024-03-06',
                other: first!,
                otherDate: '2024-03-05',
              },
            ],
          },
        ],
      },
    ];
    const fr = renderStoryReport({ ...base, versions }, { lang: 'fr' });
    expect(fr).toContain('<h2>Versions d’un même texte</h2>');
    expect(fr).toContain(
      `(${second!})</span> — plus récente : datée du 6 mars 2024, la précédente du 5 mars 2024</li>`,
    );
    expect(renderStoryReport(base, { lang: 'fr' })).not.toContain('class="versions"');
  });
});
