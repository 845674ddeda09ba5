import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadingOverlay } from '../../../renderer/src/components/LoadingOverlay';

describe('LoadingOverlay', () => {
  afterEach(() => vi.useRealTimers());

  it('stays hidden for quick loads and shows progress after 200 ms', () => {
    vi.useFakeTimers();
    render(<LoadingOverlay progress={{ done: 3, total: 10 }} />);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(199);
    });
    expect(screen.queryByRole('status')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(2);
    });
    expect(screen.getByRole('status').textContent).toContain('3 of 10 files read');
  });

  it('offers Cancel when the folder can be cancelled', () => {
    vi.useFakeTimers();
    const onCancel = vi.fn();
    render(<LoadingOverlay progress={{ done: 3, total: 10 }} onCancel={onCancel} delayMs={0} />);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
