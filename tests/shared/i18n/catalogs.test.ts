import { describe, expect, it } from 'vitest';
import { catalogs, translate } from '../../../shared/i18n/index';

/** Every dotted key of a nested catalog. */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Keys present in `a` and missing from `b`. */
function missingKeys(a: unknown, b: unknown): string[] {
  const inB = new Set(keys(b));
  return keys(a).filter((k) => !inB.has(k));
}

describe('catalogs', () => {
  it('French and English have exactly the same keys', () => {
    expect(missingKeys(catalogs.en, catalogs.fr)).toEqual([]);
    expect(missingKeys(catalogs.fr, catalogs.en)).toEqual([]);
  });

  it('the parity check catches a key missing in one language', () => {
    expect(missingKeys({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['a.c']);
  });

  it('no French string is empty', () => {
    const fr = keys(catalogs.fr);
    for (const key of fr) expect(translate('fr', key as Parameters<typeof translate>[1]).trim()).not.toBe('');
  });

  it('rejects an unknown key at compile time', () => {
    // @ts-expect-error: 'shell.nope' is not a catalog key, so the typecheck step fails if this line compiles.
    expect(translate('en', 'shell.nope')).toBe('shell.nope');
  });

  it('translates with parameters outside React', () => {
    expect(translate('fr', 'dialog.version', { version: '1.0' })).toBe('Version 1.0');
    expect(translate('en', 'errors.NOT_FOUND', { name: 'a.txt' })).toContain('“a.txt”');
  });
});
