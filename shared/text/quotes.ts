import type { Span } from '../article/model';

/** A quotation: where its opening and closing marks are (the closing mark's offset; the marks are one character). */
export interface Quote {
  open: number;
  close: number;
  /** 0 for an outer quote, 1 for a quote inside it ("« il a dit “non” »"), and so on. */
  depth: number;
}

/** Closing mark of each opening one; `"` closes itself. */
const CLOSING: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"' };

/**
 * The one quote finder: quotations in « », “ ”, „ “, ‹ › and "…" over `zones` (paragraphs, in order), nested
 * quotes included. A quote left open at the end of a zone runs on into the next one when that zone opens with the
 * same mark (the French and English way of quoting over several paragraphs); otherwise it is dropped.
 */
export function findQuotes(text: string, zones: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  let stack: { mark: string; at: number }[] = [];
  for (const [from, to] of zones) {
    let i = from;
    while (i < to && /\s/u.test(text[i]!)) i++;
    const outer = stack[0];
    if (outer && text[i] === outer.mark) i++;
    else stack = [];
    for (; i < to; i++) {
      const c = text[i]!;
      const top = stack[stack.length - 1];
      if (top && c === CLOSING[top.mark]) {
        stack.pop();
        quotes.push({ open: top.at, close: i, depth: stack.length });
      } else if (c in CLOSING && c !== '"') stack.push({ mark: c, at: i });
      else if (c === '"') {
        const inner = stack.findIndex((q) => q.mark === '"');
        if (inner < 0) stack.push({ mark: c, at: i });
        else {
          const open = stack[inner]!;
          stack = stack.slice(0, inner);
          quotes.push({ open: open.at, close: i, depth: stack.length });
        }
      }
    }
  }
  return quotes.sort((a, b) => a.open - b.open || a.depth - b.depth);
}

/** Marks (1) the words, given by their start offsets in text order, that stand inside an outer quotation of `zones`. */
export function quotedWords(text: string, zones: readonly Span[], starts: ArrayLike<number>): Uint8Array {
  const inside = new Uint8Array(starts.length);
  const outer = findQuotes(text, zones).filter((q) => q.depth === 0);
  let q = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    while (q < outer.length && outer[q]!.close < at) q++;
    const quote = outer[q];
    if (quote && quote.open < at && at < quote.close) inside[i] = 1;
  }
  return inside;
}
