import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_LIMITS, clampPaneWidth } from '../../../../shared/ipc/layout';

/** Pixels an arrow key moves a separator by; with Shift, four times as many. */
export const KEY_STEP = 16;

/** Symbols of the collapse buttons, hidden from screen readers (the buttons carry their names). */
const GLYPHS = { start: { hide: '‹', show: '›' }, end: { hide: '›', show: '‹' } } as const;

/**
 * The border between a side pane and the comparison: a separator dragged with the mouse or moved with the arrow keys
 * (Home and End for the narrowest and widest, Enter to hide or show the pane), and a visible button that hides or
 * shows the pane. `side` says where the pane is: at the start (the article list) or at the end (the side panel).
 */
export function PaneSeparator({
  side,
  controls,
  width,
  shown,
  label,
  toggleLabel,
  onWidth,
  onToggle,
}: {
  side: 'start' | 'end';
  /** The id of the pane it resizes. */
  controls: string;
  width: number;
  shown: boolean;
  label: string;
  /** The name of the button: what a click does now (hide or show the pane). */
  toggleLabel: string;
  /** A new width; `done` is true when a drag or a key press is over (the width to remember). */
  onWidth: (width: number, done: boolean) => void;
  onToggle: () => void;
}) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const sign = side === 'start' ? 1 : -1;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width };
  };
  const moved = (event: PointerEvent<HTMLDivElement>): number | null => {
    const start = drag.current;
    return start ? clampPaneWidth(start.width + sign * (event.clientX - start.x)) : null;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const next = moved(event);
    if (next !== null) onWidth(next, false);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>): void => {
    const next = moved(event);
    drag.current = null;
    if (next !== null) onWidth(next, true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = width + sign * step;
    else if (event.key === 'ArrowLeft') next = width - sign * step;
    else if (event.key === 'Home') next = PANE_LIMITS.min;
    else if (event.key === 'End') next = PANE_LIMITS.max;
    else if (event.key === 'Enter') {
      event.preventDefault();
      onToggle();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    onWidth(clampPaneWidth(next), true);
  };

  const toggle = (
    <button
      type="button"
      className="pane-toggle"
      aria-label={toggleLabel}
      title={toggleLabel}
      aria-expanded={shown}
      aria-controls={controls}
      onClick={onToggle}
    >
      <span aria-hidden="true">{shown ? GLYPHS[side].hide : GLYPHS[side].show}</span>
    </button>
  );
  return (
    <div className={`pane-sep pane-sep-${side}`} data-shown={shown ? 'true' : 'false'}>
      {shown ? (
        <div
          role="separator"
          className="pane-sep-handle"
          aria-label={label}
          aria-orientation="vertical"
          aria-controls={controls}
          aria-valuenow={width}
          aria-valuemin={PANE_LIMITS.min}
          aria-valuemax={PANE_LIMITS.max}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onKeyDown={onKeyDown}
        />
      ) : null}
      {toggle}
    </div>
  );
}
