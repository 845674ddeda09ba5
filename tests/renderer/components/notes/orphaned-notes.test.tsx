import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotesNotices } from '../../../../renderer/src/components/notes/NotesNotices';
import {
  OrphanedNotes,
  type OrphanedNotesProps,
} from '../../../../renderer/src/components/notes/OrphanedNotes';
import { note, sample, target } from './fixtures';
import { articles } from './fixtures';
import type { NotesView } from '../../../../shared/notes/ipc';

/** Renders the orphaned list with the sample note whose wire text is gone. */
function renderOrphans(overrides: Partial<OrphanedNotesProps> = {}) {
  const props: OrphanedNotesProps = {
    notes: [sample[2]!],
    articles,
    tags: [],
    open: ['agence-lumen.txt', 'echo-du-val.txt'],
    feedback: null,
    onAttach: vi.fn(),
    onOpenArticle: vi.fn(),
    onRemoveTarget: vi.fn(),
    onDelete: vi.fn(),
    ...overrides,
  };
  render(<OrphanedNotes {...props} />);
  return props;
}

describe('orphaned notes', () => {
  it('lists them apart with the text they were first made on', () => {
    renderOrphans();
    const region = screen.getByRole('region', { name: '1 orphaned note' });
    expect(region.textContent).toContain('a précisé l’ingénieure en chef du chantier');
    expect(region.textContent).toContain('agence-lumen.txt');
    expect(region.textContent).toContain('Quote cut');
    expect(region.textContent).not.toContain('selon le chantier');
  });

  it('re-attaches to the selected text, or drops the lost side, or deletes the note', () => {
    const props = renderOrphans();
    const region = screen.getByRole('region', { name: '1 orphaned note' });
    fireEvent.click(within(region).getByRole('button', { name: 'Attach to selected text in Agence Lumen' }));
    expect(props.onAttach).toHaveBeenCalledWith(sample[2], sample[2]!.targets[0]);
    fireEvent.click(
      within(region).getByRole('button', {
        name: 'Keep only the other article, without the lost text in Agence Lumen',
      }),
    );
    expect(props.onRemoveTarget).toHaveBeenCalledWith(sample[2], sample[2]!.targets[0]);
    fireEvent.click(
      within(region).getByRole('button', {
        name: 'Delete the orphaned note on “a précisé l’ingénieure en chef du…”',
      }),
    );
    expect(props.onDelete).toHaveBeenCalledWith(sample[2]);
  });

  it('opens the article first when it is not in the comparison, and says what to do when nothing is selected', () => {
    const single = note('b1', 'omission', 'Gone.', [
      target('agence-lumen.txt', 'le premier convoi', 'orphaned'),
    ]);
    const props = renderOrphans({
      notes: [single],
      open: ['echo-du-val.txt'],
      feedback: {
        id: single.id,
        message: 'Select the new text in the Agence Lumen column first, then choose Attach again.',
      },
    });
    expect(screen.queryByRole('button', { name: /^Attach/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Keep only/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Agence Lumen to attach' }));
    expect(props.onOpenArticle).toHaveBeenCalledWith(single, single.targets[0]);
    expect(screen.getByRole('status').textContent).toContain(
      'Select the new text in the Agence Lumen column first',
    );
  });

  it('shows nothing when no note is orphaned', () => {
    const { container } = render(<OrphanedNotes {...{ ...renderProps(), notes: [] }} />);
    expect(container.textContent).toBe('');
  });
});

/** Props with no-op callbacks. */
function renderProps(): OrphanedNotesProps {
  return {
    notes: [],
    articles,
    tags: [],
    open: [],
    feedback: null,
    onAttach: () => undefined,
    onOpenArticle: () => undefined,
    onRemoveTarget: () => undefined,
    onDelete: () => undefined,
  };
}

describe('notes notices', () => {
  it('says the notes are kept in the data folder while the folder cannot be written, and shows each notice until dismissed', () => {
    const onDismiss = vi.fn();
    const view: Pick<NotesView, 'location' | 'notices'> = {
      location: 'data-dir' as const,
      notices: [
        {
          code: 'damaged' as const,
          notice: {
            code: 'notes-damaged',
            params: { file: '/f/.recoupe/annotations.json', problem: 'invalid-json' },
          },
        },
        {
          code: 'read-only' as const,
          notice: {
            code: 'notes-not-overwritten',
            params: { file: '/f/.recoupe/annotations.json', fallback: '/data/annotations/f.json' },
          },
        },
      ],
    };
    const { rerender } = render(<NotesNotices view={view} dismissed={new Set()} onDismiss={onDismiss} />);
    expect(screen.queryByText(/Notes cannot be saved in this folder/)).not.toBeNull();
    const notes = screen.getAllByRole('note');
    expect(notes[1]!.textContent).toContain('The notes file could not be used');
    expect(notes[1]!.textContent).toContain('annotations.json');
    expect(notes[2]!.textContent).toContain('Notes kept in Recoupe’s data folder');
    fireEvent.click(within(notes[1]!).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith(0);
    rerender(<NotesNotices view={view} dismissed={new Set([0, 1])} onDismiss={onDismiss} />);
    expect(screen.getAllByRole('note')).toHaveLength(1);
    rerender(
      <NotesNotices
        view={{ location: 'folder', notices: view.notices }}
        dismissed={new Set([0, 1])}
        onDismiss={onDismiss}
      />,
    );
    expect(screen.queryAllByRole('note')).toHaveLength(0);
  });
});
