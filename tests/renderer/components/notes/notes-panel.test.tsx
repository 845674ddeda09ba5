import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FolderView } from '../../../../shared/ipc/types';
import type { NotesView } from '../../../../shared/notes/ipc';
import { NotesPanel, NotesTabLabel } from '../../../../renderer/src/components/notes/NotesPanel';
import { ALL_NOTES, type NoteFilter } from '../../../../renderer/src/components/notes/note-items';
import type { NoteWorkspace } from '../../../../renderer/src/hooks/use-note-workspace';
import { articles, sample } from './fixtures';

const folder: FolderView = {
  name: 'pont',
  demo: false,
  articles: [...articles.values()],
  stories: [],
  reuse: [],
  skipped: [],
  removed: [],
  warnings: [],
};

/** A workspace over `view` whose actions are spies; the filter is real state. */
function useWorkspace(view: NotesView, overrides: Partial<NoteWorkspace>): NoteWorkspace {
  const [filter, setFilter] = useState<NoteFilter>(ALL_NOTES);
  return {
    notes: { view, error: null, dismissError: vi.fn(), add: vi.fn(), apply: vi.fn(), setTarget: vi.fn() },
    pair: { a: 'agence-lumen.txt', b: 'echo-du-val.txt' },
    compare: {
      notes: view.notes,
      active: null,
      tagLabel: (x) => x,
      onNumbers: vi.fn(),
      onOpen: vi.fn(),
      onPick: vi.fn(),
    },
    draft: null,
    draftTag: 'other',
    hint: false,
    numbers: new Map([[sample[0]!.id, 1]]),
    active: null,
    editing: null,
    filter,
    feedback: null,
    announcement: '',
    dismissed: new Set(),
    focus: null,
    sideTab: 'notes',
    setSideTab: vi.fn(),
    addFromSelection: vi.fn(),
    pick: vi.fn(),
    removeDraftTarget: vi.fn(),
    cancelDraft: vi.fn(),
    saveDraft: vi.fn(),
    addTag: vi.fn(async () => null),
    show: vi.fn(),
    setEditing: vi.fn(),
    saveEdit: vi.fn(),
    remove: vi.fn(),
    attach: vi.fn(),
    openArticle: vi.fn(),
    removeTarget: vi.fn(),
    setFilter,
    dismissNotice: vi.fn(),
    ...overrides,
  };
}

/** The panel and its tab label over `view`. */
function Panel({ view, overrides = {} }: { view: NotesView; overrides?: Partial<NoteWorkspace> }) {
  const workspace = useWorkspace(view, overrides);
  return (
    <>
      <div role="tab" aria-selected="true">
        <NotesTabLabel workspace={workspace} />
      </div>
      <NotesPanel workspace={workspace} folder={folder} />
    </>
  );
}

const view: NotesView = {
  notes: sample,
  tags: [],
  location: 'folder',
  notices: [],
};

describe('notes panel', () => {
  it('lists placed notes with filters, orphaned ones apart, and counts them on its tab', () => {
    render(<Panel view={view} />);
    expect(screen.getByRole('tab').textContent).toContain('Notes 3');
    expect(screen.queryByRole('tab', { name: /needs your attention/ })).not.toBeNull();
    expect(screen.queryByRole('region', { name: '1 orphaned note' })).not.toBeNull();
    const all = screen.getByRole('region', { name: '3 notes' });
    expect(within(all).queryByRole('heading', { level: 4, name: /note 1/ })).not.toBeNull();

    fireEvent.change(within(all).getByRole('combobox', { name: 'Tag' }), { target: { value: 'omission' } });
    expect(screen.getByRole('region', { name: '1 note' }).textContent).toContain(
      'sous réserve des derniers contrôles',
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet' }), { target: { value: 'echo' } });
    expect(screen.queryByText('No note matches these filters.')).not.toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: '' } });
    expect(screen.queryByRole('region', { name: '2 notes' })).not.toBeNull();
  });

  it('forgets a filter on a tag no note has any more', () => {
    const { rerender } = render(<Panel view={view} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'omission' } });
    rerender(<Panel view={{ ...view, notes: sample.filter((n) => n.tag !== 'omission') }} />);
    expect(screen.queryByRole('region', { name: '2 notes' })).not.toBeNull();
    expect((screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement).value).toBe('');
  });

  it('says how to make a note, and offers Add note without losing the selection', () => {
    const addFromSelection = vi.fn();
    render(<Panel view={{ ...view, notes: [] }} overrides={{ hint: true, addFromSelection }} />);
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.includes('Select words in either column')),
    ).toBe(true);
    expect(screen.queryByText(/No notes yet/)).not.toBeNull();
    const add = screen.getByRole('button', { name: 'Add note' });
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    add.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    fireEvent.click(add);
    expect(addFromSelection).toHaveBeenCalledOnce();
  });

  it('shows the note being written with the text it points at', () => {
    render(
      <Panel
        view={view}
        overrides={{
          draft: [
            { article: 'agence-lumen.txt', start: 0, end: 10, quote: 'le premier convoi', scope: 'text' },
          ],
        }}
      />,
    );
    const composer = screen.getByRole('region', { name: 'New note' });
    expect(composer.textContent).toContain('le premier convoi');
    expect(composer.textContent).toContain('Écho du Val');
  });

  it('shows where the notes are kept and what happened to the notes file', () => {
    render(
      <Panel
        view={{
          ...view,
          location: 'data-dir',
          notices: [
            {
              code: 'save-failed',
              notice: {
                code: 'notes-save-failed',
                params: { file: '/x/annotations.json', error: 'ENOSPC' },
              },
            },
          ],
        }}
      />,
    );
    expect(screen.queryByText(/Notes cannot be saved in this folder/)).not.toBeNull();
    expect(screen.queryByText('Notes could not be saved')).not.toBeNull();
    expect(screen.queryByText(/ENOSPC/)).not.toBeNull();
  });
});
