import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteRef } from '../notes/NoteRef';
import type { Piece } from './pieces';

/** The pieces of one run of the same change. */
interface Run {
  change: Piece['change'];
  pieces: Piece[];
}

/** Joins consecutive pieces of the same change. */
function runsOf(pieces: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.change === piece.change) last.pieces.push(piece);
    else runs.push({ change: piece.change, pieces: [piece] });
  }
  return runs;
}

/**
 * A segment's text with its differences: deletions struck through and insertions underlined (colour is never the
 * only cue), differing numbers emphasised, find matches, watched phrases, the text asked for and notes marked (each
 * note's number after its text); screen readers hear "deleted: …" and "inserted: …". Every run of article text
 * carries its offsets, so a selection can be turned back into offsets (`notes/selection.ts`).
 */
export function DiffText({
  text,
  pieces,
  currentMatch,
  subtle = false,
}: {
  text: string;
  pieces: readonly Piece[];
  currentMatch?: number | undefined;
  /** For paraphrases: shared words lightly marked, no deletion or insertion marks. */
  subtle?: boolean;
}) {
  const { t } = useTranslation();
  const fragment = (piece: Piece): ReactNode => {
    let node: ReactNode = text.slice(piece.start, piece.end);
    if (piece.number && !subtle) node = <strong className="diff-num">{node}</strong>;
    if (piece.mark) node = <mark className={`text-mark text-mark-${piece.mark}`}>{node}</mark>;
    if (piece.notes) {
      node = (
        <mark
          className={piece.noteActive ? 'note-mark note-mark-active' : 'note-mark'}
          data-notes={piece.notes.join(' ')}
        >
          {node}
        </mark>
      );
    }
    if (piece.match !== undefined) {
      node = (
        <mark
          className="find-match"
          data-match={piece.match}
          aria-current={piece.match === currentMatch ? 'true' : undefined}
        >
          {node}
        </mark>
      );
    }
    const drawn = (
      <span key={piece.start} data-text-start={piece.start} data-text-end={piece.end}>
        {node}
      </span>
    );
    if (!piece.refs) return drawn;
    return (
      <Fragment key={piece.start}>
        {drawn}
        {piece.refs.map((ref) => (
          <NoteRef key={ref.id} {...ref} />
        ))}
      </Fragment>
    );
  };
  return (
    <>
      {runsOf(pieces).map((run) => {
        const key = run.pieces[0]?.start ?? 0;
        const body = run.pieces.map(fragment);
        if (subtle) {
          return run.change === 'equal' ? (
            <span key={key} className="diff-shared">
              {body}
            </span>
          ) : (
            <span key={key}>{body}</span>
          );
        }
        if (run.change === 'delete') {
          return (
            <del key={key} className="diff-del">
              <span className="sr-only">{t('compare.deleted')}</span>
              {body}
            </del>
          );
        }
        if (run.change === 'insert') {
          return (
            <ins key={key} className="diff-ins">
              <span className="sr-only">{t('compare.inserted')}</span>
              {body}
            </ins>
          );
        }
        return <span key={key}>{body}</span>;
      })}
    </>
  );
}
