import { describe, expect, it } from 'vitest';
import { assertValidOps } from '../../../shared/compare/check-diff';
import type { Link, Segment } from '../../../shared/compare/types';

const a = { text: 'Le chat dort sur le toit.', segments: [] as Segment[] };
const b = { text: 'Le chat noir dort sur le toit.', segments: [] as Segment[] };
a.segments.push({ id: 'a0', start: 0, end: a.text.length, paragraph: 0, sentences: [[0, a.text.length]] });
b.segments.push({ id: 'b0', start: 0, end: b.text.length, paragraph: 0, sentences: [[0, b.text.length]] });

/** A link a0 → b0 with the given operations. */
function link(ops: Link['ops']): Link {
  return { a: ['a0'], b: ['b0'], kind: 'edited', moved: false, similarity: 0.9, ops };
}

const valid: Link['ops'] = [
  { op: 'equal', a: [0, 8], b: [0, 8] },
  { op: 'insert', b: [8, 12] },
  { op: 'equal', a: [8, 25], b: [12, 30] },
];

describe('assertValidOps', () => {
  it('accepts operations that tile both sides and rebuild B', () => {
    expect(() => assertValidOps(link(valid), a, b)).not.toThrow();
  });

  it('rejects a gap', () => {
    const ops: Link['ops'] = [valid[0]!, { op: 'insert', b: [9, 12] }, valid[2]!];
    expect(() => assertValidOps(link(ops), a, b)).toThrow(/gap or overlap/);
  });

  it('rejects an overlap', () => {
    const ops: Link['ops'] = [valid[0]!, { op: 'insert', b: [7, 12] }, valid[2]!];
    expect(() => assertValidOps(link(ops), a, b)).toThrow(/gap or overlap/);
  });

  it('rejects operations that stop short', () => {
    expect(() => assertValidOps(link(valid.slice(0, 2)), a, b)).toThrow(/before the end/);
  });

  it('rejects an equal operation pairing different texts', () => {
    const ops: Link['ops'] = [
      { op: 'equal', a: [0, 8], b: [0, 12] },
      { op: 'equal', a: [8, 25], b: [12, 30] },
    ];
    expect(() => assertValidOps(link(ops), a, b)).toThrow(/pairs different texts/);
  });

  it('rejects an operation with the wrong spans', () => {
    const ops: Link['ops'] = [valid[0]!, { op: 'insert', a: [8, 8], b: [8, 12] }, valid[2]!];
    expect(() => assertValidOps(link(ops), a, b)).toThrow(/wrong spans/);
  });

  it('rejects unknown segments', () => {
    expect(() => assertValidOps({ ...link(valid), b: ['b9'] }, a, b)).toThrow(/unknown segment b9/);
  });

  it('rejects operations that do not rebuild B', () => {
    const c = { text: 'Le chat gris dort sur le toit.', segments: [{ ...b.segments[0]! }] };
    const ops: Link['ops'] = [
      valid[0]!,
      { op: 'delete', a: [8, 12] },
      { op: 'insert', b: [8, 12] },
      { op: 'equal', a: [12, 25], b: [12, 30] },
    ];
    expect(() => assertValidOps(link(ops), a, c)).toThrow();
  });

  it('compares equal operations under the options', () => {
    const upper = { text: 'LE CHAT dort sur le toit.', segments: [{ ...a.segments[0]!, id: 'b0' }] };
    const ops: Link['ops'] = [{ op: 'equal', a: [0, 25], b: [0, 25] }];
    expect(() => assertValidOps(link(ops), a, upper)).toThrow(/pairs different texts/);
    expect(() => assertValidOps(link(ops), a, upper, { ignoreCase: true })).not.toThrow();
  });
});
