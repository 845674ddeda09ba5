import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NoteComposer } from '../../../../renderer/src/components/notes/NoteComposer';
import { NoteForm, type NoteFormProps } from '../../../../renderer/src/components/notes/NoteForm';
import { tagSlug } from '../../../../renderer/src/components/notes/tags';
import { setLanguage } from '../../../../renderer/src/i18n';
import { articles } from './fixtures';

/** Renders the form with spies. */
function renderForm(overrides: Partial<NoteFormProps> = {}) {
  const props: NoteFormProps = {
    tag: 'other',
    text: '',
    tags: [],
    onAddTag: vi.fn(async (label: string) => tagSlug(label, [])),
    onSubmit: vi.fn(),
    onCancel: vi.fn(),
    submitLabel: 'Save note',
    ...overrides,
  };
  render(<NoteForm {...props} />);
  return props;
}

describe('note editor', () => {
  it('offers every built-in tag by name, and saves the tag and comment', () => {
    const props = renderForm();
    const tag = screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement;
    expect([...tag.options].map((o) => o.text)).toEqual([
      'Omission',
      'Addition',
      'Reframing',
      'Number change',
      'Attribution change',
      'Hedging',
      'Quote cut',
      'Other',
      'New tag…',
    ]);
    fireEvent.change(tag, { target: { value: 'hedging' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment' }), {
      target: { value: 'Conditional added.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(props.onSubmit).toHaveBeenCalledWith('hedging', 'Conditional added.');
  });

  it('adds a tag the user names, then selects it', async () => {
    const props = renderForm();
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: '' } });
    expect((screen.getByRole('button', { name: 'Save note' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of the new tag' }), {
      target: { value: 'Source cachée' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    });
    expect(props.onAddTag).toHaveBeenCalledWith('Source cachée');
    expect(screen.queryByRole('textbox', { name: 'Name of the new tag' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(props.onSubmit).toHaveBeenCalledWith('source-cachee', '');
  });

  it('saves with Ctrl+Enter and cancels with Escape', () => {
    const props = renderForm({ text: 'Draft' });
    const comment = screen.getByRole('textbox', { name: 'Comment' });
    fireEvent.keyDown(comment, { key: 'Enter', ctrlKey: true });
    expect(props.onSubmit).toHaveBeenCalledWith('other', 'Draft');
    fireEvent.keyDown(comment, { key: 'Escape' });
    expect(props.onCancel).toHaveBeenCalledOnce();
  });

  it('does not save while it is blocked, and says why', () => {
    const props = renderForm({ blocked: 'Select text first.' });
    expect(screen.queryByText('Select text first.')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it('gives tags in French when the app speaks French', async () => {
    await setLanguage('fr');
    try {
      renderForm({ submitLabel: 'Enregistrer la note' });
      expect(screen.queryByRole('combobox', { name: 'Étiquette' })).not.toBeNull();
      expect(screen.queryByRole('option', { name: 'Citation coupée' })).not.toBeNull();
      expect(screen.queryByRole('textbox', { name: 'Commentaire' })).not.toBeNull();
    } finally {
      await setLanguage('en');
    }
  });

  it('makes tag ids from labels: lowercase, no accents, unique', () => {
    expect(tagSlug('Source cachée !', [])).toBe('source-cachee');
    expect(tagSlug('Omission', [])).toBe('omission-2');
    expect(tagSlug('À vérifier', ['a-verifier'])).toBe('a-verifier-2');
    expect(tagSlug('???', [])).toBe('tag');
  });
});

describe('new note', () => {
  it('shows the text picked in each article, offers to add the other article’s text, and removes a side', () => {
    const onUse = vi.fn();
    const onRemove = vi.fn();
    const onSave = vi.fn();
    const { rerender } = render(
      <NoteComposer
        targets={[
          {
            article: 'agence-lumen.txt',
            start: 4,
            end: 30,
            quote: 'quelque deux cents riverains',
            scope: 'text',
          },
        ]}
        tag="number-change"
        articles={articles}
        missing={articles.get('echo-du-val.txt')!}
        tags={[]}
        onAddTag={async () => null}
        onUseSelection={onUse}
        onRemoveTarget={onRemove}
        onSave={onSave}
        onCancel={() => undefined}
      />,
    );
    const region = screen.getByRole('region', { name: 'New note' });
    expect(region.textContent).toContain('quelque deux cents riverains');
    expect(region.textContent).toContain('To point this note at text in Écho du Val too');
    fireEvent.click(screen.getByRole('button', { name: 'Use selected text' }));
    expect(onUse).toHaveBeenCalledOnce();
    expect((screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement).value).toBe('number-change');

    rerender(
      <NoteComposer
        targets={[
          {
            article: 'agence-lumen.txt',
            start: 4,
            end: 30,
            quote: 'quelque deux cents riverains',
            scope: 'text',
          },
          {
            article: 'echo-du-val.txt',
            start: 8,
            end: 38,
            quote: 'plus de quatre cents riverains',
            scope: 'text',
          },
        ]}
        tag="number-change"
        articles={articles}
        missing={null}
        tags={[]}
        onAddTag={async () => null}
        onUseSelection={onUse}
        onRemoveTarget={onRemove}
        onSave={onSave}
        onCancel={() => undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Use selected text' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the text in Écho du Val from the note' }));
    expect(onRemove).toHaveBeenCalledWith('echo-du-val.txt');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(onSave).toHaveBeenCalledWith('number-change', '');
  });

  it('cannot be saved before some text is picked', () => {
    render(
      <NoteComposer
        targets={[]}
        tag="other"
        articles={articles}
        missing={null}
        tags={[]}
        onAddTag={async () => null}
        onUseSelection={() => undefined}
        onRemoveTarget={() => undefined}
        onSave={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect((screen.getByRole('button', { name: 'Save note' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
