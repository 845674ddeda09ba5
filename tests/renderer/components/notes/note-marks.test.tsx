import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../shared/article/model';
import { compare } from '../../../../shared/compare/compare';
import { alignRows, type CompareRow } from '../../../../shared/compare/view-rows';
import { anchorSpan } from '../../../../shared/notes/anchor';
import type { Note } from '../../../../shared/notes/model';
import { DiffText } from '../../../../renderer/src/components/compare/DiffText';
import { cutPieces, type Change } from '../../../../renderer/src/components/compare/pieces';
import {
  CompareNotesContext,
  usePairNoteMarks,
  type CompareNotes,
  type NoteMarkView,
} from '../../../../renderer/src/components/notes/compare-notes';
import { NoteRowButton, rowPicks } from '../../../../renderer/src/components/notes/NoteRowButton';
import { pickedSpans } from '../../../../renderer/src/components/notes/selection';
import { STORY, storyPair } from '../../../helpers/compare-view-texts';

const TEXT = 'Le pont de Varenne rouvre lundi, avec 40 tonnes de charge admise.';

/** A note mark over `[start, end)` with its marker at the end. */
function mark(id: string, number: number, start: number, end: number, active = false): NoteMarkView {
  return { id, number, start, end, at: end, highlight: true, active };
}

/** The context the app provides, with spies. */
function context(notes: Note[] = [], overrides: Partial<CompareNotes> = {}): CompareNotes {
  return {
    notes,
    active: null,
    tagLabel: (tag) => (tag === 'omission' ? 'Omission' : tag),
    onNumbers: vi.fn(),
    onOpen: vi.fn(),
    onPick: vi.fn(),
    ...overrides,
  };
}

/** A compare table with one cell per side holding `text` drawn with the given changes and notes. */
function Table({ a, b, value }: { a: ReactNode; b: ReactNode; value: CompareNotes }) {
  return (
    <CompareNotesContext.Provider value={value}>
      <div className="cmp-table" role="table" aria-label="pair">
        <div className="cmp-cell cmp-a">
          <span className="cmp-pnum">¶1</span>
          <p className="cmp-text">{a}</p>
        </div>
        <div className="cmp-cell cmp-b">
          <p className="cmp-text">{b}</p>
        </div>
      </div>
    </CompareNotesContext.Provider>
  );
}

/** Sets the document's selection to a range between two points of drawn runs, given as offsets into `TEXT`. */
function select(from: [HTMLElement, number], to: [HTMLElement, number]): void {
  const point = (element: HTMLElement, offset: number): [Node, number] => {
    const start = Number(element.getAttribute('data-text-start'));
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let at = start;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = (node as Text).data.length;
      if (offset <= at + length) return [node, offset - at];
      at += length;
    }
    throw new Error(`offset ${offset} not in the run`);
  };
  const range = document.createRange();
  range.setStart(...point(...from));
  range.setEnd(...point(...to));
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The drawn run of column `side` holding article offset `offset`. */
function runAt(side: 'a' | 'b', offset: number): HTMLElement {
  const runs = [...document.querySelectorAll<HTMLElement>(`.cmp-${side} [data-text-start]`)];
  const found = runs.find(
    (r) => Number(r.dataset.textStart) <= offset && offset <= Number(r.dataset.textEnd),
  );
  if (!found) throw new Error(`no run at ${offset}`);
  return found;
}

const changes: { start: number; end: number; change: Change }[] = [
  { start: 0, end: 32, change: 'equal' },
  { start: 32, end: 41, change: 'delete' },
  { start: 41, end: TEXT.length, change: 'equal' },
];

