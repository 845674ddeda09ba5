import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCompareCommands } from '../../../../renderer/src/components/compare/use-compare-commands';
import { runCommand } from '../../../../renderer/src/hooks/use-commands';
import { installApi } from '../../helpers/fake-api';

describe('useCompareCommands', () => {
  it('runs the Compare menu on the view: difference steps, find, and each option toggled', () => {
    installApi({ on: () => () => undefined });
    const actions = { step: vi.fn(), openFind: vi.fn(), toggle: vi.fn() };
    renderHook(() => useCompareCommands(actions));
    runCommand('next-difference');
    runCommand('previous-difference');
    expect(actions.step.mock.calls).toEqual([[1], [-1]]);
    runCommand('find');
    expect(actions.openFind).toHaveBeenCalledTimes(1);
    for (const command of [
      'toggle-only-differences',
      'toggle-boilerplate',
      'toggle-ignore-case',
      'toggle-ignore-punctuation',
      'toggle-ignore-typography',
    ] as const)
      runCommand(command);
    expect(actions.toggle.mock.calls.flat()).toEqual([
      'onlyDifferences',
      'showBoilerplate',
      'ignoreCase',
      'ignorePunctuation',
      'ignoreTypography',
    ]);
    runCommand('zoom-in');
    expect(actions.toggle).toHaveBeenCalledTimes(5);
  });
});
