import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import type { Note, NoteTarget, TagDef } from '../../../../shared/notes/model';
import { OutletBadge } from '../OutletBadge';
import { orphanedTargets, originalQuote, shortQuote } from './note-items';
import { useTagLabel } from './tags';

/** Props of the list of orphaned notes. */
export interface OrphanedNotesProps {
  /** Notes with at least one target whose text is gone. */
  notes: readonly Note[];
  articles: ReadonlyMap<string, ArticleSummary>;
  tags: readonly TagDef[];
  /** Articles of the open comparison. */
  open: readonly string[];
  /** Feedback on the last attempt to re-attach a note, shown under it. */
  feedback: { id: string; message: string } | null;
  /** Re-attaches the target to the text selected in its article's column. */
  onAttach: (note: Note, target: NoteTarget) => void;
  /** Opens the target's article in the comparison, to select the new text there. */
  onOpenArticle: (note: Note, target: NoteTarget) => void;
  onRemoveTarget: (note: Note, target: NoteTarget) => void;
  onDelete: (note: Note) => void;
}

/** The start of the first lost quote of a note, to name it. */
function firstQuote(note: Note): string {
  const target = orphanedTargets(note)[0] ?? note.targets[0];
  return target ? shortQuote(originalQuote(target), 40) : '';
}

/**
 * Notes whose text is no longer in the article: kept apart, with the text they were made on, never drawn on other
 * text. The user can attach one to newly selected text, drop the lost part of a two-article note, or delete it.
 */
export function OrphanedNotes(props: OrphanedNotesProps) {
  const { t } = useTranslation();
  const label = useTagLabel(props.tags);
  if (props.notes.length === 0) return null;
  return (
    <section className="notes-orphaned" aria-labelledby="notes-orphaned-title">
      <h3 id="notes-orphaned-title" className="notes-subheading">
        {t('notes.orphaned.title', { count: props.notes.length })}
      </h3>
      <p className="muted small">{t('notes.orphaned.intro')}</p>
      <ul className="note-list">
        {props.notes.map((note) => (
          <li key={note.id} className="note-item note-item-orphaned" data-note={note.id}>
            <h4 className="note-item-head">
              <span className="note-tag" data-tag={note.tag}>
                {label(note.tag)}
              </span>
            </h4>
            {orphanedTargets(note).map((target) => {
              const article = props.articles.get(target.article);
              const outlet = article?.outlet.name ?? target.article;
              const open = props.open.includes(target.article);
              return (
                <div key={target.article} className="note-orphan-target">
                  <div className="note-target-head">
                    {article ? <OutletBadge outlet={article.outlet} /> : null}
                    <span className="small note-file">{target.article}</span>
                  </div>
                  <p className="small note-orphan-label">{t('notes.orphaned.original')}</p>
                  <q className="note-quote">{shortQuote(originalQuote(target), 300)}</q>
                  <div className="note-actions">
                    {open ? (
                      <button
                        type="button"
                        className="button small-button"
                        onMouseDown={(event) => event.preventDefault()}
                        aria-label={t('notes.orphaned.attach', { outlet })}
                        onClick={() => props.onAttach(note, target)}
                      >
                        {t('notes.orphaned.attachShort')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button small-button"
                        onClick={() => props.onOpenArticle(note, target)}
                      >
                        {t('notes.orphaned.open', { outlet })}
                      </button>
                    )}
                    {note.targets.length > 1 ? (
                      <button
                        type="button"
                        className="button small-button"
                        aria-label={t('notes.orphaned.removeTarget', { outlet })}
                        onClick={() => props.onRemoveTarget(note, target)}
                      >
                        {t('notes.orphaned.removeTargetShort')}
                      </button>
                    ) : null}
                  </div>
                </div>
              );
            })}
            {note.text ? <p className="note-text">{note.text}</p> : null}
            {props.feedback?.id === note.id ? (
              <p className="note-feedback" role="status">
                {props.feedback.message}
              </p>
            ) : null}
            <div className="note-actions">
              <button
                type="button"
                className="button small-button note-delete"
                aria-label={t('notes.orphaned.delete', { quote: firstQuote(note) })}
                onClick={() => props.onDelete(note)}
              >
                {t('notes.list.deleteShort')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
