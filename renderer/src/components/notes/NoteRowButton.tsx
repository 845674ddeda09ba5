import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import type { BuiltInTag } from '../../../../shared/notes/model';
import { CompareNotesContext } from './compare-notes';
import type { SidePicks } from './selection';

/** Drawn on the button, hidden from screen readers (the button carries its name). */
const NOTE_GLYPH = '✎';

/** The tag a note on a row of this kind most likely has: A's paragraph left out by B, or added by B. */
const SUGGESTED_TAG: Partial<Record<CompareRow['kind'], BuiltInTag>> = {
  'only-a': 'omission',
  'only-b': 'addition',
};

/** The text of each side of a row, as whole paragraphs. */
export function rowPicks(row: CompareRow, texts: { a: string; b: string }): SidePicks {
  const picks: SidePicks = {};
  for (const side of ['a', 'b'] as const) {
    const spans =
      row.boilerplate?.side === side
        ? [row.boilerplate.span]
        : row[side].map((s) => [s.start, s.end] as const);
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (!first || !last || last[1] <= first[0]) continue;
    picks[side] = {
      start: first[0],
      end: last[1],
      quote: spans.map(([s, e]) => texts[side].slice(s, e).trim()).join(' '),
    };
  }
  return picks;
}

/** "Add a note to this row": the whole row on both sides, or the paragraph only one side has (e.g. one omitted). */
export function NoteRowButton({
  row,
  texts,
  n,
}: {
  row: CompareRow;
  texts: { a: string; b: string };
  n: number;
}) {
  const { t } = useTranslation();
  const context = useContext(CompareNotesContext);
  if (!context) return null;
  const picks = rowPicks(row, texts);
  const both = Boolean(picks.a && picks.b);
  if (!picks.a && !picks.b) return null;
  const label = both ? t('notes.row.addRow', { n }) : t('notes.row.addParagraph', { n });
  return (
    <button
      type="button"
      className="cmp-icon-button note-row-button"
      data-note-row=""
      aria-label={label}
      title={label}
      onClick={() => context.onPick(picks, both ? 'row' : 'paragraph', SUGGESTED_TAG[row.kind])}
    >
      <span aria-hidden="true">{NOTE_GLYPH}</span>
    </button>
  );
}
