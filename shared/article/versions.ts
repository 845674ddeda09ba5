import { compareDates } from './body';
import { findStatedDate } from './find-date';
import type { Article, Story } from './model';

/** Why one version is taken for the later one, as codes with their parameters (worded at the edges). */
export type VersionEvidence =
  /** Its time stamp ("Updated 14:05", "Mis à jour le 4 mars à 9h30") is later than the other's. */
  | { code: 'stamped-later'; article: string; stamp: string; other: string; otherStamp: string }
  /** Its date is later than the other's. */
  | { code: 'dated-later'; article: string; date: string; other: string; otherDate: string }
  /** It has this many paragraphs more: wire stories grow through the day. */
  | { code: 'paragraphs-added'; article: string; count: number; other: string }
  /** Nothing says which came first. */
  | { code: 'order-unknown' };

/** Two versions of one text: `later` is an update of `earlier` when `ordered`, else the order is not known. */
export interface VersionStep {
  earlier: string;
  later: string;
  ordered: boolean;
  evidence: VersionEvidence[];
}

/** The versions of one organisation's text in a folder, oldest first as far as the evidence orders them. */
export interface VersionSet {
  /** The outlet whose text it is. */
  outlet: { id: string; name: string };
  /** Article ids, oldest first (ties in file order). */
  articles: string[];
  /** Each pair of consecutive versions and why the second is the later one. */
  steps: VersionStep[];
}

/** Least share of one side's words the other keeps, word for word or reworded, for the two to be versions of one text. */
export const VERSION_MIN_KEPT = 0.3;
/** From this share of one side's words kept reworded, the pair is a rewrite, not one text carried twice. */
export const VERSION_MIN_REWORDED = 0.08;

/** What the versions need of a pair's comparison (`CompareStats` of A against B). */
export interface PairChanges {
  /** Share of A's words that B keeps word for word. */
  keptVerbatim: number;
  /** Share of A's words that B keeps reworded. */
  keptEdited: number;
  /** Paragraphs of A that B does not have. */
  droppedParagraphs: number;
  /** Paragraphs of B that A does not have. */
  addedParagraphs: number;
  /** Numbers of A replaced by another at the same place in B. */
  numbersChanged: number;
}

/**
 * The updates of one text among a folder's articles: pairs of one story and one organisation (stated in both, or
 * the same site) where one keeps at least VERSION_MIN_KEPT of the other, word for word or reworded, and whose
 * comparison shows a rewrite (VERSION_MIN_REWORDED of one side reworded, or one side kept whole with paragraphs added
 * and a word or number changed: the same text carried twice is a republication, not a version); chained into sets
 * and ordered by time stamps, then dates, then paragraphs added. Pure; `changes` compares a pair (A against B).
 */
export function findVersions(
  articles: readonly Article[],
  stories: readonly Pick<Story, 'articles'>[],
  changes: (a: Article, b: Article) => PairChanges | undefined,
): VersionSet[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const parent = new Map<string, string>();
  const linked = new Set<string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const story of stories) {
    const members = story.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (!sameOrganisation(a, b)) continue;
        const stats = changes(a, b);
        if (!stats || stats.keptVerbatim + stats.keptEdited < VERSION_MIN_KEPT || !rewritten(stats)) continue;
        const [x, y] = [root(a.id), root(b.id)].sort();
        if (x !== y) parent.set(y!, x!);
        linked.add(a.id).add(b.id);
      }
    }
  }
  const groups = new Map<string, Article[]>();
  for (const a of articles) {
    if (!linked.has(a.id)) continue;
    const r = root(a.id);
    groups.set(r, [...(groups.get(r) ?? []), a]);
  }
  const sets: VersionSet[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((x, y) => laterThan(x, y).order || (x.id < y.id ? -1 : 1));
    const steps = sorted.slice(1).map((later, i): VersionStep => {
      const earlier = sorted[i]!;
      const { order, evidence } = laterThan(later, earlier);
      return { earlier: earlier.id, later: later.id, ordered: order > 0, evidence };
    });
    const first = sorted[0]!;
    sets.push({
      outlet: { id: first.outlet.id, name: first.outlet.name },
      articles: sorted.map((a) => a.id),
      steps,
    });
  }
  return sets.sort((x, y) => (x.articles[0]! < y.articles[0]! ? -1 : 1));
}

