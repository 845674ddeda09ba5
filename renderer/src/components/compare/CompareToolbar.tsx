import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareViewOptions, ViewToggle } from '../../../../shared/compare/view-state';
import { MENU } from '../../../../shared/menu';
import type { MenuCommand } from '../../../../shared/ipc/types';
import { displayAccelerator, runCommand } from '../../hooks/use-commands';
import { Legend } from './Legend';

/** Symbols drawn on buttons, hidden from screen readers (the buttons carry their names). */
const SWAP_GLYPH = '⇄';
const UP_GLYPH = '↑';
const DOWN_GLYPH = '↓';
const MORE_GLYPH = '▾';

/** The shortcut of a menu command as the user reads it, for tooltips. */
function shortcutOf(command: MenuCommand): string {
  for (const section of MENU) {
    for (const entry of section.entries) {
      if (entry.kind === 'command' && entry.command === command && entry.accelerator)
        return displayAccelerator(entry.accelerator);
    }
  }
  return '';
}

/** A tooltip: the label, and the shortcut in parentheses when there is one. */
function tip(label: string, command: MenuCommand): string {
  const keys = shortcutOf(command);
  return keys ? `${label} (${keys})` : label;
}

const TOGGLES: readonly {
  key: ViewToggle;
  label: 'ignoreCase' | 'ignorePunctuation' | 'ignoreTypography' | 'onlyDifferences' | 'boilerplate';
  command: MenuCommand;
}[] = [
  { key: 'ignoreCase', label: 'ignoreCase', command: 'toggle-ignore-case' },
  { key: 'ignorePunctuation', label: 'ignorePunctuation', command: 'toggle-ignore-punctuation' },
  { key: 'ignoreTypography', label: 'ignoreTypography', command: 'toggle-ignore-typography' },
  { key: 'onlyDifferences', label: 'onlyDifferences', command: 'toggle-only-differences' },
  { key: 'showBoilerplate', label: 'boilerplate', command: 'toggle-boilerplate' },
];

/** The compare view's toolbar, one row: pair actions, difference navigation, find, and the options menu (export too). */
export function CompareToolbar({
  options,
  onToggle,
  onSwap,
  onCompareWith,
  onStep,
  onFind,
  position,
  total,
  disabled,
  extra,
}: {
  options: CompareViewOptions;
  onToggle: (key: ViewToggle) => void;
  onSwap: () => void;
  onCompareWith: () => void;
  onStep: (delta: 1 | -1) => void;
  onFind: () => void;
  /** 1-based position of the current difference, 0 when none is current. */
  position: number;
  total: number;
  disabled: boolean;
  /** Controls the view adds at the end of the row (the granularity switch, the list of differences). */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="cmp-toolbar" role="toolbar" aria-label={t('compare.toolbarLabel')}>
      <div className="cmp-tool-group">
        <button
          type="button"
          className="button cmp-icon-only"
          title={tip(t('compare.swap'), 'swap-sides')}
          aria-label={t('compare.swap')}
          onClick={onSwap}
        >
          <span aria-hidden="true">{SWAP_GLYPH}</span>
        </button>
        <button
          type="button"
          className="button"
          title={tip(t('compare.compareWith'), 'compare-with')}
          onClick={onCompareWith}
        >
          {t('compare.compareWith')}
        </button>
      </div>
      <div className="cmp-tool-group">
        <button
          type="button"
          className="button cmp-icon-only"
          disabled={disabled}
          title={tip(t('compare.nav.previous'), 'previous-difference')}
          aria-label={t('compare.nav.previous')}
          onClick={() => onStep(-1)}
        >
          <span aria-hidden="true">{UP_GLYPH}</span>
        </button>
        <button
          type="button"
          className="button cmp-icon-only"
          disabled={disabled}
          title={tip(t('compare.nav.next'), 'next-difference')}
          aria-label={t('compare.nav.next')}
          onClick={() => onStep(1)}
        >
          <span aria-hidden="true">{DOWN_GLYPH}</span>
        </button>
        <span className="small cmp-position">
          {disabled
            ? ''
            : total === 0
              ? t('compare.nav.none')
              : position > 0
                ? t('compare.nav.count', { n: position, total })
                : t('compare.nav.total', { count: total })}
        </span>
      </div>
      <div className="cmp-tool-group">
        <button
          type="button"
          className="button"
          disabled={disabled}
          title={tip(t('compare.find.open'), 'find')}
          onClick={onFind}
        >
          {t('compare.find.open')}
        </button>
        {extra}
      </div>
      <div className="cmp-tool-group cmp-tool-end">
        <OptionsMenu options={options} onToggle={onToggle} />
      </div>
    </div>
  );
}

/** Export, the options of the comparison and the legend, behind one button; Escape or a click elsewhere closes it. */
function OptionsMenu({
  options,
  onToggle,
}: {
  options: CompareViewOptions;
  onToggle: (key: ViewToggle) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent): void => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const on = TOGGLES.filter((toggle) => options[toggle.key]).length;
  return (
    <div className="cmp-more" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={id}
        title={t('layout.moreLabel')}
        onClick={() => setOpen((current) => !current)}
      >
        {t('layout.more')}
        {on ? <span className="cmp-more-count">{on}</span> : null}
        <span aria-hidden="true">{MORE_GLYPH}</span>
      </button>
      <div id={id} className="cmp-more-panel" hidden={!open}>
        <button
          type="button"
          className="button cmp-more-export"
          title={tip(t('menu.exportPdf'), 'export-pdf')}
          onClick={() => {
            setOpen(false);
            runCommand('export-pdf');
          }}
        >
          {t('menu.exportPdf')}
          <span className="muted small">{shortcutOf('export-pdf')}</span>
        </button>
        <fieldset className="cmp-options">
          <legend className="cmp-more-title">{t('compare.optionsLabel')}</legend>
          {TOGGLES.map((toggle) => (
            <label
              key={toggle.key}
              className="cmp-check"
              title={tip(
                toggle.key === 'ignoreTypography'
                  ? t('compare.options.ignoreTypographyHelp')
                  : t(`compare.options.${toggle.label}`),
                toggle.command,
              )}
            >
              <input type="checkbox" checked={options[toggle.key]} onChange={() => onToggle(toggle.key)} />
              {t(`compare.options.${toggle.label}`)}
            </label>
          ))}
        </fieldset>
        <Legend />
      </div>
    </div>
  );
}
