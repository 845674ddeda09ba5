import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { KEY_STEP, PaneSeparator } from '../../../../renderer/src/components/layout/PaneSeparator';
import { PANE_LIMITS } from '../../../../shared/ipc/layout';

function renderSeparator(side: 'start' | 'end', shown = true) {
  const onWidth = vi.fn();
  const onToggle = vi.fn();
  render(
    <PaneSeparator
      side={side}
      controls="pane"
      width={300}
      shown={shown}
      label="Width of the pane"
      toggleLabel={shown ? 'Hide the pane' : 'Show the pane'}
      onWidth={onWidth}
      onToggle={onToggle}
    />,
  );
  return { onWidth, onToggle };
}

describe('the separator of a side pane', () => {
  it('is a separator with its value, moved by the arrow keys within the limits', () => {
    const { onWidth } = renderSeparator('start');
    const handle = screen.getByRole('separator', { name: 'Width of the pane' });
    expect(handle.getAttribute('aria-valuenow')).toBe('300');
    expect(handle.getAttribute('aria-valuemin')).toBe(String(PANE_LIMITS.min));
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(handle, { key: 'Home' });
    fireEvent.keyDown(handle, { key: 'End' });
    expect(onWidth.mock.calls).toEqual([
      [300 + KEY_STEP, true],
      [300 - 4 * KEY_STEP, true],
      [PANE_LIMITS.min, true],
      [PANE_LIMITS.max, true],
    ]);
  });

  it('widens the pane at the end when moved left (dragging: tests/e2e/layout.test.ts)', () => {
    const { onWidth } = renderSeparator('end');
    const handle = screen.getByRole('separator');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onWidth).toHaveBeenLastCalledWith(300 + KEY_STEP, true);
  });

  it('hides and shows the pane with a visible button or Enter', () => {
    const { onToggle } = renderSeparator('start');
    fireEvent.keyDown(screen.getByRole('separator'), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Hide the pane' }));
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('has only its button while the pane is hidden', () => {
    renderSeparator('start', false);
    expect(screen.queryByRole('separator')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show the pane' }).getAttribute('aria-expanded')).toBe('false');
  });
});
