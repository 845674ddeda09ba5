import chardet from 'chardet';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Thrown when bytes are not text (they contain NUL bytes and are not UTF-16). */
export class BinaryFileError extends Error {
  override name = 'BinaryFileError';
  constructor() {
    super('binary file (contains NUL bytes): not a text article');
  }
}

/** How the encoding was known: a byte-order mark, the page's own declaration, the bytes' form, or a statistical guess. */
export type EncodingEvidence = 'bom' | 'declared' | 'valid-utf-8' | 'utf-16-pattern' | 'guessed';

/** Decoded text, NFC with LF line ends, and the encoding it was read from. */
export interface Decoded {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `iso-8859-15`… */
  encoding: string;
  /** True when the bytes started with a byte-order mark (not part of `text`). */
  bom: boolean;
  /** How the encoding was known. */
  evidence: EncodingEvidence;
  /** How sure the reader is of the encoding, 0 to 1: 1 unless it was guessed. */
  confidence: number;
}

/** Options of `decodeBytes`. */
export interface DecodeOptions {
  /** The bytes are an HTML page: its declared charset (`<meta charset>`, `http-equiv`) is honoured. */
  html?: boolean;
}

/** Below this confidence a guessed encoding is reported to the user as a warning. */
export const LOW_ENCODING_CONFIDENCE = 0.5;

const SAMPLE = 8192;

/**
 * Decodes a file's bytes: BOM, else (HTML) the page's declared charset by the WHATWG prescan, else UTF-16 by the
 * pattern of its high bytes (before the binary check), else valid UTF-8, else a guess (chardet + iconv-lite) with
 * its confidence. Throws BinaryFileError.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = detectBom(bytes);
  if (bom) return finish(iconvDecode(bytes.subarray(bom.length), bom.encoding), bom.encoding, true, 'bom');
  const declared = options.html ? declaredEncoding(bytes) : undefined;
  if (declared) return finish(iconvDecode(bytes, declared), declared, false, 'declared');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16 = detectUtf16(bytes);
  if (utf16) return finish(iconvDecode(bytes, utf16), utf16, false, 'utf-16-pattern');
  if (buffer.indexOf(0) !== -1) throw new BinaryFileError();
  if (isUtf8(buffer)) return finish(buffer.toString('utf8'), 'utf-8', false, 'valid-utf-8');
  const guess = guessSingleByte(bytes);
  return finish(iconvDecode(bytes, guess.encoding), guess.encoding, false, 'guessed', guess.confidence);
}

/**
 * The charset an HTML page declares in its first 1,024 bytes (the WHATWG prescan, by html-encoding-sniffer), as
 * iconv-lite names it; undefined when it declares none or one iconv-lite does not know. (The prescan already reads a
 * declared UTF-16 as UTF-8, as the standard says: a UTF-16 page is recognised by its BOM or its bytes.)
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const name = sniffHtmlEncoding(bytes, { defaultEncoding: '' }).toLowerCase();
  return name && iconv.encodingExists(name) ? name : undefined;
}

/** The BOM at the start of `bytes`, if any. */
function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Recognises UTF-16 without a BOM by its high bytes. In UTF-16 text of one script the high byte of almost every
 * character is one of a few values (0 for Latin letters, spaces and punctuation, 0x04 for Cyrillic, 0x05 for Hebrew,
 * 0x06 for Arabic…), and some of them are 0 (spaces, digits, punctuation), while the low bytes vary; text in a
 * single-byte encoding or UTF-8 has no such column. Runs before the binary check, which UTF-16 would fail.
 */
function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return undefined;
  const even = new Map<number, number>();
  const odd = new Map<number, number>();
  for (let i = 0; i < n; i += 2) {
    even.set(bytes[i]!, (even.get(bytes[i]!) ?? 0) + 1);
    odd.set(bytes[i + 1]!, (odd.get(bytes[i + 1]!) ?? 0) + 1);
  }
  const pairs = n / 2;
  /** The column of high bytes: zeros among them, at most three values for nearly every pair, and no zero in the other column. */
  const isHighColumn = (column: Map<number, number>, other: Map<number, number>): boolean => {
    const zeros = column.get(0) ?? 0;
    const topThree = [...column.values()]
      .sort((a, b) => b - a)
      .slice(0, 3)
      .reduce((a, b) => a + b, 0);
    return (
      zeros >= pairs * 0.05 &&
      topThree >= pairs * 0.95 &&
      (other.get(0) ?? 0) <= pairs * 0.02 &&
      other.size > 8
    );
  };
  if (isHighColumn(odd, even)) return 'utf-16le';
  if (isHighColumn(even, odd)) return 'utf-16be';
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

/** Shorter texts give chardet too little to tell another script or Central European text from Western (it reads "é1é9n" as KOI8-R): they stay Western. */
const MIN_GUESS_BYTES = 64;
/** Bytes that windows-1250 and windows-1252 read as different letters needed before choosing windows-1250. */
const MIN_DIFFERING_LETTERS = 3;

