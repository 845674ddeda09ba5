/** One CSV record (RFC 4180: fields with a comma, quote or line break are quoted), ending with CRLF. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')}\r\n`;
}
