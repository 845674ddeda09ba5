import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagDef } from '../../../../shared/notes/model';
import { useTagOptions } from './tags';

/** Value of the tag choice that asks for a new tag. */
const NEW_TAG = '';

/** Props of the form that writes or edits a note's tag and comment. */
export interface NoteFormProps {
  tag: string;
  text: string;
  /** The folder's own tags (the built-in ones are always offered). */
  tags: readonly TagDef[];
  /** Adds a tag with this label; resolves with its id, or null when it could not be added. */
  onAddTag: (label: string) => Promise<string | null>;
  onSubmit: (tag: string, text: string) => void;
  onCancel: () => void;
  submitLabel: string;
  /** Focus the comment when the form opens. */
  autoFocus?: boolean;
  /** Disables saving (e.g. no text picked yet), with the reason shown. */
  blocked?: string | undefined;
}

/**
 * A note's tag (built-in, the folder's own, or a new one named here) and free comment. Ctrl+Enter saves, Escape
 * cancels.
 */
export function NoteForm(props: NoteFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const options = useTagOptions(props.tags);
  const [tag, setTag] = useState(props.tag);
  const [text, setText] = useState(props.text);
  const [naming, setNaming] = useState(false);
  const [newLabel, setNewLabel] = useState('');
  const [adding, setAdding] = useState(false);
  const newInput = useRef<HTMLInputElement>(null);

  const submit = (event?: FormEvent): void => {
    event?.preventDefault();
    if (!props.blocked && !naming) props.onSubmit(tag, text);
  };

  const addTag = async (): Promise<void> => {
    const label = newLabel.trim();
    if (!label) return;
    setAdding(true);
    const added = await props.onAddTag(label);
    setAdding(false);
    if (added) {
      setTag(added);
      setNaming(false);
      setNewLabel('');
    }
  };

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (naming) setNaming(false);
      else props.onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="note-form" onSubmit={submit} onKeyDown={onKey}>
      <label className="note-field" htmlFor={`${id}-tag`}>
        <span>{t('notes.form.tag')}</span>
        <select
          id={`${id}-tag`}
          value={naming ? NEW_TAG : tag}
          onChange={(event) => {
            if (event.target.value === NEW_TAG) {
              setNaming(true);
              requestAnimationFrame(() => newInput.current?.focus());
            } else {
              setNaming(false);
              setTag(event.target.value);
            }
          }}
        >
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
          <option value={NEW_TAG}>{t('notes.form.newTag')}</option>
        </select>
      </label>
      {naming ? (
        <div className="note-new-tag">
          <label className="note-field" htmlFor={`${id}-new`}>
            <span>{t('notes.form.newTagName')}</span>
            <input
              id={`${id}-new`}
              ref={newInput}
              type="text"
              value={newLabel}
              maxLength={200}
              onChange={(event) => setNewLabel(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void addTag();
                }
              }}
            />
          </label>
          <button
            type="button"
            className="button small-button"
            disabled={!newLabel.trim() || adding}
            onClick={() => void addTag()}
          >
            {t('notes.form.addTag')}
          </button>
        </div>
      ) : null}
      <label className="note-field" htmlFor={`${id}-text`}>
        <span>{t('notes.form.comment')}</span>
        <textarea
          id={`${id}-text`}
          rows={4}
          value={text}
          maxLength={100_000}
          autoFocus={props.autoFocus}
          placeholder={t('notes.form.commentPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {props.blocked ? <p className="muted small note-blocked">{props.blocked}</p> : null}
      <div className="note-form-actions">
        <button
          type="submit"
          className="button primary small-button"
          disabled={Boolean(props.blocked) || naming}
        >
          {props.submitLabel}
        </button>
        <button type="button" className="button small-button" onClick={props.onCancel}>
          {t('notes.form.cancel')}
        </button>
      </div>
      <p className="muted small note-form-keys">{t('notes.form.keys')}</p>
    </form>
  );
}
