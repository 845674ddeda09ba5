import type { TargetScope } from '../../../../shared/notes/model';

/** Text picked in one column: half-open UTF-16 offsets into the article's text, and the words shown there. */
export interface PickedSpan {
  start: number;
  end: number;
  /** The picked words as displayed (separate paragraphs joined by a space), for the user to check. */
  quote: string;
}

/** What was picked in each column of the comparison (A on the left, B on the right). */
export type SidePicks = { a?: PickedSpan; b?: PickedSpan };

/** Text picked in one article for a note, before the note is saved. */
export interface DraftTarget extends PickedSpan {
  article: string;
  scope: TargetScope;
}

/** Attributes the compare view puts on every run of article text it draws (see `DiffText`). */
export const TEXT_START = 'data-text-start';
export const TEXT_END = 'data-text-end';

/** One run of text a range covers, in article offsets. */
interface Covered {
  start: number;
  end: number;
  text: string;
}

/** Characters of `element`'s text before the point (`node`, `offset`) inside it. */
function charsBefore(element: Element, node: Node, offset: number): number {
  const range = element.ownerDocument.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The part of one drawn run of text that a range covers, or null. */
function coveredPart(range: Range, element: HTMLElement): Covered | null {
  const from = Number(element.getAttribute(TEXT_START));
  const to = Number(element.getAttribute(TEXT_END));
  if (!Number.isInteger(from) || !Number.isInteger(to) || !range.intersectsNode(element)) return null;
  const text = element.textContent ?? '';
  const startIn = element.contains(range.startContainer)
    ? charsBefore(element, range.startContainer, range.startOffset)
    : 0;
  const endIn = element.contains(range.endContainer)
    ? charsBefore(element, range.endContainer, range.endOffset)
    : text.length;
  if (endIn <= startIn) return null;
  return { start: from + startIn, end: from + endIn, text: text.slice(startIn, endIn) };
}

/** Joins the runs of one side into one span, without the white space at either end; null when only space is left. */
function joinRuns(runs: Covered[]): PickedSpan | null {
  const sorted = runs.sort((x, y) => x.start - y.start).filter((r) => r.text.trim().length > 0);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  const lead = first.text.length - first.text.trimStart().length;
  const trail = last.text.length - last.text.trimEnd().length;
  let quote = '';
  let previous: Covered | null = null;
  for (const run of sorted) {
    if (previous && run.start !== previous.end) quote = `${quote.trimEnd()} `;
    quote += run.text;
    previous = run;
  }
  return { start: first.start + lead, end: last.end - trail, quote: quote.trim() };
}

/**
 * The text a selection covers in each column of the compare table `table`, in article offsets: a selection in one
 * column gives one side; one dragged across both columns (or several ranges) gives both. Text outside the columns'
 * article text (paragraph numbers, labels, note markers) is ignored.
 */
export function pickedSpans(selection: Selection | null, table: ParentNode | null): SidePicks {
  const picks: SidePicks = {};
  if (!selection || !table || selection.rangeCount === 0 || selection.isCollapsed) return picks;
  const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)).filter(
    (r) => !r.collapsed,
  );
  for (const side of ['a', 'b'] as const) {
    const runs: Covered[] = [];
    for (const element of table.querySelectorAll<HTMLElement>(`.cmp-cell.cmp-${side} [${TEXT_START}]`)) {
      for (const range of ranges) {
        const part = coveredPart(range, element);
        if (part) runs.push(part);
      }
    }
    const span = joinRuns(runs);
    if (span && span.end > span.start) picks[side] = span;
  }
  return picks;
}

/** The compare table of the window, where the columns' text is drawn. */
export function compareTable(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.cmp-table');
}

/** What the user has selected in the comparison right now. */
export function currentPicks(): SidePicks {
  return pickedSpans(document.getSelection(), compareTable());
}
