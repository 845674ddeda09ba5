import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorSpan } from '../../../shared/notes/anchor';
import { emptyAnnotationFile, type AnnotationFile, type Note } from '../../../shared/notes/model';
import {
  NoteOpError,
  applyNoteOp,
  applyNoteOpWithInverse,
  mergeAnnotationFiles,
  type NoteOp,
} from '../../../shared/notes/ops';

const A = { id: 'a.txt', sha256: '1'.repeat(64), text: 'Le port de Valbrume ferme son quai nord en mars.' };
const B = { id: 'b.txt', sha256: '2'.repeat(64), text: 'Valbrume : le quai nord fermera, dit la mairie.' };
const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T11:00:00.000Z';

/** A note on "quai nord" in A. */
function note(id: string, tag = 'omission', text = ''): Note {
  const start = A.text.indexOf('quai nord');
  return { id, created: T0, modified: T0, tag, text, targets: [anchorSpan(A, [start, start + 9])] };
}

/** The visible part of a file (what undo must restore): notes without times, and tags. */
function visible(file: AnnotationFile): unknown {
  return { notes: file.notes.map(({ modified: _m, ...rest }) => rest), tags: file.tags };
}

const base: AnnotationFile = {
  ...emptyAnnotationFile(),
  notes: [note('n1'), note('n2', 'hedging', 'prudence')],
};
const bTarget = anchorSpan(B, [B.text.indexOf('quai nord'), B.text.indexOf('quai nord') + 9]);