/** True when a pair's comparison shows one text rewritten rather than carried twice. */
function rewritten(c: PairChanges): boolean {
  if (c.keptEdited >= VERSION_MIN_REWORDED) return true;
  const grown = (c.droppedParagraphs === 0) !== (c.addedParagraphs === 0);
  return grown && (c.numbersChanged > 0 || c.keptEdited > 0);
}

/** True when both articles are known to be one organisation's: the same outlet, stated or from the same site. */
function sameOrganisation(a: Article, b: Article): boolean {
  return a.outlet.id !== 'unknown' && a.outlet.id === b.outlet.id;
}

/** Positive when `a` is the later version of the pair, negative when `b` is, 0 when nothing says; with the evidence. */
function laterThan(a: Article, b: Article): { order: number; evidence: VersionEvidence[] } {
  const sa = timeStamp(a);
  const sb = timeStamp(b);
  const stampOrder = sa && sb ? compareStamps(sa, sb) : 0;
  if (sa && sb && stampOrder !== 0) {
    const [later, earlier, ls, es] = stampOrder > 0 ? [a, b, sa, sb] : [b, a, sb, sa];
    const evidence: VersionEvidence[] = [
      { code: 'stamped-later', article: later.id, stamp: ls.text, other: earlier.id, otherStamp: es.text },
    ];
    return { order: later === a ? 1 : -1, evidence };
  }
  if (a.date && b.date && compareDates(a.date, b.date) !== 0) {
    const order = compareDates(a.date, b.date);
    const [later, earlier] = order > 0 ? [a, b] : [b, a];
    const evidence: VersionEvidence[] = [
      {
        code: 'dated-later',
        article: later.id,
        date: later.date!,
        other: earlier.id,
        otherDate: earlier.date!,
      },
    ];
    return { order, evidence };
  }
  const count = a.paragraphs.length - b.paragraphs.length;
  if (count !== 0) {
    const [later, earlier] = count > 0 ? [a, b] : [b, a];
    const evidence: VersionEvidence[] = [
      { code: 'paragraphs-added', article: later.id, count: Math.abs(count), other: earlier.id },
    ];
    return { order: Math.sign(count), evidence };
  }
  return { order: 0, evidence: [{ code: 'order-unknown' }] };
}

/** "Updated 14:05", "Mis à jour le 04/03/2025 à 9h30", "Published 3:15 p.m.": a stamp line near the top. */
const STAMP_LINE =
  /^(?:Updated|Last updated|Published|Posted|Mis à jour|Modifié|Actualisé|Publié)\b[^\n]{0,100}?(\d{1,2})\s*(?::|h|H)\s*(\d{2})(?:\s*([ap])\.?\s*m\b\.?)?[^\n]{0,40}$/imu;
/** Lines at the top searched for a time stamp. */
const STAMP_LINES = 12;

/** A time stamp: its day when the line or the article states one, its time (`HH:MM`) and the line. */
interface Stamp {
  day?: string;
  time: string;
  text: string;
}

/** Compares two stamps by day when both have one and they differ, else by time. */
function compareStamps(a: Stamp, b: Stamp): number {
  const days = a.day && b.day ? compareDates(a.day, b.day) : 0;
  if (days !== 0) return days;
  return a.time < b.time ? -1 : a.time > b.time ? 1 : 0;
}

/** The latest time stamp among the article's first lines. */
function timeStamp(article: Article): Stamp | undefined {
  let best: Stamp | undefined;
  const lines = article.text
    .split('\n', STAMP_LINES * 4)
    .filter((l) => l.trim())
    .slice(0, STAMP_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    const m = STAMP_LINE.exec(line);
    if (!m) continue;
    let hour = Number(m[1]);
    if (m[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (m[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
    if (hour > 23 || Number(m[2]) > 59) continue;
    const day = findStatedDate(line) ?? article.date;
    const stamp: Stamp = { time: `${String(hour).padStart(2, '0')}:${m[2]}`, text: line };
    if (day) stamp.day = day;
    if (!best || compareStamps(stamp, best) > 0) best = stamp;
  }
  return best;
}
