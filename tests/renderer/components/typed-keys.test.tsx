import { renderHook } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';

describe('typed translation keys in components', () => {
  it('accepts a known key and rejects an unknown one at compile time', () => {
    const { result } = renderHook(() => useTranslation());
    const { t } = result.current;
    expect(t('shell.openFolder')).toBe('Open folder');
    // @ts-expect-error: 'shell.opnFolder' is misspelt, so the typecheck step fails if this line compiles.
    expect(t('shell.opnFolder')).toBe('shell.opnFolder');
  });
});
