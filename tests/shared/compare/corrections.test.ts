import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { assertValidOps } from '../../../shared/compare/check-diff';
import { compare } from '../../../shared/compare/compare';
import { correctionListSchema, type Correction } from '../../../shared/compare/correction-schema';
import { anchorSide, applyCorrections, quoteOf, resolveAnchor } from '../../../shared/compare/corrections';
import type { Comparison, LinkKind, Segment } from '../../../shared/compare/types';
import { STORY, storyArticle, storyPair } from '../../helpers/compare-view-texts';
import { summarizeComparison } from '../../../shared/format/summary';

/** The segment of a side whose text starts with `head`. */
function seg(c: Comparison, side: 'a' | 'b', head: string): Segment {
  const article = c[side];
  const found = c.segments[side].find((s) => article.text.slice(s.start, s.end).startsWith(head));
  if (!found) throw new Error(`no segment starting with ${head}`);
  return found;
}

let counter = 0;
/** A correction between segments of the two sides of `c`. */
function correction(
  c: Comparison,
  op: Correction['op'],
  a: Segment[],
  b: Segment[],
  kind?: LinkKind,
): Correction {
  const base = {
    id: `c${++counter}`,
    at: '2026-01-01T00:00:00.000Z',
    a: anchorSide(c.a, a),
    b: anchorSide(c.b, b),
  };
  if (op === 'kind') return { ...base, op, kind: kind ?? 'edited' };
  if (op === 'link') return kind ? { ...base, op, kind } : { ...base, op };
  return { ...base, op };
}

