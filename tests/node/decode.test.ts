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
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toMatchObject({
      text,
      encoding: 'utf-16le',
      bom: false,
      evidence: 'utf-16-pattern',
    });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeBytes(be)).toMatchObject({ text, encoding: 'utf-16be', bom: false });
  });

  it('strips a UTF-8 BOM, turns CRLF into LF and composes to NFC', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Cafe\u0301\r\nfin\rici', 'utf8'),
    ]);
    expect(decodeBytes(bytes)).toMatchObject({
      text: 'Café\nfin\nici',
      encoding: 'utf-8',
      bom: true,
      evidence: 'bom',
    });
  });

  it("reads windows-1252 punctuation correctly (Node's own decoder does not)", () => {
    const decoded = decodeBytes(
      Buffer.from([0x93, 0x43, 0x27, 0x65, 0x73, 0x74, 0x20, 0xe9, 0x74, 0xe9, 0x94, 0x20, 0x80, 0x85]),
    );
    expect(decoded).toMatchObject({
      text: "“C'est été” €…",
      encoding: 'windows-1252',
      bom: false,
      evidence: 'guessed',
    });
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

/** Own sentences in Czech, Polish and Slovak, with letters that windows-1252 reads as symbols (ť, ł, ą, ľ, š in ISO-8859-2). */
const CENTRAL_EUROPEAN = {
  cs: 'Předseda rady řekl ve středu, že jednání o přístavu v Kerlazi byla velmi obtížná. Příliš žluťoučký kůň úpěl ďábelské ódy.',
  pl: 'Burmistrz powiedział w środę, że rozmowy o porcie w Kerlazie były bardzo trudne. Zażółć gęślą jaźń, łódź płynie dalej.',
  sk: 'Starosta v stredu povedal, že rokovania o prístave v Kerlazi boli veľmi ťažké a potrvajú ešte týždeň. Ľudia čakajú.',
};

describe('decodeBytes: declared, Central European and UTF-16 text of any script', () => {
  it("honours an HTML page's declared charset, by <meta charset> and by http-equiv", () => {
    const czech = CENTRAL_EUROPEAN.cs;
    const page = (head: string) =>
      Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), iconv.encode(czech, 'iso-8859-2')]);
    const meta = decodeBytes(page('<meta charset="ISO-8859-2">'), { html: true });
    expect(meta).toMatchObject({ encoding: 'iso-8859-2', evidence: 'declared', confidence: 1 });
    expect(meta.text).toContain(czech);
    const equiv = decodeBytes(
      Buffer.concat([
        Buffer.from(
          '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><p>',
        ),
        iconv.encode('Мэр заявил в среду, что переговоры о порте были трудными.', 'windows-1251'),
      ]),
      { html: true },
    );
    expect(equiv).toMatchObject({ encoding: 'windows-1251', evidence: 'declared' });
    expect(equiv.text).toContain('переговоры о порте');
  });

  it('reads a declaration only in HTML, and a UTF-16 declaration as UTF-8 as the standard says', () => {
    const text = Buffer.from('<meta charset="iso-8859-2"><p>plain ascii text');
    expect(decodeBytes(text).evidence).toBe('valid-utf-8');
    const utf16Declared = decodeBytes(Buffer.from('<meta charset="utf-16"><p>été'), { html: true });
    expect(utf16Declared).toMatchObject({ text: '<meta charset="utf-16"><p>été', encoding: 'utf-8' });
  });

  it('reads Central European text as windows-1250 or ISO-8859-2, not windows-1252', () => {
    for (const sentence of Object.values(CENTRAL_EUROPEAN)) {
      for (const encoding of ['windows-1250', 'iso-8859-2']) {
        const decoded = decodeBytes(iconv.encode(sentence, encoding));
        expect(decoded.text, `${encoding}: ${sentence}`).toBe(sentence);
        expect(decoded.evidence).toBe('guessed');
      }
    }
  });

  it('still reads French windows-1252 as windows-1252', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        const decoded = decodeBytes(iconv.encode(text, 'windows-1252'));
        if (decoded.evidence === 'guessed')
          expect(['windows-1252', 'iso-8859-15']).toContain(decoded.encoding);
      }),
    );
  });

  it('recognises UTF-16 without a BOM in Cyrillic, Greek and Hebrew, in both byte orders', () => {
    const samples = [
      'Мэр заявил в среду, что переговоры о порте были трудными, 12 часов подряд.',
      'Ο δήμαρχος δήλωσε την Τετάρτη ότι οι συνομιλίες για το λιμάνι ήταν δύσκολες.',
      'ראש העיר אמר ביום רביעי שהשיחות על הנמל היו קשות מאוד.',
    ];
    for (const text of samples) {
      const le = decodeBytes(Buffer.from(text, 'utf16le'));
      expect(le).toMatchObject({ text, encoding: 'utf-16le', evidence: 'utf-16-pattern' });
      const be = Buffer.from(text, 'utf16le').swap16();
      expect(decodeBytes(be)).toMatchObject({ text, encoding: 'utf-16be' });
    }
  });

  it('gives a guessed encoding its confidence and every other one 1', () => {
    expect(decodeBytes(Buffer.from('plain text')).confidence).toBe(1);
    const guessed = decodeBytes(iconv.encode(CENTRAL_EUROPEAN.cs, 'windows-1250'));
    expect(guessed.confidence).toBeGreaterThan(0);
    expect(guessed.confidence).toBeLessThan(1);
  });
});
