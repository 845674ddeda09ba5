import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteFilter } from './note-items';

/** The tag and outlet filters of the note list. */
export function NoteFilters({
  filter,
  tags,
  outlets,
  onChange,
}: {
  filter: NoteFilter;
  /** Tags to offer, with their labels. */
  tags: readonly { id: string; label: string }[];
  /** Outlets to offer, with their names. */
  outlets: readonly { id: string; name: string }[];
  onChange: (filter: NoteFilter) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="note-filters" role="group" aria-label={t('notes.filter.label')}>
      <label className="note-field" htmlFor={`${id}-tag`}>
        <span>{t('notes.filter.tag')}</span>
        <select
          id={`${id}-tag`}
          value={filter.tag}
          onChange={(event) => onChange({ ...filter, tag: event.target.value })}
        >
          <option value="">{t('notes.filter.allTags')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.label}
            </option>
          ))}
        </select>
      </label>
      <label className="note-field" htmlFor={`${id}-outlet`}>
        <span>{t('notes.filter.outlet')}</span>
        <select
          id={`${id}-outlet`}
          value={filter.outlet}
          onChange={(event) => onChange({ ...filter, outlet: event.target.value })}
        >
          <option value="">{t('notes.filter.allOutlets')}</option>
          {outlets.map((outlet) => (
            <option key={outlet.id} value={outlet.id}>
              {outlet.id === 'unknown' ? t('shell.unknownOutlet') : outlet.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
