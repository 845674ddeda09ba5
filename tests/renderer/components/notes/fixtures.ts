import type { ArticleSummary } from '../../../../shared/ipc/types';
import type { Note, NoteTarget } from '../../../../shared/notes/model';

/** Two fictional articles: a wire story and the site that republished it. */
export const articles: ReadonlyMap<string, ArticleSummary> = new Map(
  [
    {
      id: 'agence-lumen.txt',
      title: 'Le pont de Varenne rouvre',
      outlet: { id: 'lumen', name: 'Agence Lumen', source: 'rule' },
    },
    {
      id: 'echo-du-val.txt',
      title: 'Varenne: le pont rouvert',
      outlet: { id: 'echo', name: 'Écho du Val', source: 'rule' },
    },
    { id: 'sans-source.txt', title: 'Un pont', outlet: { id: 'unknown', name: 'Unknown', source: 'none' } },
  ].map((a): [string, ArticleSummary] => [a.id, { ...a, words: 120, warnings: [] }]),
);

/** A target on `article` quoting `exact`. */
export function target(
  article: string,
  exact: string,
  status: NoteTarget['status'] = 'anchored',
  extra: Partial<NoteTarget> = {},
): NoteTarget {
  return {
    article,
    sha256: 'f'.repeat(64),
    span: [10, 10 + exact.length],
    quote: { exact, prefix: '', suffix: '' },
    status,
    scope: 'text',
    ...extra,
  };
}

/** A note with an id, tag, text and targets. */
export function note(
  id: string,
  tag: string,
  text: string,
  targets: NoteTarget[],
  created = '2026-03-01T10:00:00.000Z',
): Note {
  return { id: `urn:uuid:${id}`, created, modified: created, tag, text, targets };
}

/** A note on both articles, one on the wire story only, and one whose text on the wire is gone. */
export const sample: Note[] = [
  note('a1', 'number-change', 'The crowd doubled between the two versions.', [
    target('agence-lumen.txt', 'quelque deux cents riverains'),
    target('echo-du-val.txt', 'plus de quatre cents riverains'),
  ]),
  note(
    'a2',
    'omission',
    'The mayor’s caveat is gone.',
    [target('agence-lumen.txt', 'sous réserve des derniers contrôles')],
    '2026-03-02T10:00:00.000Z',
  ),
  note(
    'a3',
    'quote-cut',
    '',
    [
      target('agence-lumen.txt', 'a précisé l’ingénieure en chef', 'orphaned', {
        original: 'a précisé l’ingénieure en chef du chantier',
      }),
      target('echo-du-val.txt', 'selon le chantier'),
    ],
    '2026-03-03T10:00:00.000Z',
  ),
];
