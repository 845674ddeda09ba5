import type { BoilerplateKind, Span } from './model';

/** A boilerplate span with what it is. */
export interface BoilerplateMark {
  span: Span;
  kind: BoilerplateKind;
}

/** Boilerplate found in an article, and the facts it states. */
export interface BoilerplateFindings {
  marks: BoilerplateMark[];
  /** The title paragraph at the top (kept as content, not boilerplate), if any. */
  titleSpan?: Span;
  url?: string;
  credits?: string;
  byline?: string;
}

const URL_LINE = /^(?:(?:Source|Lien|URL|Link)\s*:\s*)?<?((?:https?:\/\/|www\.)[^\s<>]+)>?$/iu;
/** A photo caption ending with "( AGENCY / NAME )" or "( AGENCY / )". */
const CAPTION =
  /\(\s*(?:[\p{Lu}][\p{Lu}\p{N}&.-]{1,15}|Reuters|Sputnik|Getty Images|Bloomberg|Xinhua|Anadolu)(?:\s+[\p{Lu}\p{N}&.-]+)*\s*\/\s*[^()\n]{0,80}\)\s*$/u;
const PHOTO_CREDIT =
  /^(?:Photo|Photos|Crédit photo|Image|Illustration)\s*:\s*[^\n]{1,120}$|\((?:AP|AFP|Reuters) Photo\/[^()]{0,80}\)\s*$|©\s*[^\n]{1,80}$/u;
/** How the first alternative of PHOTO_CREDIT starts. */
const CREDIT_START = /^(?:Photo|Crédit photo|Image|Illustration)/u;
/** A wire slug such as "burs-alf-cjc/rle". */
const SLUG = /^[a-z]{2,6}(?:-[a-z]{2,6})*\/[a-z]{2,6}(?:-[a-z]{2,6})*$/u;
const CREDITS =
  /^\((?:Avec|Reportage|Rédigé|Rédaction|Version française|Édité|Edité|Édition|Traduction|Propos recueillis|Reporting|Additional reporting|Writing|Editing|With|Compiled|Translated)\b[^\n]*\)$/u;
const CREDITS_LINE =
  /^(?:[-–—]\s*)?(?:[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2} )?(?:avec|with|Avec|With) (?:AFP|Reuters|AP|Sputnik|TASS|RT|BBC)$/u;
const BYLINE =
  /^(?:Par|By|De notre (?:correspondant|envoyé spécial|envoyée spéciale)[^\n]{0,40})\s+[\p{Lu}][^\n.!?]{1,80}$/u;
/** "31.12.2021, Sputnik France": a date and an outlet name, ending a paragraph or standing alone. */
const STAMP = /(?:^|\s)(\d{1,2}\.\d{1,2}\.\d{4},\s*[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2})\s*$/u;
const PUBLISHED = /^(?:Publié|Mis à jour|Modifié|Published|Updated|Last updated)\b[^\n]{0,100}$/u;
const MAX_TOP = 6;
/** Longest paragraph considered as a title (or a repeated title). */
const MAX_TITLE = 300;
/** Captions and stamps end a paragraph: only this many final characters are searched. */
const TAIL = 200;

/** Finds the boilerplate paragraphs (or parts) of an article: URL lines, repeated titles, captions, slugs, credits, stamps. */
export function findBoilerplate(
  text: string,
  paragraphs: readonly Span[],
  metaTitle?: string,
): BoilerplateFindings {
  const marks: BoilerplateMark[] = [];
  const findings: BoilerplateFindings = { marks };
  const seenTop: string[] = [];
  const titleKey = metaTitle ? comparable(metaTitle) : undefined;
  let contentSeen = 0;
  paragraphs.forEach((span, index) => {
    const body = text.slice(span[0], span[1]);
    const atTop = contentSeen < 2 && index < MAX_TOP;
    const kind = classify(body, atTop);
    if (kind === 'url') {
      findings.url ??= URL_LINE.exec(body)?.[1];
      marks.push({ span, kind });
      return;
    }
    if (kind) {
      if (kind === 'credits') findings.credits ??= body.replace(/^\(|\)$/g, '').trim();
      if (kind === 'byline') findings.byline ??= body.replace(/^(?:Par|By)\s+/u, '').trim();
      marks.push({ span, kind });
      return;
    }
    if (atTop && body.length <= MAX_TITLE) {
      const key = comparable(body);
      if (seenTop.includes(key) || (findings.titleSpan && titleKey === key)) {
        marks.push({ span, kind: 'title-repeat' });
        return;
      }
      seenTop.push(key);
      if (
        !findings.titleSpan &&
        contentSeen === 0 &&
        (titleKey === key || looksLikeTitle(body, paragraphs.length - index))
      ) {
        findings.titleSpan = span;
        return;
      }
    }
    const stamp = index < MAX_TOP + 2 ? STAMP.exec(body.slice(-TAIL)) : null;
    if (stamp?.[1]) {
      const start = span[1] - (body.length - body.lastIndexOf(stamp[1]));
      marks.push({ span: [start, start + stamp[1].length], kind: 'stamp' });
    }
    contentSeen++;
  });
  return findings;
}

/** What boilerplate kind a whole paragraph is, if any. */
function classify(body: string, atTop: boolean): BoilerplateKind | undefined {
  if (URL_LINE.test(body)) return 'url';
  if (SLUG.test(body)) return 'slug';
  if (CREDITS.test(body) || CREDITS_LINE.test(body)) return 'credits';
  if (body.length <= 600 && isCaption(body)) return 'caption';
  if (body.length < 60 && STAMP.test(body)) return 'stamp';
  if (body.length <= 120 && PUBLISHED.test(body) && /\d/.test(body)) return 'stamp';
  if (atTop && BYLINE.test(body)) return 'byline';
  return undefined;
}

/**
 * True for a photo caption or credit. The patterns search every position of the paragraph, so they run only where
 * they can match: a paragraph ending with `)`, holding `©`, or starting as a credit does.
 */
function isCaption(body: string): boolean {
  const parenthesisEnd = body.trimEnd().endsWith(')');
  if (parenthesisEnd && CAPTION.test(body.slice(-TAIL))) return true;
  return (parenthesisEnd || body.includes('©') || CREDIT_START.test(body)) && PHOTO_CREDIT.test(body);
}

/** True for a short heading-like paragraph: no sentence end, few words, more text after it. */
function looksLikeTitle(body: string, remaining: number): boolean {
  if (remaining < 2 || body.length > 210) return false;
  const stripped = body.replace(/^#+\s*/u, '');
  const words = stripped.split(/\s+/).length;
  if (words > 25 || stripped.length > 200) return false;
  if (/\([^()]{2,40}\)\s*[-–—]/u.test(stripped)) return false;
  return !/[.…;,]$/u.test(stripped) || body.startsWith('#');
}

/** Text reduced for duplicate detection: NFC, collapsed spaces, lowercase, straight quotes. */
function comparable(body: string): string {
  return body
    .replace(/^#+\s*/u, '')
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
