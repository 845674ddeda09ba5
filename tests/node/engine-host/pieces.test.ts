import { describe, expect, it } from 'vitest';
import { PieceCollector, PieceSender, splitPieces } from '../../../node/engine-host/pieces';

describe('pieces', () => {
  it('takes the long top-level lists out in slices and puts them back in order', () => {
    const value = { root: '/f', articles: Array.from({ length: 130 }, (_, i) => ({ i })), skipped: [1, 2] };
    const { head, fields, pieces } = splitPieces(value, 64);
    expect(fields).toEqual(['articles']);
    expect(head).toEqual({ root: '/f', skipped: [1, 2] });
    expect(pieces.map((p) => p.items.length)).toEqual([64, 64, 2]);
    const collector = new PieceCollector();
    for (const piece of pieces) collector.add(piece);
    expect(collector.join(head, fields)).toEqual(value);
  });

  it('leaves what is not a plain object as it is', () => {
    const list = Array.from({ length: 100 }, (_, i) => i);
    expect(splitPieces(list, 64)).toEqual({ head: list, fields: [], pieces: [] });
    expect(splitPieces(null)).toEqual({ head: null, fields: [], pieces: [] });
  });
});

describe('piece sender', () => {
  const pieces = Array.from({ length: 10 }, (_, i) => ({ field: 'rows', items: [i] }));
  const turn = (): Promise<void> => new Promise((done) => setImmediate(done));

  it('sends no more than its limit ahead of the acknowledgements, in order', async () => {
    const sent: number[] = [];
    const sender = new PieceSender((piece) => sent.push(piece.items[0] as number), 3);
    const sending = sender.send(pieces, new AbortController().signal);
    await turn();
    expect(sent).toEqual([0, 1, 2]);
    sender.acknowledge();
    await turn();
    expect(sent).toEqual([0, 1, 2, 3]);
    for (let i = 0; i < 9; i++) sender.acknowledge();
    await sending;
    expect(sent).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stops waiting when its task is cancelled', async () => {
    const sent: unknown[] = [];
    const sender = new PieceSender((piece) => sent.push(piece), 2);
    const controller = new AbortController();
    const sending = sender.send(pieces, controller.signal);
    await turn();
    controller.abort(new DOMException('The task was cancelled.', 'AbortError'));
    await expect(sending).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent).toHaveLength(2);
  });
});
