/**
 * The words claim extraction looks for, kept as data: attribution and hedge markers, the head nouns of cited
 * sources, and loaded or evaluative words (framing). Users extend it with `.recoupe/lexicon.json` (`lexicon-file.ts`).
 */
export interface ClaimLexicon {
  /** Attribution and hedge markers ("according to", "selon", "reportedly", "aurait"). */
  attribution: readonly string[];
  /** Head nouns of a cited source ("official", "spokesman", "communiqué", "television"). */
  sources: readonly string[];
  /** Loaded or evaluative words and headline frames ("invasion", "ligne rouge", "self-proclaimed"). */
  framing: readonly string[];
}

/** The lexicon shipped with the app, French and English. */
export const DEFAULT_LEXICON: ClaimLexicon = {
  attribution: [
    'according to',
    'as reported by',
    'reportedly',
    'allegedly',
    'alleged',
    'claimed',
    'claims',
    'is said to',
    'are said to',
    'is estimated',
    'an estimated',
    'is believed',
    'are believed',
    'believed to',
    'suspected',
    'suspects',
    'apparent',
    'apparently',
    'appeared to',
    'appears to',
    'on condition of anonymity',
    'who asked not to be named',
    'speaking on condition of anonymity',
    'selon',
    "d'après",
    'aurait',
    'auraient',
    'prétend',
    'prétendu',
    'présumé',
    'présumée',
    'soupçonne',
    'soupçonnant',
    'soupçonné',
    'semble',
    'semblent',
    'probablement',
    'sous couvert d’anonymat',
    "sous couvert d'anonymat",
    "qui a requis l'anonymat",
    'revendiqué',
  ],
  sources: [
    'official',
    'officials',
    'source',
    'sources',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'statement',
    'readout',
    'agency',
    'ministry',
    'television',
    'broadcaster',
    'news conference',
    'press conference',
    'decree',
    'communiqué',
    'responsable',
    'responsables',
    'porte-parole',
    'agence',
    'ministère',
    'télévision',
    'chaîne',
    'présidence',
    'conférence de presse',
    'décret',
  ],
  framing: [
    'invasion',
    'invade',
    'invaded',
    'aggression',
    'agression',
    'special military operation',
    'opération militaire spéciale',
    'red line',
    'ligne rouge',
    'purement défensive',
    'purely defensive',
    'mutiny',
    'mutinerie',
    'mutinous',
    'armed rebellion',
    'rebellion',
    'rébellion',
    'insurrection',
    'military coup',
    'coup',
    'sabotage',
    'provocation',
    'pretext',
    'prétexte',
    'self-proclaimed',
    'autoproclamée',
    'autoproclamées',
    'autoproclamé',
    'autoproclamés',
    'separatists',
    'séparatistes',
    'pro-Russian',
    'pro-russes',
    'Moscow-backed',
    'historic',
    'historique',
    'unprecedented',
    'sans précédent',
    'secrecy',
    'clash',
    'clashed',
    'escalation',
    'escalade',
    'illegally annexed',
    'annexion',
    'neo-Nazi',
    'néonazi',
    'war zone',
    'full-scale invasion',
    'unprovoked',
    'genocide',
    'génocide',
    'tough',
    'sweeping',
    'marathon',
    'dramatic',
    'defiant',
    'chaos',
  ],
};

/**
 * The attribution markers that hedge (the outlet does not vouch for the statement: "reportedly", "aurait"), as opposed
 * to those that only attribute ("according to", "selon"). Matched on the folded marker's first words.
 */
const HEDGES =
  /^(?:reportedly|allegedly|alleged|claimed|claims|is said to|are said to|is estimated|an estimated|is believed|are believed|believed to|suspected|suspects|apparent|apparently|appeared to|appears to|aurai(?:t|ent)|pretend|presume|soupconn|semble|probablement|revendique)/u;

/** True when an attribution marker hedges ("reportedly", "aurait", "présumé") rather than only attributes ("selon"). */
export function isHedge(folded: string): boolean {
  return HEDGES.test(folded);
}

/** The default lexicon with a folder's additions, each list without repeats. */
export function extendLexicon(base: ClaimLexicon, added: Partial<ClaimLexicon>): ClaimLexicon {
  const merge = (a: readonly string[], b: readonly string[] | undefined): string[] => [
    ...new Set([...a, ...(b ?? [])]),
  ];
  return {
    attribution: merge(base.attribution, added.attribution),
    sources: merge(base.sources, added.sources),
    framing: merge(base.framing, added.framing),
  };
}
