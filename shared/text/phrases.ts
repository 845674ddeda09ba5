/** Escapes a string for use inside a regular expression. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern finding any of `phrases` as whole words, in any case, with ' and ’ and - and spaces interchangeable,
 * longest phrase first; undefined for an empty list.
 */
export function phrasePattern(phrases: readonly string[]): RegExp | undefined {
  const alternatives = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/['’]/g, "['’]").replace(/-|\s+/g, '[\\s-]+'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
