import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import type { Note, NoteTarget, TagDef } from '../../../../shared/notes/model';
import { OutletBadge } from '../OutletBadge';
import { NoteForm } from './NoteForm';
import { originalQuote, shortQuote } from './note-items';
import { useTagLabel } from './tags';

/** Props of the list of notes. */
export interface NoteListProps {
  notes: readonly Note[];
  /** Numbers of the open comparison's notes. */
  numbers: ReadonlyMap<string, number>;
  articles: ReadonlyMap<string, ArticleSummary>;
  tags: readonly TagDef[];
  /** The note the user is looking at. */
  active: string | null;
  /** The note being edited. */
  editing: string | null;
  onShow: (note: Note) => void;
  onEdit: (id: string | null) => void;
  onSave: (id: string, tag: string, text: string) => void;
  onDelete: (note: Note) => void;
  onAddTag: (label: string) => Promise<string | null>;
  /** What to say when there is no note to list. */
  empty: string;
}

/** How a note is named to the user: by its number in the open comparison, else by the start of its quote. */
export function useNoteName(): (note: Note, number: number | undefined) => string {
  const { t } = useTranslation();
  return (note, number) => {
    if (number !== undefined) return t('notes.name.numbered', { n: number });
    const quote = note.targets[0] ? originalQuote(note.targets[0]) : '';
    return t('notes.name.quoted', { quote: shortQuote(quote, 40) });
  };
}

/** One target of a note: the outlet, whether the text moved or is gone, and the quote. */
function TargetLine({ target, article }: { target: NoteTarget; article: ArticleSummary | undefined }) {
  const { t } = useTranslation();
  return (
    <li className={`note-target note-target-${target.status}`}>
      <div className="note-target-head">
        {article ? <OutletBadge outlet={article.outlet} /> : <span className="small">{target.article}</span>}
        {target.status === 're-anchored' ? (
          <span className="note-status">{t('notes.status.reanchored')}</span>
        ) : null}
        {target.status === 'orphaned' ? (
          <span className="note-status note-status-lost">{t('notes.status.orphaned')}</span>
        ) : null}
        {target.scope !== 'text' ? (
          <span className="muted small">{t(`notes.scope.${target.scope}`)}</span>
        ) : null}
      </div>
      <q className="note-quote">{shortQuote(originalQuote(target))}</q>
    </li>
  );
}

/** The folder's notes: number, tag, the text they point at, the comment, and Show, Edit and Delete. */
export function NoteList(props: NoteListProps) {
  const { t, i18n } = useTranslation();
  const label = useTagLabel(props.tags);
  const nameOf = useNoteName();
  if (props.notes.length === 0) return <p className="muted small notes-empty">{props.empty}</p>;
  return (
    <ul className="note-list" aria-label={t('notes.list.label')}>
      {props.notes.map((note) => {
        const number = props.numbers.get(note.id);
        const name = nameOf(note, number);
        const showable = note.targets.some((target) => target.status !== 'orphaned');
        const editing = props.editing === note.id;
        return (
          <li
            key={note.id}
            className={props.active === note.id ? 'note-item note-item-active' : 'note-item'}
            data-note={note.id}
          >
            <h4 className="note-item-head" id={`note-head-${note.id}`}>
              {number !== undefined ? (
                <span className="note-number" aria-hidden="true">
                  {number}
                </span>
              ) : null}
              <span className="sr-only">{name}</span>
              <span className="note-tag" data-tag={note.tag}>
                {label(note.tag)}
              </span>
              <span className="muted small note-date">
                {new Date(note.created).toLocaleDateString(i18n.language)}
              </span>
            </h4>
            <ul className="note-targets">
              {note.targets.map((target) => (
                <TargetLine
                  key={target.article}
                  target={target}
                  article={props.articles.get(target.article)}
                />
              ))}
            </ul>
            {editing ? (
              <NoteForm
                tag={note.tag}
                text={note.text}
                tags={props.tags}
                onAddTag={props.onAddTag}
                onSubmit={(tag, text) => props.onSave(note.id, tag, text)}
                onCancel={() => props.onEdit(null)}
                submitLabel={t('notes.list.save')}
                autoFocus
              />
            ) : (
              <>
                {note.text ? <p className="note-text">{note.text}</p> : null}
                <div className="note-actions">
                  <button
                    type="button"
                    className="button small-button"
                    disabled={!showable}
                    aria-label={t('notes.list.show', { name })}
                    onClick={() => props.onShow(note)}
                  >
                    {t('notes.list.showShort')}
                  </button>
                  <button
                    type="button"
                    className="button small-button"
                    aria-label={t('notes.list.edit', { name })}
                    onClick={() => props.onEdit(note.id)}
                  >
                    {t('notes.list.editShort')}
                  </button>
                  <button
                    type="button"
                    className="button small-button note-delete"
                    aria-label={t('notes.list.delete', { name })}
                    onClick={() => props.onDelete(note)}
                  >
                    {t('notes.list.deleteShort')}
                  </button>
                </div>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
