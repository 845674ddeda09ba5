import { describe, expect, it } from 'vitest';
import type { UndoEvent, UndoStepKind } from '../../shared/ipc/undo';
import {
  createUndoHistory,
  MAX_UNDO_STEPS,
  sameState,
  UndoConflictError,
  type UndoStep,
} from '../../node/undo-history';

/** A step that logs what it does to `log`, or fails as `fail` says. */
function step(kind: UndoStepKind, log: string[], fail?: { undo?: Error; redo?: Error }): UndoStep {
  return {
    kind,
    undo: async () => {
      if (fail?.undo) throw fail.undo;
      log.push(`undo ${kind}`);
    },
    redo: async () => {
      if (fail?.redo) throw fail.redo;
      log.push(`redo ${kind}`);
    },
  };
}

describe('the undo history', () => {
  it('undoes steps of every kind in exact reverse order and redoes them in order', async () => {
    const log: string[] = [];
    const history = createUndoHistory();
    const kinds: UndoStepKind[] = ['note-add', 'outlet', 'note-edit', 'alignment-unlink', 'claim-dismiss'];
    for (const kind of kinds) history.record(step(kind, log));
    expect(history.state()).toEqual({ undo: 'claim-dismiss', redo: null });
    const undone: (UndoStepKind | null)[] = [];
    for (let i = 0; i <= kinds.length; i++) undone.push(await history.undo());
    expect(undone).toEqual([...[...kinds].reverse(), null]);
    expect(history.state()).toEqual({ undo: null, redo: 'note-add' });
    const redone: (UndoStepKind | null)[] = [];
    for (let i = 0; i <= kinds.length; i++) redone.push(await history.redo());
    expect(redone).toEqual([...kinds, null]);
    expect(log).toEqual([...[...kinds].reverse().map((k) => `undo ${k}`), ...kinds.map((k) => `redo ${k}`)]);
  });

  it('forgets what Redo had once a new step is recorded, and everything on clear', async () => {
    const history = createUndoHistory();
    history.record(step('note-add', []));
    history.record(step('outlet', []));
    await history.undo();
    history.record(step('story', []));
    expect(history.state()).toEqual({ undo: 'story', redo: null });
    expect(await history.redo()).toBeNull();
    history.clear();
    expect(history.state()).toEqual({ undo: null, redo: null });
    expect(await history.undo()).toBeNull();
  });

  it('drops a step that conflicts, passes the error on, and goes on with the step before it', async () => {
    const log: string[] = [];
    const history = createUndoHistory();
    history.record(step('note-add', log));
    const conflict = new UndoConflictError('gone', '.recoupe/annotations.json', 'there is no note n1');
    history.record(step('note-edit', log, { undo: conflict }));
    await expect(history.undo()).rejects.toBe(conflict);
    expect(history.state()).toEqual({ undo: 'note-add', redo: null });
    expect(await history.undo()).toBe('note-add');
    expect(log).toEqual(['undo note-add']);
    expect(await history.redo()).toBe('note-add');
    expect(await history.redo()).toBeNull();
  });

  it('keeps a step whose undo failed for another reason (a failed save), so that it can be tried again', async () => {
    const log: string[] = [];
    const history = createUndoHistory();
    const failing = { undo: new Error('disk full') as Error | undefined };
    history.record(step('outlet', log));
    history.record({
      kind: 'story',
      undo: async () => {
        if (failing.undo) throw failing.undo;
        log.push('undo story');
      },
      redo: async () => undefined,
    });
    await expect(history.undo()).rejects.toThrow('disk full');
    expect(history.state()).toEqual({ undo: 'story', redo: null });
    failing.undo = undefined;
    expect(await history.undo()).toBe('story');
    expect(log).toEqual(['undo story']);
  });

  it('runs one undo or redo at a time, in the order asked', async () => {
    const log: string[] = [];
    const history = createUndoHistory();
    const slow = (kind: UndoStepKind, ms: number): UndoStep => ({
      kind,
      undo: () => new Promise((done) => setTimeout(() => (log.push(`undo ${kind}`), done()), ms)),
      redo: async () => void log.push(`redo ${kind}`),
    });
    history.record(slow('note-add', 1));
    history.record(slow('outlet', 20));
    await Promise.all([history.undo(), history.undo(), history.redo()]);
    expect(log).toEqual(['undo outlet', 'undo note-add', 'redo note-add']);
  });

  it('tells what Undo and Redo would do on every change, and which state an undo or redo changed', async () => {
    const events: UndoEvent[] = [];
    const history = createUndoHistory((event) => events.push(event));
    history.record(step('note-add', []));
    history.record(step('alignment-link', []));
    await history.undo();
    await history.redo();
    history.clear();
    expect(events).toEqual([
      { state: { undo: 'note-add', redo: null } },
      { state: { undo: 'alignment-link', redo: null } },
      { state: { undo: 'note-add', redo: 'alignment-link' }, changed: 'alignment' },
      { state: { undo: 'alignment-link', redo: null }, changed: 'alignment' },
      { state: { undo: null, redo: null } },
    ]);
  });

  it(`keeps the last ${MAX_UNDO_STEPS} steps`, async () => {
    const log: string[] = [];
    const history = createUndoHistory();
    history.record(step('story', log));
    for (let i = 0; i < MAX_UNDO_STEPS; i++) history.record(step('outlet', log));
    let undone = 0;
    while (await history.undo()) undone++;
    expect(undone).toBe(MAX_UNDO_STEPS);
    expect(log).not.toContain('undo story');
  });
});

describe('sameState', () => {
  it('compares the JSON a value writes, whatever the order of keys, undefined fields left out', () => {
    expect(sameState({ a: 1, b: [{ x: 1, y: 2 }] }, { b: [{ y: 2, x: 1 }], a: 1, c: undefined })).toBe(true);
    expect(sameState([1, 2], [2, 1])).toBe(false);
    expect(sameState({ a: 1 }, { a: 2 })).toBe(false);
  });
});
