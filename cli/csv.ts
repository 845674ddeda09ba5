import { inertCell } from './terminal-safe';

/**
 * One CSV record (RFC 4180: fields with a comma, quote or line break are quoted), ending with CRLF. Text that a
 * spreadsheet would run as a formula is made inert.
 */
export function csvLine(fields: readonly string[]): string {
  return `${fields
    .map(inertCell)
    .map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
    .join(',')}\r\n`;
}
