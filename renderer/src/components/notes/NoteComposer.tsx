import { useTranslation } from 'react-i18next';
import type { TagDef } from '../../../../shared/notes/model';
import type { ArticleSummary } from '../../../../shared/ipc/types';
import { OutletBadge } from '../OutletBadge';
import { NoteForm } from './NoteForm';
import { shortQuote } from './note-items';
import type { DraftTarget } from './selection';

/** Props of the form for a new note. */
export interface NoteComposerProps {
  targets: readonly DraftTarget[];
  /** The tag the note starts with. */
  tag: string;
  articles: ReadonlyMap<string, ArticleSummary>;
  /** The other article of the open pair, which the note does not point at yet (to offer adding its text). */
  missing: ArticleSummary | null;
  tags: readonly TagDef[];
  onAddTag: (label: string) => Promise<string | null>;
  /** Adds the text selected in the comparison to the note. */
  onUseSelection: () => void;
  onRemoveTarget: (article: string) => void;
  onSave: (tag: string, text: string) => void;
  onCancel: () => void;
}

/**
 * A new note: the text it points at in each article (one or two), the hint to add the other article's text, and
 * the tag and comment.
 */
export function NoteComposer(props: NoteComposerProps) {
  const { t } = useTranslation();
  const { targets, articles, missing } = props;
  return (
    <section className="note-composer" aria-labelledby="note-composer-title">
      <h3 id="note-composer-title" className="notes-subheading">
        {t('notes.composer.title')}
      </h3>
      <ul className="note-targets" aria-label={t('notes.composer.targets')}>
        {targets.map((target) => {
          const article = articles.get(target.article);
          const outlet = article?.outlet.name ?? target.article;
          return (
            <li key={target.article} className="note-target">
              <div className="note-target-head">
                {article ? <OutletBadge outlet={article.outlet} /> : null}
                <span className="muted small">{t(`notes.scope.${target.scope}`)}</span>
                {targets.length > 1 ? (
                  <button
                    type="button"
                    className="link-button small"
                    aria-label={t('notes.composer.removeTarget', { outlet })}
                    onClick={() => props.onRemoveTarget(target.article)}
                  >
                    {t('notes.composer.remove')}
                  </button>
                ) : null}
              </div>
              <q className="note-quote">{shortQuote(target.quote, 220)}</q>
            </li>
          );
        })}
      </ul>
      {missing ? (
        <div className="note-add-other">
          <p className="muted small">{t('notes.composer.addOther', { outlet: missing.outlet.name })}</p>
          <button
            type="button"
            className="button small-button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={props.onUseSelection}
          >
            {t('notes.composer.useSelection')}
          </button>
        </div>
      ) : null}
      <NoteForm
        tag={props.tag}
        text=""
        tags={props.tags}
        onAddTag={props.onAddTag}
        onSubmit={props.onSave}
        onCancel={props.onCancel}
        submitLabel={t('notes.composer.save')}
        autoFocus
        blocked={targets.length === 0 ? t('notes.composer.noText') : undefined}
      />
    </section>
  );
}
