import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Find in both columns: the query, the position among the matches, previous, next and close. */
export function FindBar({
  query,
  index,
  count,
  onQuery,
  onStep,
  onClose,
}: {
  query: string;
  /** Position of the current match, or -1. */
  index: number;
  count: number;
  onQuery: (query: string) => void;
  onStep: (delta: 1 | -1) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const status = !query.trim()
    ? ''
    : count === 0
      ? t('compare.find.none')
      : t('compare.find.count', { n: index + 1, total: count });
  return (
    <div className="cmp-find" role="search" aria-label={t('compare.find.label')}>
      <input
        ref={input}
        type="search"
        className="cmp-find-input"
        aria-label={t('compare.find.label')}
        placeholder={t('compare.find.placeholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="small cmp-find-status" role="status">
        {status}
      </span>
      <button type="button" className="button" disabled={count === 0} onClick={() => onStep(-1)}>
        {t('compare.find.previous')}
      </button>
      <button type="button" className="button" disabled={count === 0} onClick={() => onStep(1)}>
        {t('compare.find.next')}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {t('compare.find.close')}
      </button>
    </div>
  );
}
