import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import { kindKey } from './CompareRowView';

/** Characters of a difference's text the list shows before cutting at a word. */
const FIRST_WORDS = 70;

/** The first words of `text` in `[start, end)`, cut at a word with an ellipsis when longer. */
export function firstWords(text: string, start: number, end: number, max = FIRST_WORDS): string {
  const whole = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  if (whole.length <= max) return whole;
  const cut = whole.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** What the list says of one difference: its kind, the outlet whose text it shows, the first words of that text. */
export function describeChange(
  row: CompareRow,
  texts: { a: string; b: string },
  names: { a: string; b: string },
): { side: 'a' | 'b'; outlet: string; words: string } {
  const side = row.kind === 'only-a' || row.b.length === 0 ? 'a' : 'b';
  const segment = row[side][0];
  return {
    side,
    outlet: names[side],
    words: segment ? firstWords(texts[side], segment.start, segment.end) : '',
  };
}

/**
 * The list of the differences beside the overview strip: each one's kind, outlet and first words, a button that
 * scrolls the comparison to it; the current one is marked and kept in view.
 */
export function ChangeList({
  rows,
  differences,
  texts,
  names,
  current,
  onJump,
}: {
  rows: readonly CompareRow[];
  /** Indexes in `rows` of the rows that differ. */
  differences: readonly number[];
  texts: { a: string; b: string };
  names: { a: string; b: string };
  /** Index in `rows` of the current row (-1: none). */
  current: number;
  onJump: (rowIndex: number) => void;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Optional call: jsdom (the component tests) has no scrollIntoView.
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  return (
    <section className="cmp-changes" aria-labelledby="cmp-changes-title">
      <h2 id="cmp-changes-title" className="cmp-more-title">
        {t('layout.changes')}
      </h2>
      {differences.length === 0 ? <p className="muted small">{t('layout.changesEmpty')}</p> : null}
      <ol ref={list} className="cmp-changes-list">
        {differences.map((index) => {
          const row = rows[index];
          if (!row) return null;
          const change = describeChange(row, texts, names);
          const kind = t(kindKey(row.kind));
          return (
            <li key={row.key}>
              <button
                type="button"
                className={`cmp-change cmp-${row.kind}`}
                aria-current={index === current ? 'true' : undefined}
                onClick={() => onJump(index)}
              >
                <span className="cmp-change-head">
                  <span className="cmp-kind">{kind}</span>
                  <span className="muted small">{change.outlet}</span>
                </span>
                <span className="cmp-change-words">{change.words}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