describe('applyNoteOp', () => {
  it('adds a note, stamping modified', () => {
    const next = applyNoteOp(base, { type: 'add', note: note('n3') }, T1);
    expect(next.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    expect(next.notes[2]!.modified).toBe(T1);
    expect(base.notes).toHaveLength(2);
  });

  it('deletes a note and leaves a tombstone', () => {
    const next = applyNoteOp(base, { type: 'delete', id: 'n1' }, T1);
    expect(next.notes.map((n) => n.id)).toEqual(['n2']);
    expect(next.tombstones).toEqual([{ id: 'n1', deleted: T1 }]);
  });

  it('edits tag and text, and sets a second target', () => {
    let next = applyNoteOp(base, { type: 'edit', id: 'n1', tag: 'reframing', text: 'recadré' }, T1);
    next = applyNoteOp(next, { type: 'setTarget', id: 'n1', target: bTarget }, T1);
    expect(next.notes[0]).toMatchObject({ tag: 'reframing', text: 'recadré', modified: T1 });
    expect(next.notes[0]!.targets.map((t) => t.article)).toEqual(['a.txt', 'b.txt']);
  });

  it('re-attaches an orphaned target to new text', () => {
    const orphaned: AnnotationFile = {
      ...base,
      notes: [{ ...note('n1'), targets: [{ ...note('n1').targets[0]!, status: 'orphaned' }] }],
    };
    const fresh = anchorSpan(A, [0, 7]);
    const next = applyNoteOp(orphaned, { type: 'setTarget', id: 'n1', target: fresh }, T1);
    expect(next.notes[0]!.targets).toEqual([fresh]);
  });

  it('refuses ops that do not fit, saying why', () => {
    const cases: [NoteOp, RegExp][] = [
      [{ type: 'add', note: note('n1') }, /already exists/],
      [{ type: 'add', note: note('n9', 'invented') }, /unknown tag invented/],
      [{ type: 'delete', id: 'nope' }, /no note nope/],
      [{ type: 'removeTarget', id: 'n1', article: 'a.txt' }, /delete the note instead/],
      [{ type: 'setTarget', id: 'n1', target: { ...bTarget, span: [3, 3] } }, /must cover some text/],
      [{ type: 'addTag', tag: { id: 'omission', label: 'x' } }, /already exists/],
      [{ type: 'addTag', tag: { id: 'Bad Tag', label: 'x' } }, /lowercase/],
      [{ type: 'removeTag', id: 'ghost' }, /no user tag/],
    ];
    for (const [op, message] of cases) expect(() => applyNoteOp(base, op, T1)).toThrow(message);
    expect(() => applyNoteOp(base, { type: 'delete', id: 'nope' })).toThrow(NoteOpError);
  });

  it('refuses a third target and removing a tag in use', () => {
    const two = applyNoteOp(base, { type: 'setTarget', id: 'n1', target: bTarget }, T1);
    expect(() =>
      applyNoteOp(two, { type: 'setTarget', id: 'n1', target: { ...bTarget, article: 'c.txt' } }),
    ).toThrow(/remove one target/);
    const tagged = applyNoteOp(applyNoteOp(base, { type: 'addTag', tag: { id: 'spin', label: 'Spin' } }), {
      type: 'edit',
      id: 'n1',
      tag: 'spin',
    });
    expect(() => applyNoteOp(tagged, { type: 'removeTag', id: 'spin' })).toThrow(/used by 1 note/);
  });

  it('a batch applies in order and inverts in reverse order', () => {
    const op: NoteOp = {
      type: 'batch',
      ops: [
        { type: 'delete', id: 'n1' },
        { type: 'delete', id: 'n2' },
      ],
    };
    const { file, inverse } = applyNoteOpWithInverse(base, op, T1);
    expect(file.notes).toEqual([]);
    expect(visible(applyNoteOp(file, inverse, T2))).toEqual(visible(base));
  });
});

/** Ops that are valid on most states built from `base` (some may throw on a given state; those are skipped). */
const opArb: fc.Arbitrary<NoteOp> = fc.oneof(
  fc.constantFrom('n1', 'n2', 'n3').map((id): NoteOp => ({ type: 'add', note: note(id) })),
  fc.constantFrom('n1', 'n2', 'n3').map((id): NoteOp => ({ type: 'delete', id })),
  fc
    .record({
      id: fc.constantFrom('n1', 'n2', 'n3'),
      tag: fc.constantFrom('omission', 'quote-cut', 'spin'),
      text: fc.string({ maxLength: 8 }),
    })
    .map(({ id, tag, text }): NoteOp => ({ type: 'edit', id, tag, text })),
  fc.constantFrom('n1', 'n2').map((id): NoteOp => ({ type: 'setTarget', id, target: bTarget })),
  fc.constantFrom('n1', 'n2').map((id): NoteOp => ({ type: 'removeTarget', id, article: 'b.txt' })),
  fc.constant<NoteOp>({ type: 'addTag', tag: { id: 'spin', label: 'Spin' } }),
  fc.constant<NoteOp>({ type: 'removeTag', id: 'spin' }),
  fc
    .string({ minLength: 1, maxLength: 6 })
    .map((label): NoteOp => ({ type: 'renameTag', id: 'spin', label })),
);

describe('inverse ops (what Undo applies)', () => {
  it('the inverses, applied in reverse order, restore the visible state of every op; the ops redo it (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        let file = base;
        const steps: { op: NoteOp; inverse: NoteOp }[] = [];
        const states: unknown[] = [visible(base)];
        for (const op of ops) {
          try {
            const done = applyNoteOpWithInverse(file, op, T1);
            file = done.file;
            steps.push({ op, inverse: done.inverse });
            states.push(visible(file));
          } catch (error) {
            expect(error).toBeInstanceOf(NoteOpError);
          }
        }
        for (let i = steps.length; i > 0; i--) {
          file = applyNoteOp(file, steps[i - 1]!.inverse, T2);
          expect(visible(file)).toEqual(states[i - 1]);
        }
        for (let i = 1; i <= steps.length; i++) {
          const redone = applyNoteOpWithInverse(file, steps[i - 1]!.op, T2);
          file = redone.file;
          steps[i - 1]!.inverse = redone.inverse;
          expect(visible(file)).toEqual(states[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('undoing a delete re-adds the note at its place, later than its tombstone', () => {
    const deleted = applyNoteOpWithInverse(base, { type: 'delete', id: 'n1' }, T1);
    const restored = applyNoteOp(deleted.file, deleted.inverse, T2);
    expect(restored.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(restored.tombstones).toEqual([]);
    const elsewhere = applyNoteOp(base, { type: 'delete', id: 'n1' }, T1);
    expect(mergeAnnotationFiles(elsewhere, restored).file.notes.map((n) => n.id)).toEqual(['n2', 'n1']);
  });
});

describe('mergeAnnotationFiles', () => {
  it('keeps notes from both sides and takes the later edit', () => {
    const ours = applyNoteOp(base, { type: 'add', note: note('mine') }, T1);
    let theirs = applyNoteOp(base, { type: 'add', note: note('theirs') }, T1);
    theirs = applyNoteOp(theirs, { type: 'edit', id: 'n2', text: 'revu' }, T2);
    const { file, report } = mergeAnnotationFiles(ours, theirs);
    expect(file.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'mine', 'theirs']);
    expect(file.notes[1]!.text).toBe('revu');
    expect(report).toEqual({ added: 1, updated: 1, deleted: 0 });
  });

  it('a deletion on either side is kept: the note does not come back', () => {
    const theirs = applyNoteOp(base, { type: 'delete', id: 'n1' }, T1);
    expect(mergeAnnotationFiles(base, theirs).file.notes.map((n) => n.id)).toEqual(['n2']);
    expect(mergeAnnotationFiles(base, theirs).report.deleted).toBe(1);
    const merged = mergeAnnotationFiles(theirs, base).file;
    expect(merged.notes.map((n) => n.id)).toEqual(['n2']);
    expect(merged.tombstones.map((t) => t.id)).toEqual(['n1']);
  });

  it('never drops a note that has no tombstone', () => {
    const theirs = { ...base, notes: [] };
    expect(mergeAnnotationFiles(base, theirs).file.notes).toHaveLength(2);
  });

  it('unites user tags', () => {
    const ours = applyNoteOp(base, { type: 'addTag', tag: { id: 'spin', label: 'Spin' } });
    const theirs = applyNoteOp(base, { type: 'addTag', tag: { id: 'bias', label: 'Biais' } });
    expect(mergeAnnotationFiles(ours, theirs).file.tags.map((t) => t.id)).toEqual(['spin', 'bias']);
  });
});