describe('applyCorrections', () => {
  const { a, b } = storyPair();
  const base = compare(a, b);

  it('returns the comparison unchanged, with no outcomes, when there is no correction', () => {
    const out = applyCorrections(base, [], a, b);
    expect(out.links).toEqual(base.links);
    expect(out.corrections).toEqual([]);
  });

  it('unlinks a link: both segments become one-sided and the figures follow', () => {
    const history = [seg(base, 'a', 'Construit'), seg(base, 'b', 'Construit')] as const;
    const out = applyCorrections(base, [correction(base, 'unlink', [history[0]], [history[1]])], a, b);
    expect(out.links.some((l) => l.a.includes(history[0].id))).toBe(false);
    expect(out.onlyA).toContain(history[0].id);
    expect(out.onlyB).toContain(history[1].id);
    expect(out.stats.droppedParagraphs).toBe(base.stats.droppedParagraphs + 1);
    expect(out.stats.addedParagraphs).toBe(base.stats.addedParagraphs + 1);
    expect(out.stats.keptVerbatim).toBeLessThan(base.stats.keptVerbatim);
    expect(summarizeComparison(out, 'en')).not.toBe(summarizeComparison(base, 'en'));
    expect(out.corrections).toEqual([
      expect.objectContaining({ status: 'applied', a: [history[0].id], b: [history[1].id] }),
    ]);
  });

  it('links two segments the engine missed, marked by hand, with valid valid word operations and a kind from its words', () => {
    const opposition = seg(base, 'a', "L'opposition");
    const reworded = seg(base, 'b', 'Selon les élus');
    expect(base.onlyA).toContain(opposition.id);
    const out = applyCorrections(base, [correction(base, 'link', [opposition], [reworded])], a, b);
    const made = out.links.find((l) => l.a.includes(opposition.id));
    expect(made).toMatchObject({ b: [reworded.id], byHand: true, moved: false });
    expect(made?.kind).toBe('paraphrase');
    assertValidOps(
      made!,
      { text: a.text, segments: out.segments.a },
      { text: b.text, segments: out.segments.b },
    );
    expect(out.onlyA).not.toContain(opposition.id);
    expect(out.stats.droppedParagraphs).toBe(base.stats.droppedParagraphs - 1);
    expect(out.stats.keptEdited).toBeGreaterThan(base.stats.keptEdited);
  });

  it('a link to a segment already linked takes it from its old link', () => {
    const cost = seg(base, 'a', 'Les travaux');
    const lede = seg(base, 'b', 'Le conseil');
    const out = applyCorrections(base, [correction(base, 'link', [cost], [lede], 'partial')], a, b);
    expect(out.links.find((l) => l.a.includes(cost.id))).toMatchObject({
      b: [lede.id],
      kind: 'partial',
      byHand: true,
    });
    expect(out.onlyA).toContain(seg(base, 'a', 'Le conseil').id);
    expect(out.onlyB).toContain(seg(base, 'b', 'Les travaux').id);
  });

  it('changes the kind of a link and marks it by hand', () => {
    const cost = [seg(base, 'a', 'Les travaux'), seg(base, 'b', 'Les travaux')] as const;
    const out = applyCorrections(base, [correction(base, 'kind', [cost[0]], [cost[1]], 'partial')], a, b);
    expect(out.links.find((l) => l.a.includes(cost[0].id))).toMatchObject({ kind: 'partial', byHand: true });
    expect(out.stats).toEqual(base.stats);
  });

  it('applies corrections in order: undoing is dropping the last one', () => {
    const opposition = seg(base, 'a', "L'opposition");
    const reworded = seg(base, 'b', 'Selon les élus');
    const link = correction(base, 'link', [opposition], [reworded]);
    const kind = correction(base, 'kind', [opposition], [reworded], 'edited');
    const both = applyCorrections(base, [link, kind], a, b);
    expect(both.links.find((l) => l.a.includes(opposition.id))?.kind).toBe('edited');
    const undone = applyCorrections(base, [link], a, b);
    expect(undone.links.find((l) => l.a.includes(opposition.id))?.kind).toBe('paraphrase');
  });

  it('applies a correction made with the articles the other way round', () => {
    const reversed = compare(b, a);
    const history = [seg(base, 'a', 'Construit'), seg(base, 'b', 'Construit')] as const;
    const out = applyCorrections(reversed, [correction(base, 'unlink', [history[0]], [history[1]])], b, a);
    expect(out.onlyA).toContain(seg(reversed, 'a', 'Construit').id);
    expect(out.onlyB).toContain(seg(reversed, 'b', 'Construit').id);
  });

  it('survives a small edit of the file: the quote is found again by approximate search', () => {
    const history = [seg(base, 'a', 'Construit'), seg(base, 'b', 'Construit')] as const;
    const unlink = correction(base, 'unlink', [history[0]], [history[1]]);
    const editedB = storyArticle(
      [
        'https://courrier.example/valmery-pont',
        STORY.lede,
        STORY.cost,
        STORY.added,
        STORY.history.replace('1911', 'l’an 1911'),
        STORY.schedule,
      ],
      { id: 'courrier.txt', outlet: 'Courrier', boilerplateAt: [0] },
    );
    const fresh = compare(a, { ...editedB, sha256: 'c'.repeat(64) });
    expect(fresh.links.some((l) => l.a.includes(history[0].id))).toBe(true);
    const out = applyCorrections(fresh, [unlink], a, fresh.b);
    expect(out.corrections[0]?.status).toBe('applied');
    expect(out.onlyA).toContain(history[0].id);
  });

  it('orphans a correction whose paragraph was rewritten, rather than misapplying it', () => {
    const history = [seg(base, 'a', 'Construit'), seg(base, 'b', 'Construit')] as const;
    const unlink = correction(base, 'unlink', [history[0]], [history[1]]);
    const rewritten = storyArticle(
      [
        STORY.lede,
        STORY.cost,
        'Un paragraphe entièrement nouveau, sans rapport avec le pont ni avec son histoire.',
      ],
      {
        id: 'courrier.txt',
        outlet: 'Courrier',
      },
    );
    const fresh = compare(a, { ...rewritten, sha256: 'd'.repeat(64) });
    const out = applyCorrections(fresh, [unlink], a, fresh.b);
    expect(out.corrections[0]).toMatchObject({ status: 'orphaned', a: [], b: [] });
    expect(out.links).toEqual(fresh.links);
  });

  it('orphans a kind change whose link no longer exists, and corrections of another pair', () => {
    const cost = [seg(base, 'a', 'Les travaux'), seg(base, 'b', 'Les travaux')] as const;
    const unlink = correction(base, 'unlink', [cost[0]], [cost[1]]);
    const kind = correction(base, 'kind', [cost[0]], [cost[1]], 'identical');
    const other: Correction = { ...unlink, id: 'other', a: { ...unlink.a, article: 'elsewhere.txt' } };
    const out = applyCorrections(base, [unlink, kind, other], a, b);
    expect(out.corrections.map((c) => c.status)).toEqual(['applied', 'orphaned', 'orphaned']);
  });

  it('never modifies its inputs', () => {
    const snapshot = structuredClone(base);
    const history = [seg(base, 'a', 'Construit'), seg(base, 'b', 'Construit')] as const;
    const list = [correction(base, 'unlink', [history[0]], [history[1]])];
    const listSnapshot = structuredClone(list);
    applyCorrections(base, list, a, b);
    expect(base).toEqual(snapshot);
    expect(list).toEqual(listSnapshot);
  });

  it('corrections made by anchorSide pass the schema that guards the file and the IPC', () => {
    const history = [seg(base, 'a', 'Construit'), seg(base, 'b', 'Construit')] as const;
    expect(
      correctionListSchema.safeParse([correction(base, 'link', [history[0]], [history[1]], 'edited')])
        .success,
    ).toBe(true);
    expect(correctionListSchema.safeParse([{ op: 'link', id: 'x' }]).success).toBe(false);
  });
});

describe('resolveAnchor', () => {
  const { a } = storyPair();
  const segments = compare(a, a).segments.a;

  it('takes the segment at the recorded start when the file is unchanged, the nearest one among equal quotes otherwise', () => {
    const twice: Article = storyArticle([STORY.lede, STORY.cost, STORY.lede], { id: 't.txt', outlet: 'T' });
    const own = compare(twice, twice).segments.a;
    const last = own[2]!;
    const anchor = { quote: quoteOf(twice.text, last), start: last.start };
    expect(resolveAnchor(twice, own, anchor, true)).toBe(2);
    expect(resolveAnchor(twice, own, { ...anchor, start: 0 }, false)).toBe(0);
  });

  it('returns undefined for a quote found nowhere', () => {
    expect(
      resolveAnchor(
        a,
        segments,
        { quote: 'Texte qui ne figure nulle part dans cet article de test.', start: 0 },
        false,
      ),
    ).toBeUndefined();
  });
});
