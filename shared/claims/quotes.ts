import type { Span } from '../article/model';
import type { EntityFinding } from './entities';
import { fold } from '../text/fold';
import { findQuotes } from '../text/quotes';

/** A direct quote with its attribution, before it becomes a `Claim`. */
export interface QuoteFinding {
  /** Span of the quoted words, quotation marks excluded. */
  start: number;
  end: number;
  speaker?: string;
  speakerAsWritten?: string;
  /** Span of the attribution naming the speaker, when the quote's sentence writes one. */
  attributionSpan?: Span;
  quoteType: 'full' | 'fragment';
}

/** A place in the text where someone is said to speak, used to resolve "a-t-il ajouté". */
interface SpeechEvent {
  at: number;
  speaker: string;
}

const PP =
  'déclaré|dit|indiqué|ajouté|affirmé|souligné|expliqué|précisé|estimé|assuré|écrit|annoncé|prévenu|averti|rapporté|' +
  'confié|lancé|martelé|insisté|répondu|noté|déploré|dénoncé|poursuivi|conclu|rappelé|jugé|raconté|confirmé|reconnu|' +
  'admis|promis|menacé|réaffirmé|observé|commenté|tweeté|relevé|résumé|plaidé|fait savoir|fait valoir|fait remarquer|' +
  'fait observer|signalé|réagi|demandé|souhaité|avancé|argué|protesté|regretté|salué|mis en garde|prédit|révélé|' +
  'soutenu|répété|nié|démenti|détaillé|clamé|tranché|lâché|glissé|publié|conseillé|exhorté|appelé|garanti|certifié';
const PRESENT =
  'déclare|dit|indique|ajoute|affirme|souligne|explique|précise|estime|assure|écrit|annonce|prévient|avertit|rapporte|' +
  'confie|lance|martèle|insiste|répond|note|déplore|dénonce|poursuit|conclut|rappelle|juge|raconte|confirme|reconnaît|' +
  'relève|résume|observe|commente|tranche|lâche|glisse|fait savoir|fait valoir|souffle|tonne|assène|affirment|déclarent|disent';
/** Present-tense speech verbs unlikely to be read as nouns, for finding a subject. */
const PRESENT_SUBJECT =
  'déclare|dit|indique|ajoute|affirme|souligne|explique|précise|estime|assure|écrit|annonce|prévient|avertit|confie|' +
  'martèle|insiste|dénonce|déplore|affirment|déclarent|disent|estiment|assurent|indiquent|soulignent';
const AUX = "a|ont|avait|avaient|aurait|auraient|aura|s['’]est|s['’]était|se sont|s['’]étaient";
const PRON = 'il|elle|ils|elles|on';
const WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui";
const ADV =
  `(?:encore|aussi|également|alors|ensuite|ainsi|notamment|déjà|enfin|toutefois|cependant|néanmoins|pourtant|clairement|` +
  `publiquement|récemment|simplement|plus tard|de son côté|de leur côté|pour sa part|pour leur part|quant à lui|quant à elle|` +
  `quant à eux|par ailleurs|en outre|lui-même|elle-même|d['’]ailleurs|aussitôt|même|bien|${WEEKDAYS})`;
const EN_VERBS =
  'said|says|added|adds|told|wrote|writes|warned|stated|explained|noted|insisted|declared|tweeted|asked|replied|' +
  'recalled|continued|reports|reported';
/** English pronouns that stand for the last named speaker after a quote ("…,” he said). */
const EN_PRON = 'he|she|they';
/** Verbs that put a fragment quote in their subject's mouth without being verbs of saying ("described it as “…”"). */
const EN_FRAGMENT_VERBS =
  'described|describing|called|calling|promised|promising|pledged|pledging|vowed|urged|rejected|dismissed|accused|' +
  'hailed|branded|labell?ed|termed|praised|expects|expected|hoped|hopes|agreed|denounced|condemned|admitted|saying';
const FR_FRAGMENT_VERBS =
  'promet|qualifie|évoque|évoquant|ajoutant|affirmant|estimant|soulignant|assurant|jugeant';

/** Lowercase words of an English title before a name ("Kremlin spokesman Dmitry Peskov", "prime minister"). */
const EN_TITLE_WORDS =
  'spokesman|spokeswoman|spokesperson|minister|prime|foreign|defence|defense|president|secretary|adviser|advisor|' +
  "official|chief|leader|envoy|ambassador|general|commander|governor|mayor|senator|lawmaker|seismologist|'s|’s";
