/**
 * Output that a crafted article cannot turn against the reader's terminal or spreadsheet: control characters shown
 * as visible pictures, JSON with every invisible control escaped, CSV cells that a spreadsheet would run as formulas
 * made inert.
 */

/** C0 controls other than tab and line feed, a carriage return not ending a line, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this module is for
const UNSAFE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/** JSON.stringify leaves these raw: DEL, the C1 controls (U+009B starts an escape sequence on many terminals), and the line separators. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

/** The visible picture of a control character: U+2400 + code for C0 (␛ for ESC, ␍ for CR), ␡ for DEL, � for C1. */
function pictureOf(control: string): string {
  const code = control.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Text for a terminal: every control character that could move the cursor, erase, retitle or hide becomes visible. */
export function neutraliseControls(text: string): string {
  return text.replace(UNSAFE_CONTROL, pictureOf);
}

/** JSON text of `value` with DEL, C1 controls and line separators written as `\u` escapes: same data, nothing raw. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    RAW_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A plain number as a spreadsheet reads one ("-5", "+3.2", "1,5"): left as it is. */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @ tab carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell a spreadsheet will not run: text starting like a formula gets a leading apostrophe, numbers stay numbers. */
export function inertCell(field: string): string {
  return FORMULA_START.test(field) && !NUMBER.test(field) ? `'${field}` : field;
}