describe('notes in the columns', () => {
  it('cuts the text where a note starts and ends, and puts its marker after its last piece', () => {
    const pieces = cutPieces(TEXT, changes, [], [], [mark('n1', 1, 3, 18), mark('n2', 2, 11, 40)]);
    const covered = pieces.filter((p) => p.notes?.length).map((p) => [TEXT.slice(p.start, p.end), p.notes]);
    expect(covered).toEqual([
      ['pont de ', ['n1']],
      ['Varenne', ['n1', 'n2']],
      [' rouvre lundi,', ['n2']],
      [' avec ', ['n2']],
      ['40', ['n2']],
    ]);
    expect(pieces.find((p) => p.end === 18)?.refs).toEqual([{ id: 'n1', number: 1, active: false }]);
    expect(pieces.find((p) => p.end === 40)?.refs).toEqual([{ id: 'n2', number: 2, active: false }]);
  });

  it('draws numbered highlights whose markers open the note', () => {
    const note: Note = {
      id: 'n1',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      tag: 'omission',
      text: 'Tonnage left out.',
      targets: [],
    };
    const value = context([note]);
    const pieces = cutPieces(TEXT, changes, [], [], [mark('n1', 1, 19, 31, true)]);
    render(<Table value={value} a={<DiffText text={TEXT} pieces={pieces} />} b={null} />);
    const highlight = document.querySelector('mark.note-mark');
    expect(highlight?.textContent).toBe('rouvre lundi');
    expect(highlight?.classList.contains('note-mark-active')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Note 1: Omission' }));
    expect(value.onOpen).toHaveBeenCalledWith('n1');
  });

  it('turns a selection back into article offsets, ignoring labels, screen-reader words and note markers', () => {
    const pieces = cutPieces(TEXT, changes, [], [], [mark('n1', 1, 3, 18)]);
    render(
      <Table
        value={context()}
        a={<DiffText text={TEXT} pieces={pieces} />}
        b={
          <DiffText
            text={TEXT}
            pieces={cutPieces(TEXT, [{ start: 0, end: TEXT.length, change: 'plain' }], [])}
          />
        }
      />,
    );
    const table = document.querySelector<HTMLElement>('.cmp-table')!;
    select([runAt('a', 11), 11], [runAt('a', 50), 50]);
    expect(pickedSpans(document.getSelection(), table)).toEqual({
      a: { start: 11, end: 50, quote: TEXT.slice(11, 50) },
    });
    expect(document.getSelection()!.toString()).toContain('deleted');

    select([runAt('a', 18), 18], [runAt('a', 26), 26]);
    expect(pickedSpans(document.getSelection(), table).a).toEqual({ start: 19, end: 25, quote: 'rouvre' });

    select([runAt('a', 56), 56], [runAt('b', 9), 9]);
    const both = pickedSpans(document.getSelection(), table);
    expect(both.a).toEqual({ start: 56, end: TEXT.length, quote: TEXT.slice(56) });
    expect(both.b).toEqual({ start: 0, end: 9, quote: 'Le pont d' });
  });

  it('picks nothing outside the columns’ text', () => {
    render(
      <Table value={context()} a={<DiffText text={TEXT} pieces={cutPieces(TEXT, changes, [])} />} b={null} />,
    );
    const label = document.querySelector('.cmp-pnum')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(pickedSpans(document.getSelection(), document.querySelector('.cmp-table'))).toEqual({});
  });
});

const { a, b } = storyPair();
const rows = alignRows(compare(a, b));

/** The first row of a kind. */
function rowOf(kind: CompareRow['kind']): CompareRow {
  const row = rows.find((r) => r.kind === kind);
  if (!row) throw new Error(`no ${kind} row`);
  return row;
}

describe('notes on rows and paragraphs', () => {
  it('offers a note on a whole row, or on the paragraph only one side has, with the tag it suggests', () => {
    const value = context();
    const texts = { a: a.text, b: b.text };
    const { rerender } = render(
      <CompareNotesContext.Provider value={value}>
        <NoteRowButton row={rowOf('only-a')} texts={texts} n={4} />
      </CompareNotesContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add a note to the paragraph of row 4' }));
    const picks = rowPicks(rowOf('only-a'), texts);
    expect(picks.b).toBeUndefined();
    expect(picks.a?.quote).toBe(STORY.mayor);
    expect(value.onPick).toHaveBeenLastCalledWith(picks, 'paragraph', 'omission');

    rerender(
      <CompareNotesContext.Provider value={value}>
        <NoteRowButton row={rowOf('identical')} texts={texts} n={2} />
      </CompareNotesContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add a note to row 2' }));
    expect(value.onPick).toHaveBeenLastCalledWith(rowPicks(rowOf('identical'), texts), 'row', undefined);
  });

  it('draws no button outside the app (no notes context)', () => {
    render(<NoteRowButton row={rowOf('identical')} texts={{ a: a.text, b: b.text }} n={2} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

/** Shows the marks the hook computes for the story pair. */
function Marks({ articles }: { articles: { a: Article; b: Article } }) {
  const marks = usePairNoteMarks(articles, rows);
  return <output>{JSON.stringify(marks)}</output>;
}

describe('numbering', () => {
  it('numbers the pair’s notes in reading order, draws only targets on the text shown, and tells the app the numbers', () => {
    const at = (article: Article, phrase: string) => {
      const start = article.text.indexOf(phrase);
      return anchorSpan(article, [start, start + phrase.length]);
    };
    const made = (id: string, targets: Note['targets']): Note => ({
      id,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      tag: 'other',
      text: '',
      targets,
    });
    const late = made('late', [at(a, 'deux fois par jour')]);
    const early = made('early', [at(a, 'vote serré'), at(b, 'vote serré')]);
    const stale = made('stale', [{ ...at(a, 'la maire'), sha256: '0'.repeat(64) }]);
    const lost = made('lost', [{ ...at(a, 'devant une salle'), status: 'orphaned' }]);
    const value = context([late, early, stale, lost]);
    render(
      <CompareNotesContext.Provider value={value}>
        <Marks articles={{ a, b }} />
      </CompareNotesContext.Provider>,
    );
    const marks = JSON.parse(screen.getByRole('status').textContent ?? '{}') as {
      a: NoteMarkView[];
      b: NoteMarkView[];
    };
    expect(marks.a.map((m) => [m.id, m.number, a.text.slice(m.start, m.end)])).toEqual([
      ['early', 1, 'vote serré'],
      ['late', 2, 'deux fois par jour'],
    ]);
    expect(marks.b.map((m) => [m.id, m.number])).toEqual([['early', 1]]);
    const told = (value.onNumbers as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0] as {
      numbers: Map<string, number>;
    };
    expect([...told.numbers]).toEqual([
      ['early', 1],
      ['late', 2],
      ['stale', 3],
      ['lost', 4],
    ]);
  });
});