/** The attribution right after a closing quotation mark: `, a déclaré X`, `, a-t-il ajouté`, `, dit-elle`, `, said X`. */
const AFTER_QUOTE = new RegExp(
  `^\\s*[,;:]?\\s*(?:(?:lui|leur|nous|m['’])\\s+)?(?:(?:${AUX})(?:-t)?(?:-(${PRON}))?\\s+(?:${ADV}\\s+)*(?:${PP})|(?:${PRESENT})(?:-t)?-(${PRON})|(${EN_PRON})\\s+(?:${EN_VERBS})|(?:${PRESENT})|(?:${EN_VERBS}))(?![\\p{L}])`,
  'iu',
);
/** Where a speaker's words are, between an inverted verb and the speaker: "a affirmé sur Twitter le conseiller…". */
const CHANNEL =
  /^\s+(?:sur|à|dans|via)\s+(?:Twitter|Telegram|Facebook|X|l['’]AFP|la presse|un communiqué|une vidéo|la télévision)\s+(?=(?:le|la|les|l['’]|un|une)\s*\p{L})/u;
/** `, X said` / `X a-t-il dit` forms in English. */
const AFTER_QUOTE_EN = new RegExp(
  `^\\s*,?\\s*((?:[\\p{Lu}][\\p{L}.'’-]*\\s+|(?:${EN_TITLE_WORDS}|of|from|at|for|the)\\s+)*?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,4}?|(?:the|a|an)\\s+(?:[\\p{Ll}][\\p{L}'’-]*\\s+){1,3}?|(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${EN_TITLE_WORDS})\\s+)(?:${EN_VERBS})(?![\\p{L}])`,
  'u',
);
/** A speech verb inside a sentence, with the subject before it: `X a indiqué`, `X s'était dit`, `X a quant à lui prévenu`. */
const SUBJECT_VERB = new RegExp(
  `(?<![\\p{L}'’-])(?:(?:${AUX})\\s+(?:${ADV}\\s+)*(?:${PP})|(?:${PRESENT_SUBJECT})|(?:${EN_VERBS}))(?![\\p{L}])`,
  'giu',
);
/** The same, with the verbs that only carry a fragment: used for the quote's own sentence. */
const FRAGMENT_VERB = new RegExp(
  `(?<![\\p{L}'’-])(?:(?:${AUX})\\s+(?:${ADV}\\s+)*(?:${PP})|(?:${PRESENT_SUBJECT}|${FR_FRAGMENT_VERBS})|(?:${EN_VERBS}|${EN_FRAGMENT_VERBS}))(?![\\p{L}])`,
  'giu',
);
/** An attribution at the end of a sentence: `…, a déclaré Iouri Ouchakov.` */
const INVERTED_END = new RegExp(
  `[,"»”]\\s*(?:${AUX})(?:-t)?(?:-(${PRON}))?\\s+(?:${ADV}\\s+)*(?:${PP})(?![\\p{L}])`,
  'giu',
);
const SELON = /(?<![\p{L}])(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to)\s+([^,.;:!?()«»"“”]{2,80})/gu;
/** Where a speaker's noun phrase stops. */
const NP_STOP = new RegExp(
  `\\s+(?:dans|lors|devant|sur|au cours|en marge|depuis|après|avant|pendant|à l['’]issue|via|selon|à la presse|aux journalistes|` +
    `cité|citée|in|on|at|after|${WEEKDAYS})(?![\\p{L}])|,\\s*(?:ajoutant|précisant|soulignant|estimant|expliquant|affirmant|avant|` +
    `selon|dans|lors|qui|tout en|en|alors|adding|who)(?![\\p{L}])|(?<!(?:^|\\s)(?:M|MM|Mr|Mrs|Ms|Dr|Mme|Gen|Sen))[.]|[;!?()\\n]|\\s+[-–]\\s`,
  'u',
);
const DETERMINER = /^(?:le|la|les|l['’]|un|une|des|the)\s*/iu;
/** Lowercase words that introduce a person's name: "le président ukrainien Volodymyr Zelensky". */
const TITLE_BEFORE_NAME =
  /(?:^|[\s,(])(?:[Ll]e|[Ll]a|[Ll]['’]|du|de la|au|à la|[Ss]on|[Ss]a|[Ll]eur)\s*((?:[\p{Ll}][\p{Ll}'’-]*)(?:\s+(?:de la|du|de|des|d['’])?\s*[\p{Ll}][\p{Ll}'’-]*){0,4})\s+$/u;

/** An English title before a name, its head last ("French President Emmanuel Macron", "Kremlin spokesman Dmitry Peskov"). */
const EN_TITLE_BEFORE_NAME = new RegExp(
  `(?:^|[\\s,(])((?:[\\p{L}’'-]+\\s+){0,2}(?:${EN_TITLE_WORDS.replace(/\|'s\|’s$/, '')}))\\s+$`,
  'iu',
);

/** Finds direct quotes in « », “ ” and "…" with their speaker, resolving "il"/"elle" to the last named speaker. */
export function extractQuotes(
  text: string,
  zones: readonly Span[],
  sentences: readonly Span[],
  entities: readonly EntityFinding[],
): QuoteFinding[] {
  const titles = titleMap(text, entities);
  const events: SpeechEvent[] = [];
  for (const sentence of sentences) events.push(...sentenceEvents(text, sentence, entities, titles));
  const quotes: QuoteFinding[] = [];
  for (const { open, close, depth } of findQuotes(text, zones)) {
    if (depth > 0) continue;
    const zone: Span = zones.find(([s, e]) => open >= s && open < e) ?? [open, close + 1];
    let start = open + 1;
    let end = close;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const openSentence = sentences.find(([s, e]) => open >= s && open < e) ?? zone;
    const closeSentence = sentences.find(([s, e]) => close >= s && close < e) ?? zone;
    const attribution = attribute(text, open, close, openSentence, closeSentence, entities, titles);
    let speaker = attribution?.speaker;
    if (attribution?.pronoun) {
      const previous = [...events].reverse().find((ev) => ev.at < open && open - ev.at < 2000);
      speaker = previous?.speaker ?? lastPersonBefore(entities, open);
    }
    if (!attribution && !speaker) speaker = continuedSpeaker(text, open, quotes, openSentence);
    if (speaker && !attribution?.pronoun) events.push({ at: close, speaker });
    const leading = text.slice(openSentence[0], open).trim();
    const quoteType =
      /^\p{Lu}/u.test(text.slice(start, end)) && (leading === '' || /[:]$/.test(leading))
        ? 'full'
        : 'fragment';
    quotes.push({
      start,
      end,
      quoteType,
      ...(speaker ? { speaker } : {}),
      ...(attribution ? { speakerAsWritten: attribution.asWritten } : {}),
      ...(attribution?.span ? { attributionSpan: attribution.span } : {}),
    });
    events.sort((a, b) => a.at - b.at);
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** The person named last within a paragraph's length before `at`, for a pronoun when nobody has spoken yet. */
function lastPersonBefore(entities: readonly EntityFinding[], at: number): string | undefined {
  return entities.findLast((e) => e.kind === 'person' && e.end <= at && at - e.end < 600)?.name;
}

/** How far after an attributed quote an unattributed one is taken as its continuation. */
const CONTINUATION_GAP = 160;

/**
 * The speaker of the quote an unattributed one continues: the previous quote, when it sits in the same sentence
 * ("described the talks as “frank” and “useful”"), or when only its attribution ("Blinken said.") or a paragraph break
 * stands between them.
 */
function continuedSpeaker(
  text: string,
  open: number,
  quotes: readonly QuoteFinding[],
  sentence: Span,
): string | undefined {
  const previous = quotes[quotes.length - 1];
  if (!previous?.speaker || open - previous.end > CONTINUATION_GAP) return undefined;
  if (previous.start >= sentence[0]) return previous.speaker;
  const between = text.slice(previous.end + 1, open);
  return /[.:]\s*$|["»”]\s*\n\s*$/u.test(between) && !/\n\s*\S[^\n]*\n/u.test(between)
    ? previous.speaker
    : undefined;
}

/** Who a quote is attributed to, from the words right after it, the sentence before it, or "selon X". */
function attribute(
  text: string,
  open: number,
  close: number,
  openSentence: Span,
  closeSentence: Span,
  entities: readonly EntityFinding[],
  titles: ReadonlyMap<string, string>,
): { speaker?: string; asWritten: string; pronoun?: boolean; span?: Span } | undefined {
  const afterStart = close + 1;
  let limit = Math.max(afterStart, closeSentence[1]);
  if (!text.slice(afterStart, limit).trim()) {
    // A quote ending in "?" or "!" ends its sentence: its attribution ("… ?" Putin said.) opens the next one.
    const next = /^[ \t]*[^\n.!?]{1,80}[.!?]?/u.exec(text.slice(afterStart));
    if (next) limit = afterStart + next[0].length;
  }
  const after = text.slice(afterStart, limit);
  const inverted = AFTER_QUOTE.exec(after);
  if (inverted) {
    const pronoun = inverted[1] ?? inverted[2] ?? inverted[3];
    const verbText = inverted[0].replace(/^\s*[,;:]?\s*/, '');
    if (pronoun) return { asWritten: verbText, pronoun: true };
    const channel = CHANNEL.exec(text.slice(afterStart + inverted[0].length, limit));
    const np = nounPhrase(
      text,
      afterStart + inverted[0].length + (channel?.[0].length ?? 0),
      limit,
      entities,
    );
    if (np) {
      if (/^(?:il|elle|ils|elles)$/i.test(np.text))
        return { asWritten: `${verbText} ${np.text}`, pronoun: true };
      return { speaker: speakerOf(np, entities, titles), asWritten: np.text, span: [np.start, np.end] };
    }
  }
  const english = AFTER_QUOTE_EN.exec(after);
  if (english) {
    const npStart = afterStart + english[0].indexOf(english[1]!);
    const np = { text: english[1]!.trim(), start: npStart, end: npStart + english[1]!.trim().length };
    if (/^(?:But|And|Then)\s+(?:he|she|they)$/u.test(np.text)) return { asWritten: np.text, pronoun: true };
    return { speaker: speakerOf(np, entities, titles), asWritten: np.text, span: [np.start, np.end] };
  }
  const before = subjectBefore(text, openSentence[0], open, entities, titles, FRAGMENT_VERB);
  if (before) return before;
  for (const [s, e] of [openSentence, closeSentence]) {
    SELON.lastIndex = 0;
    const selon = SELON.exec(text.slice(s, e));
    if (selon) {
      const npStart = s + (selon.index ?? 0) + selon[0].length - selon[1]!.length;
      const np = trimNp(text, npStart, npStart + selon[1]!.length);
      if (np)
        return { speaker: speakerOf(np, entities, titles), asWritten: np.text, span: [np.start, np.end] };
    }
  }
  return undefined;
}

/** The speaker of the last speech verb between `from` and `to`, taken from its subject. */
function subjectBefore(
  text: string,
  from: number,
  to: number,
  entities: readonly EntityFinding[],
  titles: ReadonlyMap<string, string>,
  verbs: RegExp = SUBJECT_VERB,
): { speaker?: string; asWritten: string; pronoun?: boolean; span?: Span } | undefined {
  const segment = text.slice(from, to);
  let last: RegExpExecArray | undefined;
  verbs.lastIndex = 0;
  for (let m = verbs.exec(segment); m; m = verbs.exec(segment)) last = m;
  if (!last) return undefined;
  const verbAt = from + last.index;
  const clause = text.slice(from, verbAt);
  const clauseStart =
    from +
    Math.max(
      0,
      ...[...clause.matchAll(/[,;:()]\s*|\s[-–—]\s+|(?<![\p{L}])(?:que|qu['’]|et|mais|and|but)\s+/giu)].map(
        (m) => (m.index ?? 0) + m[0].length,
      ),
    );
  const np =
    trimNp(text, clauseStart, verbAt) ??
    (/,\s*$/u.test(clause) ? openingName(text, from, verbAt, entities) : undefined);
  if (!np) return /(?:ing|ant)$/u.test(last[0]) ? sentenceSubject(text, from, verbAt, entities) : undefined;
  if (
    /^(?:(?:in|at|with|by|dans|par)\s+)?(?:(?:what|which|ce que|as)\s+)?(?:il|elle|ils|elles|on|he|she|they)$/i.test(
      np.text,
    )
  )
    return { asWritten: `${np.text} ${last[0]}`, pronoun: true };
  const hasEntity = entities.some((e) => e.start >= np.start && e.end <= np.end);
  if (!hasEntity && !titles.has(titleKey(np.text)) && !DETERMINED.test(np.text)) return undefined;
  return { speaker: speakerOf(np, entities, titles), asWritten: np.text, span: [np.start, np.end] };
}

/**
 * The name a sentence opens with, before an apposition between commas ("Noor Vidal, standing by the quay, said"): the
 * words before the first comma when they are a short phrase holding a name.
 */
function openingName(
  text: string,
  from: number,
  verbAt: number,
  entities: readonly EntityFinding[],
): { text: string; start: number; end: number } | undefined {
  const comma = text.slice(from, verbAt).indexOf(',');
  if (comma < 0) return undefined;
  const np = trimNp(text, from, from + comma);
  if (!np || /["«»“”]/u.test(np.text) || np.text.split(/\s+/).length > 6) return undefined;
  return entities.some((e) => e.kind !== 'place' && e.start >= np.start && e.end <= np.end) ? np : undefined;
}

/**
 * The person a sentence opens with, for a participle that carries a quote ("Noor Vidal left the port, promising a
 * “quick return”"): a person named in the sentence's first words, before the participle.
 */
function sentenceSubject(
  text: string,
  from: number,
  verbAt: number,
  entities: readonly EntityFinding[],
): { speaker: string; asWritten: string } | undefined {
  const person = entities.find((e) => e.kind === 'person' && e.start >= from && e.start < from + 40);
  return person && person.end <= verbAt
    ? { speaker: person.name, asWritten: text.slice(person.start, person.end) }
    : undefined;
}

/** The noun phrase naming a speaker from `start`, up to a stop word or the end of the sentence. */
function nounPhrase(
  text: string,
  start: number,
  limit: number,
  entities: readonly EntityFinding[],
): { text: string; start: number; end: number } | undefined {
  const rest = text.slice(start, limit);
  const stop = NP_STOP.exec(rest);
  let end = start + (stop ? stop.index : rest.length);
  const comma = text.slice(start, end).indexOf(',');
  if (comma >= 0) {
    const afterComma = start + comma + 1;
    const apposition = entities.some(
      (e) => e.kind === 'person' && e.start >= afterComma && e.start <= afterComma + 2,
    );
    if (!apposition) end = start + comma;
  }
  return trimNp(text, start, end);
}

/** Trims spaces and punctuation around a noun phrase; undefined when empty or too long to be one. */
function trimNp(
  text: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:"«»“”]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:"«»“”.]/.test(text[e - 1]!)) e--;
  const phrase = text.slice(s, e);
  if (!phrase || phrase.length > 120 || phrase.split(/\s+/).length > 14) return undefined;
  return { text: phrase, start: s, end: e };
}

/** A person named in the phrase; else the organisation or place it is; else a title resolved earlier; else the phrase. */
function speakerOf(
  np: { text: string; start: number; end: number },
  entities: readonly EntityFinding[],
  titles: ReadonlyMap<string, string>,
): string {
  const inside = entities.filter((e) => e.start >= np.start && e.end <= np.end);
  const person = inside.filter((e) => e.kind === 'person').pop();
  if (person)
    return SENTENCE_OPENER.test(person.name) || !person.name.includes(' ')
      ? (fullNameOf(person.name, entities) ?? person.name.replace(SENTENCE_OPENER, ''))
      : person.name;
  const full = fullNameOf(np.text, entities);
  if (full) return full;
  const bare = np.text.replace(DETERMINER, '');
  const whole = inside.find((e) => e.end === np.end && np.text.length - (e.end - e.start) <= 4);
  if (whole && bare.length === whole.end - whole.start) return whole.name;
  const named = entities.find((e) => e.kind === 'person' && e.end < np.start && np.start - e.end <= 2);
  if (named && /^\p{Ll}/u.test(np.text)) return named.name;
  return titles.get(titleKey(np.text)) ?? leaderOf(titleKey(np.text), titles) ?? np.text;
}

/** Head words of a title that name a country's or a group's leader, in both languages. */
const LEADER_HEADS = new Set(['president', 'leader', 'head', 'chief', 'dirigeant', 'chef', 'presidente']);

/**
 * The person a leader's title stands for when the article introduced them under another leader's title of the same
 * country ("the Russian leader" for "Russian President Vladimir Putin", "le dirigeant russe" for "le président russe
 * Vladimir Poutine"): one person only, else undefined.
 */
function leaderOf(key: string, titles: ReadonlyMap<string, string>): string | undefined {
  const words = key.split(' ');
  if (words.length !== 2 || !words.some((w) => LEADER_HEADS.has(w))) return undefined;
  const country = words.find((w) => !LEADER_HEADS.has(w))!;
  const people = new Set(
    [...titles]
      .filter(([k]) => {
        const w = k.split(' ');
        return w.includes(country) && w.some((x) => LEADER_HEADS.has(x));
      })
      .map(([, name]) => name),
  );
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * The full name a phrase's last capitalised word stands for: a person named earlier with that word in their name ("Xi"
 * for "Xi Jinping", "both Xi" too); undefined when none or when two people share the word.
 */
function fullNameOf(phrase: string, entities: readonly EntityFinding[]): string | undefined {
  const word = /([\p{Lu}][\p{L}'’-]+)$/u.exec(phrase)?.[1];
  if (!word) return undefined;
  const names = new Set(
    entities
      .filter((e) => e.kind === 'person' && e.name.includes(' '))
      .map((e) => e.name)
      .filter((n) => n.split(/\s+/).includes(word)),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/** A capitalised word opening a sentence, read as part of the name that follows ("Both Xi", "But Lavrov"). */
const SENTENCE_OPENER = /^(?:Both|But|And|Then|While|As|When|After|Mais|Et|Puis)\s+/u;

/** Lookup key of a title phrase: folded, determiner removed. */
function titleKey(phrase: string): string {
  return fold(phrase.replace(DETERMINER, '')).replace(/\s+/g, ' ').trim();
}

/** Title phrases written right before a person's name ("le président ukrainien Volodymyr Zelensky"), by key. */
function titleMap(text: string, entities: readonly EntityFinding[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const before = text.slice(Math.max(0, e.start - 80), e.start);
    const m = TITLE_BEFORE_NAME.exec(before) ?? EN_TITLE_BEFORE_NAME.exec(before);
    if (m) map.set(titleKey(m[1]!), e.name);
  }
  return map;
}

/** Speech events of a sentence: its inverted attribution at the end, else the subject of its first speech verb. */
function sentenceEvents(
  text: string,
  [from, to]: Span,
  entities: readonly EntityFinding[],
  titles: ReadonlyMap<string, string>,
): SpeechEvent[] {
  const sentence = text.slice(from, to);
  let last: RegExpExecArray | undefined;
  INVERTED_END.lastIndex = 0;
  for (let m = INVERTED_END.exec(sentence); m; m = INVERTED_END.exec(sentence)) last = m;
  if (last && !last[1]) {
    const np = nounPhrase(text, from + last.index + last[0].length, to, entities);
    if (np && entities.some((e) => e.start >= np.start && e.end <= np.end)) {
      return [{ at: from + last.index, speaker: speakerOf(np, entities, titles) }];
    }
  }
  const subject = subjectBefore(text, from, to, entities, titles);
  if (subject?.speaker && entities.some((e) => e.kind === 'person' && e.name === subject.speaker)) {
    return [{ at: from, speaker: subject.speaker }];
  }
  return [];
}

/** An unquoted attributed statement ("the minister warned that …"), before it becomes a `Claim`. */
export interface ReportedSpeechFinding {
  /** Span of the attributed clause. */
  start: number;
  end: number;
  speaker?: string;
  speakerAsWritten?: string;
  /** Span of the subject naming the speaker as written. */
  subject: Span;
}

const EN_REPORTING =
  'said|says|added|told|warned|stated|explained|noted|insisted|declared|denied|denies|argued|claimed|announced|' +
  'stressed|acknowledged|confirmed|suggested|agreed|reiterated|predicted|signalled|signaled|cautioned|urged|' +
  'believed|believe|believes|reported|reports|feared|estimated|assessed|assess|hoped|hopes|vowed|' +
  'concluded|indicated|revealed|admitted|maintained|maintains|asserted|alleged|recalled|conceded|promised|' +
  'saying|adding|telling';
/** Reporting verbs that take a clause without "that": "X said the talks…" (not "told", which takes an object first). */
const EN_BARE =
  'said|says|added|warned|stated|explained|noted|insisted|declared|argued|claimed|announced|stressed|acknowledged|' +
  'confirmed|suggested|agreed|reiterated|predicted|believed|believes|feared|estimated|hoped|vowed|conceded|' +
  'reports|reported';
/** Words that open a bare reported clause after the verb ("said the talks", "said his troops"). */
const EN_CLAUSE_OPENER =
  'the|a|an|it|he|she|they|we|there|his|her|their|its|our|some|several|many|most|this|these|those|both|all|no|one|' +
  'two|three|four|five|six|seven|eight|nine|ten|powerful|russian|ukrainian|american|chinese|european|western|' +
  'french|german|british|danish|swedish|turkish|syrian|[\\d,.]+';
const MONTHS_AND_DAYS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|' +
  'September|October|November|December|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec';
/** French verbs of saying that take an infinitive or an adjective: "a dit comprendre", "s'est dit prêt". */
const FR_INFINITIVE =
  `(?:(?:${AUX})\\s+(?:${ADV}\\s+)*(?:dit|déclaré|affirmé|assuré|estimé|annoncé|indiqué|reconnu|nié|démenti)|` +
  `(?:dit|affirme|assure|estime|déclare))\\s+(?=(?:avoir|être|vouloir|pouvoir|devoir|ne\\s|n['’]|[\\p{Ll}]+(?:er|ir|re))\\s)|` +
  `(?:s['’]est|se sont|s['’]était)\\s+(?:${ADV}\\s+)*(?:dit|dite|dits|dites|déclaré|déclarée|déclarés|montré|montrée)\\s+(?=[\\p{Ll}])`;
/** Verbs whose complement, verb included, is what someone said: "accused X of …", "urged X to …". */
const EN_COMPLEMENT =
  'accused|urged|denied|described|threatened|called on|called for|demanded|vowed to|pledged to';
/** A day after a verb of saying, before a bare clause: "said Saturday the talks…", "said on Friday his troops…". */
const SAID_WHEN = `(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|later|earlier))?`;
/** A reporting verb followed by the clause it reports: "X warned (on Friday) that …", "X a prévenu que …". */
const REPORTING = new RegExp(
  `(?<![\\p{L}'’-])(?:(?:${AUX})\\s+(?:${ADV}\\s+)*(?:${PP})|(?:${PRESENT_SUBJECT}))\\s+(?:${ADV}\\s+)*(?:que|qu['’])\\s*|` +
    `(?<![\\p{L}'’-])(?:${EN_REPORTING})(?:\\s+(?:reporters|journalists|AFP|Reuters|[\\p{Ll}]+|[\\p{Lu}][\\p{L}]+|\\d+)){0,5}?\\s+that\\s+|` +
    `(?<![\\p{L}'’-])(?:(?:${EN_BARE})${SAID_WHEN}|told\\s+(?:him|her|them|reporters|journalists|(?:[\\p{Lu}][\\p{L}’'-]+\\s+){0,2}[\\p{Lu}][\\p{L}’'-]+))\\s+` +
    `(?=(?:${EN_CLAUSE_OPENER}|(?!(?:${MONTHS_AND_DAYS})(?![\\p{L}]))[\\p{Lu}][\\p{L}.’'-]+)\\s+[\\p{L}])|` +
    `(?<![\\p{L}'’-])(?:${FR_INFINITIVE})|` +
    `(?<![\\p{L}'’-])(?=(?:${EN_COMPLEMENT})\\s+[\\p{L}])`,
  'gu',
);
/** Words one of `REPORTING`'s forms needs: a cheap test that spares the full pattern most sentences. */
const REPORTING_HINT = new RegExp(
  `(?:que|qu['’]|${EN_REPORTING}|${EN_BARE}|told|${EN_COMPLEMENT}|dit|déclar|affirm|assur|estim|annonc|indiqu|reconn|nié|démenti|s['’]est|se sont|s['’]était)`,
  'iu',
);
/** An attribution closing a sentence that reports what comes before it: "…, X said." / "…, a déclaré X." */
const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s*(?:((?:[\\p{L}.’'-]+\\s+){0,8}?)(?:${EN_REPORTING}|told|${PRESENT_SUBJECT})(?:\\s+[^,.;:!?]{0,60})?(?:,\\s*(?:citing|quoting|adding|in)\\s[^.;!?]{0,80})?|` +
    `(?:(?:${AUX})\\s+(?:${ADV}\\s+)*(?:${PP})|(?:${PRESENT_SUBJECT}))\\s+([^,;:!?]{2,80}?))\\s*[.!?]?\\s*$`,
  'u',
);
/** "Selon X, …", "According to X, …", "Pour lui, …": the clause after the comma is X's. */
const LEADING_SOURCE = /^(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to|[Pp]our)\s+([^,.;:!?«»"“”]{2,60}),\s*/u;
const OPENING_MARK = /^["«“„‘']/u;
/**
 * A figure in a clause set before or after its source ("At least 23 people died, the governor said"): the figure is
 * the claim, with its attribution, not a statement of its own.
 */
const FIGURE = /\d/u;
/** Quotation marks: a clause holding a quotation is reported through the quote, not as reported speech. */
const QUOTE_MARK = /["«»“”„]/u;

/**
 * Finds reported speech: the clause after a reporting verb whose subject names a speaker ("the minister warned that
 * …", "la ministre a prévenu que …"), the clause before a closing attribution ("…, the minister said"), and the clause
 * after "selon X," / "according to X,", with "il"/"he" resolved to the last named speaker. A clause holding a
 * quotation is left to the quote.
 */
export function extractReportedSpeech(
  text: string,
  sentences: readonly Span[],
  entities: readonly EntityFinding[],
  quotes: readonly QuoteFinding[],
): ReportedSpeechFinding[] {
  const titles = titleMap(text, entities);
  const named = quotes.filter((q) => q.speaker).map((q) => ({ at: q.start, speaker: q.speaker! }));
  const out: ReportedSpeechFinding[] = [];
  const speakerFor = (
    subject: { text: string; start: number; end: number },
    at: number,
  ): string | undefined => {
    if (PRONOUN_SUBJECT.test(subject.text))
      return (
        [...named].reverse().find((n) => n.at < at && at - n.at < 2000)?.speaker ??
        lastPersonBefore(entities, at)
      );
    const speaker = speakerOf(subject, entities, titles);
    named.push({ at, speaker });
    named.sort((a, b) => a.at - b.at);
    return speaker;
  };
  const named_ = (subject: { text: string; start: number; end: number }): boolean =>
    PRONOUN_SUBJECT.test(subject.text) ||
    entities.some((e) => e.start >= subject.start && e.end <= subject.end) ||
    titles.has(titleKey(subject.text)) ||
    DETERMINED.test(subject.text) ||
    ROLE_SUBJECT.test(subject.text) ||
    entities.some((e) => e.kind === 'person' && e.end < subject.start && subject.start - e.end <= 2);
  const push = (
    start: number,
    end: number,
    subject: { text: string; start: number; end: number },
    at: number,
  ): void => {
    while (start < end && /[\s,]/.test(text[start]!)) start++;
    while (end > start && /[\s.,;:!?"»”]/.test(text[end - 1]!)) end--;
    const mark = QUOTE_MARK.exec(text.slice(start, end));
    if (mark) {
      const cut = /,?\s+(?:and|et|but|mais)\s+(?:[\p{Ll}]+\s+)?$/u.exec(
        text.slice(start, start + mark.index),
      );
      if (!cut) return;
      end = start + cut.index;
    }
    const clause = text.slice(start, end);
    if (clause.length < 12 || clause.includes('\n')) return;
    if (quotes.some((q) => q.start < end && q.end > start)) return;
    if (out.some((r) => r.start < end && r.end > start)) return;
    const speaker = speakerFor(subject, at);
    const second = /,?\s+(?:and that|et que|et qu['’])\s*/u.exec(clause);
    const parts: Span[] = second
      ? [
          [start, start + second.index],
          [start + second.index + second[0].length, end],
        ]
      : [[start, end]];
    for (const [s, e] of parts)
      out.push({
        start: s,
        end: e,
        ...(speaker ? { speaker } : {}),
        speakerAsWritten: subject.text,
        subject: [subject.start, subject.end],
      });
  };
  let lastSubject: { text: string; start: number; end: number } | undefined;
  for (const [from, to] of sentences) {
    const sentence = text.slice(from, to);
    if (sentence.includes('\n')) continue;
    const matches = REPORTING_HINT.test(sentence) ? [...sentence.matchAll(REPORTING)] : [];
    const before = out.length;
    matches.forEach((m, i) => {
      const verbAt = from + m.index!;
      const start = verbAt + m[0].length;
      if (OPENING_MARK.test(text.slice(start, start + 1))) return;
      if (quotes.some((q) => q.start <= start + 1 && q.end > start)) return;
      const next = matches[i + 1];
      let end = next ? from + next.index! : to;
      if (next) {
        const tail = /(?:,?\s+(?:and|et|but|mais)(?:\s+(?:also|aussi))?|,)\s*$/u.exec(text.slice(start, end));
        if (tail) end = start + tail.index;
      }
      const subject =
        subjectNp(text, from, verbAt) ??
        (i > 0 ? lastSubject : undefined) ??
        (/(?:,|\s(?:and|but|et|mais))\s*$/u.test(text.slice(from, verbAt))
          ? openingSubject(text, from, verbAt, entities)
          : undefined);
      if (!subject || !named_(subject)) return;
      lastSubject = subject;
      push(start, end, subject, verbAt);
    });
    if (out.length > before) continue;
    const lead = LEADING_SOURCE.exec(sentence);
    if (lead) {
      const npStart = from + lead[0].indexOf(lead[1]!);
      const np = trimNp(text, npStart, npStart + lead[1]!.length);
      if (np && named_(np) && !FIGURE.test(text.slice(from + lead[0].length, to)))
        push(from + lead[0].length, to, np, from);
      continue;
    }
    const trail = TRAILING_ATTRIBUTION.exec(sentence);
    if (trail) {
      const words = trail[1] ?? trail[2];
      if (words === undefined) continue;
      const npStart = from + trail.index + trail[0].indexOf(words);
      const np = trimNp(text, npStart, npStart + words.length);
      if (np && named_(np) && !FIGURE.test(text.slice(from, from + trail.index)))
        push(from, from + trail.index, np, from + trail.index);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The subject a sentence opens with, for a verb after "and"/"but" or a participle ("He gave no details but said…"): a
 * pronoun or a short phrase holding a name before the sentence's first verb-like lowercase word.
 */
function openingSubject(
  text: string,
  from: number,
  verbAt: number,
  entities: readonly EntityFinding[],
): { text: string; start: number; end: number } | undefined {
  const head = /^\s*(?:(il|elle|ils|elles|he|she|they)|((?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}))/u.exec(
    text.slice(from, verbAt),
  );
  if (!head) return undefined;
  const np = trimNp(text, from + head[0].length - head[0].trimStart().length, from + head[0].length);
  if (!np) return undefined;
  if (head[1]) return np;
  return entities.some((e) => e.kind !== 'place' && e.start >= np.start && e.start < np.end) ? np : undefined;
}

const PRONOUN_SUBJECT = /^(?:il|elle|ils|elles|on|he|she|they|it)$/iu;
const DETERMINED = /^(?:le|la|les|l['’]|un|une|des|the|a|an)\s/iu;
/** A bare plural or counted subject naming people who speak: "seismologists said", "one resident said". */
const ROLE_SUBJECT =
  /^(?:(?:one|many|some|several|two|other|[\p{L}-]+)\s+){0,3}(?:experts?|seismologists?|authorities|officials?|residents?|analysts?|diplomats?|witnesses|police|rescuers|scientists|sources?|observers|survivors?|spokesm[ae]n|lawmakers|leaders)(?:\s+(?:in|from|at|of)\s+[\p{Lu}][^,]*)?$/iu;

/**
 * The subject right before a reporting verb: from the last clause break to the verb, or from the one before when the
 * subject is an apposition between commas ("La ministre, Noor Vidal, a prévenu").
 */
const RELATIVE = /^(?:who|which|whose|qui|dont|où)\s/iu;

function subjectNp(
  text: string,
  from: number,
  verbAt: number,
): { text: string; start: number; end: number } | undefined {
  const clause = text.slice(from, verbAt);
  const breaks = [
    0,
    ...[
      ...clause.matchAll(
        /[,;:()]\s*|\s[-–—]\s+|(?<![\p{L}])(?:que|qu['’]|et|mais|ou|and|but|or|as|while|although|though)\s+/gu,
      ),
    ].map((x) => (x.index ?? 0) + x[0].length),
  ];
  let end = verbAt;
  for (let i = breaks.length - 1; i >= 0; i--) {
    const clauseStart = from + breaks[i]!;
    const adverbial =
      /\s+(?:on|in|at|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|also|later|then|previously|has|have|had)(?:\s+[\p{L}]+)?\s*$/iu.exec(
        text.slice(clauseStart, end),
      );
    if (adverbial) end = clauseStart + adverbial.index;
    const np = trimNp(text, clauseStart, end);
    const pronoun = np && /(?<![\p{L}])(?:he|she|they|il|elle|ils|elles)$/iu.exec(np.text);
    if (np && pronoun && pronoun.index > 0)
      return { text: pronoun[0], start: np.start + pronoun.index, end: np.end };
    if (np && !(i > 0 && RELATIVE.test(np.text))) return np;
    end = verbAt;
    if (!/,\s*$/.test(text.slice(from, clauseStart))) return undefined;
  }
  return undefined;
}
