import { act, render, screen, waitFor } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRowFocus } from '../../../../renderer/src/components/compare/use-row-focus';

/** Two rows, the second drawn only once asked, and buttons that focus each. */
function Rows() {
  const container = useRef<HTMLDivElement>(null);
  const focusRow = useRowFocus(container);
  const [late, setLate] = useState(false);
  return (
    <>
      <button type="button" onClick={() => focusRow('one')}>
        first
      </button>
      <button
        type="button"
        onClick={() => {
          focusRow('two');
          setTimeout(() => setLate(true), 30);
        }}
      >
        second
      </button>
      <div ref={container}>
        <div data-key="one" tabIndex={-1}>
          row one
        </div>
        {late ? (
          <div data-key="two" tabIndex={-1}>
            row two
          </div>
        ) : null}
      </div>
    </>
  );
}

// jsdom has no CSS.escape; the keys here need no escaping.
beforeEach(() => vi.stubGlobal('CSS', { escape: (value: string) => value }));
afterEach(() => vi.unstubAllGlobals());

describe('useRowFocus', () => {
  it('focuses the row with the key asked for, waiting a few frames for a row not drawn yet', async () => {
    render(<Rows />);
    act(() => screen.getByRole('button', { name: 'first' }).click());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('row one'));
    act(() => screen.getByRole('button', { name: 'second' }).click());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('row two'));
  });
});
