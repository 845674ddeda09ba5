import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { matchClaims } from '../../../shared/claims/match';
import { articleFromText } from '../../helpers/claims-article';

const TOWNS = ['Arvel', 'Borsk', 'Cendra', 'Dulm', 'Estra', 'Fenn', 'Gorla', 'Hask', 'Ivro', 'Jelm'];

describe('matching a large selection compares only claims that share context or value', () => {
  it('still puts two reports of one figure in one flagged row among 450 unrelated counts', () => {
    const noise = Array.from({ length: 450 }, (_, i) =>
      articleFromText(
        `n${i}.txt`,
        `À ${TOWNS[i % TOWNS.length]}${i}, ${i + 100} navires du lot ${i} attendaient la marée numéro ${i}.`,
      ),
    );
    const a = articleFromText(
      'a.txt',
      'Au port de Kessel, 30 navires ont été bloqués par la grève des dockers.',
    );
    const b = articleFromText('b.txt', 'La grève des dockers a bloqué 35 navires au port de Kessel.');
    const selection = [a, b, ...noise];
    const rows = matchClaims(selection, new Map(selection.map((x) => [x.id, extractClaims(x)])));
    const row = rows.find((r) => r.articles.includes('a.txt') && r.kind === 'quantity');
    expect(row?.articles).toEqual(['a.txt', 'b.txt']);
    expect(row?.discrepancies).toContain('number-differs');
  });
});
