import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NoteList, type NoteListProps } from '../../../../renderer/src/components/notes/NoteList';
import { articles, sample } from './fixtures';

/** Renders the list with the sample notes, note a1 numbered 1 and a2 numbered 2 (a3 is not in the open pair). */
function renderList(overrides: Partial<NoteListProps> = {}) {
  const props: NoteListProps = {
    notes: sample,
    numbers: new Map([
      [sample[0]!.id, 1],
      [sample[1]!.id, 2],
    ]),
    articles,
    tags: [{ id: 'to-check', label: 'To check' }],
    active: null,
    editing: null,
    onShow: vi.fn(),
    onEdit: vi.fn(),
    onSave: vi.fn(),
    onDelete: vi.fn(),
    onAddTag: vi.fn(async () => null),
    empty: 'Nothing here.',
    ...overrides,
  };
  render(<NoteList {...props} />);
  return props;
}

describe('note list', () => {
  it('lists each note with its number, tag, outlets, quotes and comment', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Notes' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('note-item'));
    expect(items).toHaveLength(3);
    const first = items[0]!;
    expect(within(first).getByRole('heading', { level: 4 }).textContent).toContain('Number change');
    expect(within(first).getByRole('heading', { level: 4 }).textContent).toContain('note 1');
    expect(first.textContent).toContain('Agence Lumen');
    expect(first.textContent).toContain('Écho du Val');
    expect(first.textContent).toContain('quelque deux cents riverains');
    expect(first.textContent).toContain('The crowd doubled');
    expect(items[2]!.textContent).toContain('text no longer in the article');
  });

  it('names its buttons after the note: by number in the open comparison, else by its quote', () => {
    const props = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Show note 1 in the comparison' }));
    expect(props.onShow).toHaveBeenCalledWith(sample[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete note 2' }));
    expect(props.onDelete).toHaveBeenCalledWith(sample[1]);
    fireEvent.click(
      screen.getByRole('button', { name: 'Edit note on “a précisé l’ingénieure en chef du…”' }),
    );
    expect(props.onEdit).toHaveBeenCalledWith(sample[2]!.id);
  });

  it('offers Show only when some of the note’s text is still in its article', () => {
    const lost = {
      ...sample[1]!,
      targets: sample[1]!.targets.map((t) => ({ ...t, status: 'orphaned' as const })),
    };
    renderList({ notes: [lost], numbers: new Map() });
    expect((screen.getByRole('button', { name: /^Show note on/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('edits a note in place: its tag and comment, saved together', () => {
    const props = renderList({ editing: sample[1]!.id });
    const item = screen
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-note') === sample[1]!.id)!;
    const tag = within(item).getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement;
    expect(tag.value).toBe('omission');
    expect(within(tag).queryByRole('option', { name: 'To check' })).not.toBeNull();
    fireEvent.change(tag, { target: { value: 'to-check' } });
    fireEvent.change(within(item).getByRole('textbox', { name: 'Comment' }), {
      target: { value: 'Ask the agency.' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Save' }));
    expect(props.onSave).toHaveBeenCalledWith(sample[1]!.id, 'to-check', 'Ask the agency.');
  });

  it('says so when there is nothing to list', () => {
    renderList({ notes: [] });
    expect(screen.queryByText('Nothing here.')).not.toBeNull();
  });
});
