import chardet from 'chardet';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Thrown when bytes are not text (they contain NUL bytes and are not UTF-16). */
export class BinaryFileError extends Error {
  override name = 'BinaryFileError';
  constructor() {
    super('binary file (contains NUL bytes): not a text article');
  }
}

/** Decoded text, NFC with LF line ends, and the encoding it was read from. */
export interface Decoded {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `iso-8859-15`… */
  encoding: string;
  /** True when the bytes started with a byte-order mark (not part of `text`). */
  bom: boolean;
}

const SAMPLE = 8192;

/** Decodes a file's bytes: BOM, else UTF-16 by its zero bytes (before the binary check), else valid UTF-8, else chardet + iconv-lite. Throws BinaryFileError. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  if (bom) return finish(iconvDecode(bytes.subarray(bom.length), bom.encoding), bom.encoding, true);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.indexOf(0) !== -1) {
    const utf16 = detectUtf16(bytes);
    if (utf16) return finish(iconvDecode(bytes, utf16), utf16, false);
    throw new BinaryFileError();
  }
  if (isUtf8(buffer)) return finish(buffer.toString('utf8'), 'utf-8', false);
  const encoding = guessSingleByte(bytes);
  return finish(iconvDecode(bytes, encoding), encoding, false);
}

/** The BOM at the start of `bytes`, if any. */
function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Recognises UTF-16 without a BOM by its zero bytes: text in Latin scripts has a zero in every other byte
 * (odd positions for little-endian, even for big-endian). Runs before the binary check, which it would fail.
 */
function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Encodings chardet may report for non-Latin scripts, trusted when confident enough. */
const OTHER_SCRIPTS = new Set([
  'windows-1251',
  'koi8-r',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'windows-1253',
  'windows-1255',
  'windows-1256',
]);
const MULTI_BYTE = new Set(['shift_jis', 'big5', 'gb18030', 'euc-jp', 'euc-kr', 'iso-2022-jp']);

/**
 * The encoding of bytes that are not UTF-8. Latin-script text is read as windows-1252 (the superset of
 * ISO-8859-1 for printable text), or ISO-8859-15 when the euro sign sits at 0xA4 and no windows-1252-only byte
 * occurs; chardet decides only for other scripts, when it is confident (it misreads short French text as CJK).
 */
function guessSingleByte(bytes: Uint8Array): string {
  const top = chardet.analyse(bytes)[0];
  const name = top?.name.toLowerCase() ?? '';
  const confidence = top?.confidence ?? 0;
  if (OTHER_SCRIPTS.has(name) && confidence >= 40 && iconv.encodingExists(name)) return name;
  if (MULTI_BYTE.has(name) && confidence >= 60 && bytes.length >= 64 && iconv.encodingExists(name))
    return name;
  let c1 = false;
  let currency = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) c1 = true;
    else if (b === 0xa4) currency = true;
  }
  return currency && !c1 ? 'iso-8859-15' : 'windows-1252';
}

/** Decodes with iconv-lite (Node's TextDecoder is wrong for windows-1252). */
function iconvDecode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: false,
  });
}

/** Normalises decoded text: NFC, and CRLF or lone CR line ends to LF. */
function finish(raw: string, encoding: string, bom: boolean): Decoded {
  const lf = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return { text: lf.normalize('NFC'), encoding, bom };
}

/** Normalises text the way decoded files are: NFC with LF line ends. */
export function normalizeText(text: string): string {
  return finish(text, 'utf-8', false).text;
}
