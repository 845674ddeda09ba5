import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { readArticleFile } from '../../../node/read-article';
import type { Article } from '../../../shared/article/model';
import { assertValidComparison } from '../../../shared/compare/check-diff';
import { compare } from '../../../shared/compare/compare';
import type { Comparison, Link, Segment } from '../../../shared/compare/types';
import { describeSeeds, seedPath, specDir } from '../../helpers/seeds';
import { summarizeComparison } from '../../../shared/format/summary';

/** A seed article read as the app reads it. */
function readSeed(prefix: string): Promise<Article> {
  return readArticleFile(seedPath(prefix));
}

interface SpecParagraph {
  id: string;
  start: number;
  end: number;
}
interface SpecAlignment {
  links: { a: string; b: string; kind: 'verbatim' | 'partial' }[];
  onlyA: { id: string }[];
  onlyB: { id: string }[];
  related: { a: string; b: string }[];
}

/** The segment covering most of a spec paragraph, or undefined when none overlaps it (boilerplate). */
function segmentFor(paragraph: SpecParagraph, segments: readonly Segment[]): Segment | undefined {
  let best: Segment | undefined;
  let bestOverlap = 0;
  for (const s of segments) {
    const overlap = Math.min(s.end, paragraph.end) - Math.max(s.start, paragraph.start);
    if (overlap > bestOverlap) {
      best = s;
      bestOverlap = overlap;
    }
  }
  return bestOverlap >= (paragraph.end - paragraph.start) / 2 ? best : undefined;
}

/** The link holding segment `a` on A's side and `b` on B's, if any. */
function linkOf(result: Comparison, a: string | undefined, b: string | undefined): Link | undefined {
  return result.links.find((l) => a !== undefined && b !== undefined && l.a.includes(a) && l.b.includes(b));
}

describeSeeds('compare Reuters 000 with Sputnik 002 against the reference alignment', () => {
  const spec = JSON.parse(readFileSync(join(specDir, 'align-000-002.json'), 'utf8')) as SpecAlignment;
  const paragraphs = (
    JSON.parse(readFileSync(join(specDir, 'paragraphs-000-002.json'), 'utf8')) as {
      paragraphs: SpecParagraph[];
    }[]
  ).flatMap((f) => f.paragraphs);
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  let result: Comparison;
  beforeAll(async () => {
    result = compare(await readSeed('000'), await readSeed('002'));
  });
  const segA = (id: string): Segment | undefined =>
    segmentFor(byId.get(id) as SpecParagraph, result.segments.a);
  const segB = (id: string): Segment | undefined =>
    segmentFor(byId.get(id) as SpecParagraph, result.segments.b);

  it('produces valid diffs, undegraded', () => {
    assertValidComparison(result);
    expect(result.degraded).toBeUndefined();
  });

  it('reproduces every reference link with its kind, and no other link', () => {
    for (const expected of spec.links) {
      const link = linkOf(result, segA(expected.a)?.id, segB(expected.b)?.id);
      expect(link, `${expected.a} → ${expected.b}`).toBeDefined();
      const kinds = expected.kind === 'partial' ? ['partial'] : ['identical', 'edited'];
      expect(kinds, `${expected.a} → ${expected.b}`).toContain(link?.kind);
      expect(link?.moved, `${expected.a} → ${expected.b}`).toBe(false);
    }
    expect(result.links).toHaveLength(spec.links.length);
  });

  it('reports the paragraphs only in one side as such, or as boilerplate, never linked', () => {
    for (const { id } of spec.onlyA) {
      const segment = segA(id);
      if (segment) expect(result.onlyA, id).toContain(segment.id);
    }
    for (const { id } of spec.onlyB) {
      const segment = segB(id);
      if (segment) expect(result.onlyB, id).toContain(segment.id);
    }
  });

  it('does not link same-topic paragraphs (the troop figures differ)', () => {
    for (const related of spec.related) {
      expect(
        linkOf(result, segA(related.a)?.id, segB(related.b)?.id),
        `${related.a} → ${related.b}`,
      ).toBeUndefined();
    }
  });

  it('counts the dropped quotes and the kept text', () => {
    expect(result.stats.droppedQuotes).toBe(2);
    expect(result.stats.addedQuotes).toBe(0);
    expect(result.stats.keptVerbatim).toBeGreaterThan(0.6);
    expect(summarizeComparison(result, 'fr')).toMatch(
      /^Sputnik reprend \d+[\u00a0\u202f]% du texte de Reuters mot pour mot, supprime \d paragraphes dont 2 citations, en ajoute \d\.$/,
    );
  });
});

describeSeeds('compare Reuters 000 with AFP 001 (written independently)', () => {
  let a: Article;
  let b: Article;
  let result: Comparison;
  beforeAll(async () => {
    a = await readSeed('000');
    b = await readSeed('001');
    result = compare(a, b);
  });
  /** The id of the one segment of a side whose text contains `phrase`. */
  const find = (article: Article, segments: readonly Segment[], phrase: string): string => {
    const found = segments.filter((s) => article.text.slice(s.start, s.end).includes(phrase));
    expect(found, phrase).toHaveLength(1);
    return found[0]?.id ?? '';
  };
  const inA = (phrase: string): string => find(a, result.segments.a, phrase);
  const inB = (phrase: string): string => find(b, result.segments.b, phrase);
  const pair = (x: string, y: string): string => `${inA(x)}→${inB(y)}`;

  it('produces valid diffs, undegraded', () => {
    assertValidComparison(result);
    expect(result.degraded).toBeUndefined();
  });

  it('links paragraphs that report the same fact in other words', () => {
    const verified = [
      ['50 minutes', 'cinquantaine de minutes'],
      ['le 13 janvier', "dans le cadre de l'OSCE"],
      ['annexé la péninsule de Crimée', 'la Crimée, en 2014'],
    ];
    for (const [x, y] of verified) {
      const link = linkOf(result, inA(x as string), inB(y as string));
      expect(link, `${x} → ${y}`).toBeDefined();
      expect(link?.kind).toBe('paraphrase');
      expect(link?.a).toHaveLength(1);
      expect(link?.b).toHaveLength(1);
    }
  });

  it('links nothing else than paragraphs about the same fact', () => {
    const acceptable = new Set([
      pair('50 minutes', 'cinquantaine de minutes'),
      pair('le 13 janvier', "dans le cadre de l'OSCE"),
      pair('annexé la péninsule de Crimée', 'la Crimée, en 2014'),
      pair('un certain optimisme', 'conclu jeudi un entretien'),
      pair('répondraient avec fermeté', 'préparés à répondre'),
      pair('le 13 janvier', 'pourparlers russo-américains le 10 janvier'),
    ]);
    for (const link of result.links) expect(acceptable).toContain(`${link.a.join('+')}→${link.b.join('+')}`);
  });

  it('does not link the troop paragraphs', () => {
    const troops = inA('des dizaines de milliers de soldats');
    expect(result.links.some((l) => l.a.includes(troops))).toBe(false);
    expect(linkOf(result, troops, inB('dizaines de milliers de militaires'))).toBeUndefined();
  });
});
