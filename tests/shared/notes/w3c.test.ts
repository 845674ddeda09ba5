import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorSpan } from '../../../shared/notes/anchor';
import { emptyAnnotationFile, type AnnotationFile, type Note } from '../../../shared/notes/model';
import {
  annotationCollectionSchema,
  codePointConverter,
  declaredSchemaVersion,
  fromW3c,
  spanFromCodePoints,
  spanToCodePoints,
  toCodePointOffset,
  toUtf16Offset,
  toW3c,
} from '../../../shared/notes/w3c';

const SHA = 'a'.repeat(64);
/** 𝔄 (U+1D504) and 😀 (U+1F600) take two UTF-16 code units each. */
const ASTRAL = 'Le 𝔄 dit 😀 puis « non » 😀.';

describe('code point offsets', () => {
  it('counts astral characters as one code point', () => {
    expect(toCodePointOffset(ASTRAL, 0)).toBe(0);
    expect(toCodePointOffset(ASTRAL, 3)).toBe(3);
    expect(toCodePointOffset(ASTRAL, 5)).toBe(4);
    expect(toCodePointOffset(ASTRAL, ASTRAL.length)).toBe([...ASTRAL].length);
    expect(toUtf16Offset(ASTRAL, 4)).toBe(5);
    expect(toUtf16Offset(ASTRAL, [...ASTRAL].length)).toBe(ASTRAL.length);
  });

  it('snaps an offset inside a surrogate pair to the pair start', () => {
    expect(toCodePointOffset(ASTRAL, 4)).toBe(3);
    expect(toUtf16Offset(ASTRAL, toCodePointOffset(ASTRAL, 4))).toBe(3);
  });

  it('clamps offsets beyond the text', () => {
    expect(toCodePointOffset('abc', 10)).toBe(3);
    expect(toUtf16Offset('abc', 10)).toBe(3);
  });

  it('converts a span of the emoji quote both ways', () => {
    const start = ASTRAL.indexOf('😀 puis');
    const span = [start, start + '😀 puis'.length] as const;
    const points = spanToCodePoints(ASTRAL, span);
    expect([...ASTRAL].slice(points[0], points[1]).join('')).toBe('😀 puis');
    expect(spanFromCodePoints(ASTRAL, points)).toEqual(span);
  });

  it('round-trips every offset that does not split a pair (property)', () => {
    const chars = fc.constantFrom('a', 'é', ' ', '😀', '𝔄', '\n', 'ß', '中');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let utf16 = 0;
        for (let points = 0; points <= parts.length; points++) {
          expect(toUtf16Offset(text, points)).toBe(utf16);
          expect(toCodePointOffset(text, utf16)).toBe(points);
          utf16 += parts[points]?.length ?? 0;
        }
      }),
    );
  });

  it('the bulk converter agrees with the offset functions on every offset (property)', () => {
    const units = fc.constantFrom('a', 'é', '😀', '𝔄', '\ud83d', '\ude00', ' ');
    fc.assert(
      fc.property(fc.array(units, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const converter = codePointConverter(text);
        for (let u = -1; u <= text.length + 1; u++)
          expect(converter.toCodePoints(u)).toBe(toCodePointOffset(text, u));
        for (let c = -1; c <= text.length + 1; c++) expect(converter.toUtf16(c)).toBe(toUtf16Offset(text, c));
      }),
    );
  });

  it('counts a lone surrogate as one code point', () => {
    const text = `a\ud83db`;
    expect(toCodePointOffset(text, 3)).toBe(3);
    expect(toUtf16Offset(text, 2)).toBe(2);
  });
});

/** A note on `quote` in `text` (first occurrence). */
function noteOn(id: string, text: string, quote: string, article = 'a.txt'): Note {
  const start = text.indexOf(quote);
  return {
    id,
    created: '2026-01-02T10:00:00.000Z',
    modified: '2026-01-02T10:05:00.000Z',
    tag: 'quote-cut',
    text: 'coupé',
    targets: [anchorSpan({ id: article, sha256: SHA, text }, [start, start + quote.length])],
  };
}

describe('W3C JSON', () => {
  const file: AnnotationFile = {
    ...emptyAnnotationFile(),
    notes: [noteOn('urn:uuid:1', ASTRAL, '« non »')],
    tombstones: [{ id: 'urn:uuid:0', deleted: '2026-01-01T00:00:00.000Z' }],
    tags: [{ id: 'propaganda', label: 'Propagande' }],
  };
  const textOf = (id: string, sha: string): string | undefined =>
    id === 'a.txt' && sha === SHA ? ASTRAL : undefined;

  it('writes an AnnotationCollection with both selectors, positions in code points', () => {
    const json = toW3c(file, textOf);
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json['recoupe:schemaVersion']).toBe(1);
    const item = json.items[0]!;
    expect(item.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'coupé', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'quote-cut' },
    ]);
    const target = item.target[0]!;
    expect(target.source).toEqual({ id: 'a.txt', type: 'Text', sha256: SHA });
    const [quote, position] = target.selector;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: '« non »' });
    const cpStart = [...ASTRAL.slice(0, ASTRAL.indexOf('«'))].length;
    expect(position).toEqual({ type: 'TextPositionSelector', start: cpStart, end: cpStart + 7 });
    expect(annotationCollectionSchema.safeParse(json).success).toBe(true);
  });

  it('reads back what it wrote, through JSON text', () => {
    const json = JSON.parse(JSON.stringify(toW3c(file, textOf))) as unknown;
    const back = fromW3c(json, textOf);
    expect(back).toEqual({ ok: true, file });
  });

  it('keeps positions as they are when the text version is unknown', () => {
    const json = toW3c(file, () => undefined);
    const back = fromW3c(JSON.parse(JSON.stringify(json)) as unknown, () => undefined);
    expect(back.ok && back.file.notes[0]!.targets[0]!.span).toEqual(file.notes[0]!.targets[0]!.span);
  });

  it('refuses files that break the schema, saying where', () => {
    const json = JSON.parse(JSON.stringify(toW3c(file, textOf))) as { items: { body: unknown[] }[] };
    json.items[0]!.body = [];
    const result = fromW3c(json, textOf);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain('items.0.body');
  });

  it('refuses two notes with the same id', () => {
    const twice = { ...file, notes: [file.notes[0]!, file.notes[0]!] };
    const result = fromW3c(JSON.parse(JSON.stringify(toW3c(twice, textOf))) as unknown, textOf);
    expect(result).toEqual({ ok: false, problem: 'two notes share the id urn:uuid:1' });
  });

  it('reads the declared schema version of any JSON', () => {
    expect(declaredSchemaVersion({ 'recoupe:schemaVersion': 7 })).toBe(7);
    expect(declaredSchemaVersion([1])).toBeUndefined();
    expect(declaredSchemaVersion(null)).toBeUndefined();
  });
});
