import { describe, expect, it } from 'vitest';
import { inlinePieces, needsGap } from '../../../shared/story/inline';

describe('inlinePieces', () => {
  const ref = 'Le port a fermé lundi.\n\nLes écoles aussi.';
  const own = 'Le port a rouvert lundi. Les écoles aussi.';

  it('shows kept, left-out and added words, and a break where the reference goes to another paragraph', () => {
    const pieces = inlinePieces(
      [
        { op: 'equal', a: [0, 10], b: [0, 10] },
        { op: 'delete', a: [10, 15] },
        { op: 'insert', b: [10, 17] },
        { op: 'equal', a: [15, 22], b: [17, 24] },
        { op: 'equal', a: [24, 41], b: [24, 42] },
      ],
      ref,
      own,
    );
    expect(pieces).toEqual([
      { kind: 'equal', text: 'Le port a ' },
      { kind: 'del', text: 'fermé' },
      { kind: 'ins', text: 'rouvert' },
      { kind: 'equal', text: ' lundi.' },
      { kind: 'break', text: '\n' },
      { kind: 'equal', text: ' Les écoles aussi.' },
    ]);
  });

  it('gives nothing for no operations', () => {
    expect(inlinePieces([], ref, own)).toEqual([]);
  });

  it('asks for a space around deleted words only where two words would otherwise touch', () => {
    expect(needsGap({ kind: 'del', text: 'fermé' }, { kind: 'ins', text: 'rouvert' })).toBe(true);
    expect(needsGap({ kind: 'equal', text: 'la crise' }, { kind: 'del', text: 'générée' })).toBe(true);
    expect(needsGap({ kind: 'del', text: 'fermé ' }, { kind: 'equal', text: 'lundi' })).toBe(false);
    expect(needsGap({ kind: 'del', text: 'port' }, { kind: 'equal', text: ', dit-il' })).toBe(false);
    expect(needsGap({ kind: 'equal', text: 'a' }, { kind: 'ins', text: 'b' })).toBe(false);
    expect(needsGap({ kind: 'del', text: 'a' }, { kind: 'break', text: '\n' })).toBe(false);
    expect(needsGap(undefined, { kind: 'del', text: 'a' })).toBe(false);
  });
});
