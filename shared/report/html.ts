/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A double-quoted CSS string holding `text`: quotes, backslashes, line breaks and `<` escaped (no `</style>` inside). */
export function cssString(text: string): string {
  const body = text.replace(/[\\"<\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${body}"`;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** HTML built by `escaped`, or markup made safe elsewhere (`markup`): `escaped` interpolates it as it is. */
export class Html {
  constructor(private readonly text: string) {}

  /** The HTML text. */
  toString(): string {
    return this.text;
  }
}

/** What `escaped` interpolates: text and numbers escaped, Html as it is, lists one after the other, nothing for `false`, null or undefined. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

/** The HTML of one interpolated value. */
function htmlOf(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(htmlOf).join('');
  if (value === false || value === null || value === undefined) return '';
  return escapeHtml(String(value));
}

/**
 * A template of HTML that escapes every interpolated value by default (see `HtmlValue`): escaped`<p>${text}</p>`.
 * (Not named `html`, which Prettier would take for markup to reformat, changing the document.)
 */
export function escaped(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  return new Html(strings.reduce((out, part, i) => out + htmlOf(values[i - 1]) + part));
}

/** Pieces of HTML one after the other with a separator between them (a line break, a comma). */
export function joinHtml(parts: readonly HtmlValue[], separator: string): Html {
  return new Html(parts.map(htmlOf).join(escapeHtml(separator)));
}

/** Markup already safe, made by a builder that escapes its own text (a paragraph's marked text, a badge). */
export function markup(safe: string): Html {
  return new Html(safe);
}