/** For each byte 0x80–0xFF, whether windows-1250 and windows-1252 read it differently. */
const DIFFERS_1250_1252 = Array.from({ length: 128 }, (_, i) => {
  const byte = Buffer.from([0x80 + i]);
  return iconv.decode(byte, 'windows-1250') !== iconv.decode(byte, 'windows-1252');
});

/**
 * Bytes that windows-1250 reads as a letter and windows-1252 as a symbol or nothing (ą as ¹, ł as ³, Ł as £, ľ as ¾,
 * ż as ¿, ť as an unassigned byte): a Central European guess needs one of them besides chardet ranking a Central
 * European encoding first, so French text can never be read as Central European. (Hungarian text whose only such letters are
 * ő and ű, which windows-1252 reads as õ and û, stays a Western guess, with its confidence.)
 */
const CENTRAL_EUROPEAN_ONLY = Array.from({ length: 128 }, (_, i) => {
  const byte = Buffer.from([0x80 + i]);
  const letter = /\p{L}/u;
  return letter.test(iconv.decode(byte, 'windows-1250')) && !letter.test(iconv.decode(byte, 'windows-1252'));
});

/** Whether the bytes hold a letter only a Central European reading makes (see CENTRAL_EUROPEAN_ONLY). */
function hasCentralEuropeanOnlyLetter(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80 && CENTRAL_EUROPEAN_ONLY[b - 0x80]) return true;
  return false;
}

/** How many bytes windows-1250 and windows-1252 read differently. */
function lettersThatDiffer(bytes: Uint8Array): number {
  let count = 0;
  for (const b of bytes) if (b >= 0x80 && DIFFERS_1250_1252[b - 0x80]) count++;
  return count;
}

/** Central European encodings chardet reports; they differ from windows-1252 in the letters that matter (ř, ł, ő). */
const CENTRAL_EUROPEAN = new Set(['windows-1250', 'iso-8859-2']);
/** The Western encodings chardet reports for the same bytes. */
const WESTERN = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15']);

/**
 * The encoding of bytes that are not UTF-8, with chardet's confidence. Latin-script text is read as windows-1252
 * (the superset of ISO-8859-1 for printable text), or ISO-8859-15 when the euro sign sits at 0xA4 and no
 * windows-1252-only byte occurs; Central European text (windows-1250 with bytes in 0x80–0x9F, else ISO-8859-2)
 * when chardet ranks it clearly above every Western reading; chardet decides for other scripts only when it is
 * confident (it misreads short French text as CJK).
 */
function guessSingleByte(bytes: Uint8Array): { encoding: string; confidence: number } {
  const ranked = chardet.analyse(bytes);
  const top = ranked[0];
  const name = top?.name.toLowerCase() ?? '';
  const confidence = top?.confidence ?? 0;
  const sure = (encoding: string) => ({ encoding, confidence: Math.min(1, confidence / 100) });
  if (
    OTHER_SCRIPTS.has(name) &&
    confidence >= 40 &&
    bytes.length >= MIN_GUESS_BYTES &&
    iconv.encodingExists(name)
  )
    return sure(name);
  if (
    MULTI_BYTE.has(name) &&
    confidence >= 60 &&
    bytes.length >= MIN_GUESS_BYTES &&
    iconv.encodingExists(name)
  )
    return sure(name);
  let c1 = false;
  let currency = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) c1 = true;
    else if (b === 0xa4) currency = true;
  }
  const western = Math.max(
    0,
    ...ranked.filter((r) => WESTERN.has(r.name.toLowerCase())).map((r) => r.confidence),
  );
  const centralEuropean =
    CENTRAL_EUROPEAN.has(name) &&
    confidence >= 25 &&
    bytes.length >= MIN_GUESS_BYTES &&
    lettersThatDiffer(bytes) >= MIN_DIFFERING_LETTERS &&
    hasCentralEuropeanOnlyLetter(bytes);
  if (centralEuropean) return sure(c1 ? 'windows-1250' : 'iso-8859-2');
  return {
    encoding: currency && !c1 ? 'iso-8859-15' : 'windows-1252',
    confidence: Math.min(1, western / 100),
  };
}

/** Decodes with iconv-lite (Node's TextDecoder is wrong for windows-1252). */
function iconvDecode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: false,
  });
}

/**
 * A character outside the ranges where text is always in NFC (below U+0300, and U+2002–U+20CF: typographic spaces,
 * dashes, quotes, `…`, `€`; every pair of them checked): only text holding one needs the NFC pass, which otherwise
 * costs as much as decoding a large file.
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: every character below U+0300
const MAY_NEED_NFC = /[^\u0000-\u02ff\u2002-\u20cf]/;

/** Normalises decoded text: NFC, and CRLF or lone CR line ends to LF. */
function finish(
  raw: string,
  encoding: string,
  bom: boolean,
  evidence: EncodingEvidence,
  confidence = 1,
): Decoded {
  const lf = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const text = MAY_NEED_NFC.test(lf) ? lf.normalize('NFC') : lf;
  return { text, encoding, bom, evidence, confidence };
}

/** Normalises text the way decoded files are: NFC with LF line ends. */
export function normalizeText(text: string): string {
  return finish(text, 'utf-8', false, 'valid-utf-8').text;
}
