import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BinaryFileError, decodeBytes } from '../../node/decode';

const ACCENTED = [...'éèêëàâäçùûüôöîïœæÉÈÀÇ€«»’…–—'];
const ASCII = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?\'"()-\n'];

/** French-like text: ASCII runs with accented letters between them, as in real articles. */
const frenchText = fc
  .array(
    fc.tuple(
      fc.constantFrom(...ACCENTED),
      fc.string({ unit: fc.constantFrom(...ASCII), minLength: 1, maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.map(([accent, ascii]) => accent + ascii).join(''));

/** Any text without NULs, lone surrogates, CR or a leading BOM (which decoding turns into LF or drops). */
const anyText = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/[\0\r\ufeff]/g, ''));

describe('decodeBytes', () => {
  it('decodes UTF-8 back to the same NFC text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(decodeBytes(new TextEncoder().encode(text)).text).toBe(text.normalize('NFC'));
      }),
    );
  });

  it('decodes UTF-16LE with a BOM back to the same NFC text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        const decoded = decodeBytes(bytes);
        expect(decoded.text).toBe(text.normalize('NFC'));
        expect(decoded.encoding).toBe('utf-16le');
      }),
    );
  });

  it('decodes windows-1252 back to the same NFC text', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        const decoded = decodeBytes(iconv.encode(text, 'windows-1252'));
        expect(decoded.text).toBe(text.normalize('NFC'));
      }),
    );
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const text = "L'été à Noël, près de la forêt.";
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le', bom: false });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(be)).toEqual({ text, encoding: 'utf-16be', bom: false });
  });

  it('strips a UTF-8 BOM, turns CRLF into LF and composes to NFC', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Cafe\u0301\r\nfin\rici', 'utf8'),
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Café\nfin\nici', encoding: 'utf-8', bom: true });
  });

  it("reads windows-1252 punctuation correctly (Node's own decoder does not)", () => {
    const decoded = decodeBytes(
      Buffer.from([0x93, 0x43, 0x27, 0x65, 0x73, 0x74, 0x20, 0xe9, 0x74, 0xe9, 0x94, 0x20, 0x80, 0x85]),
    );
    expect(decoded).toEqual({ text: "“C'est été” €…", encoding: 'windows-1252', bom: false });
  });

  it('tells ISO-8859-15 by its euro sign', () => {
    const decoded = decodeBytes(
      iconv.encode('Prix : 12 € pour la cuvée spéciale, très appréciée', 'iso-8859-15'),
    );
    expect(decoded.text).toBe('Prix : 12 € pour la cuvée spéciale, très appréciée');
    expect(decoded.encoding).toBe('iso-8859-15');
  });

  it('refuses binary data', () => {
    expect(() =>
      decodeBytes(
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      ),
    ).toThrow(BinaryFileError);
  });
});
