import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NoteFilters } from '../../../../renderer/src/components/notes/NoteFilters';
import {
  ALL_NOTES,
  filterNotes,
  notedOutlets,
  orderNotes,
  shortQuote,
} from '../../../../renderer/src/components/notes/note-items';
import { setLanguage } from '../../../../renderer/src/i18n';
import { articles, note, sample, target } from './fixtures';

describe('note filters', () => {
  it('offers the tags and outlets in use, each named, with "all" first', () => {
    const onChange = vi.fn();
    render(
      <NoteFilters
        filter={ALL_NOTES}
        tags={[{ id: 'omission', label: 'Omission' }]}
        outlets={notedOutlets(
          [...sample, note('u', 'other', '', [target('sans-source.txt', 'un pont')])],
          articles,
        )}
        onChange={onChange}
      />,
    );
    expect(screen.queryByRole('group', { name: 'Filter the notes' })).not.toBeNull();
    const outlet = screen.getByRole('combobox', { name: 'Outlet' });
    expect([...(outlet as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'All outlets',
      'Agence Lumen',
      'Écho du Val',
      'Unknown outlet',
    ]);
    fireEvent.change(outlet, { target: { value: 'echo' } });
    expect(onChange).toHaveBeenLastCalledWith({ tag: '', outlet: 'echo' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'omission' } });
    expect(onChange).toHaveBeenLastCalledWith({ tag: 'omission', outlet: '' });
  });

  it('speaks French', async () => {
    await setLanguage('fr');
    try {
      render(<NoteFilters filter={ALL_NOTES} tags={[]} outlets={[]} onChange={() => undefined} />);
      expect(screen.queryByRole('combobox', { name: 'Étiquette' })).not.toBeNull();
      expect(screen.queryByRole('combobox', { name: 'Média' })).not.toBeNull();
    } finally {
      await setLanguage('en');
    }
  });

  it('keeps the notes of a tag, or on an outlet’s articles', () => {
    expect(filterNotes(sample, { tag: 'omission', outlet: '' }, articles).map((n) => n.id)).toEqual([
      sample[1]!.id,
    ]);
    expect(filterNotes(sample, { tag: '', outlet: 'echo' }, articles).map((n) => n.id)).toEqual([
      sample[0]!.id,
      sample[2]!.id,
    ]);
    expect(filterNotes(sample, { tag: 'omission', outlet: 'echo' }, articles)).toEqual([]);
    expect(filterNotes(sample, ALL_NOTES, articles)).toHaveLength(3);
  });

  it('orders the open comparison’s notes by number, then the others oldest first', () => {
    const numbers = new Map([
      [sample[2]!.id, 1],
      [sample[0]!.id, 2],
    ]);
    expect(orderNotes(sample, numbers).map((n) => n.id)).toEqual([
      sample[2]!.id,
      sample[0]!.id,
      sample[1]!.id,
    ]);
  });

  it('shortens long quotes at a word', () => {
    expect(shortQuote('un deux  trois', 40)).toBe('un deux trois');
    expect(shortQuote('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
  });
});
