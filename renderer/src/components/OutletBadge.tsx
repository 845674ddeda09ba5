import type { CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatPercent, type Lang } from '../../../shared/format/index';
import { textColorOn } from '../../../shared/format/color';
import type { ArticleSummary, InferredOutlet } from '../../../shared/ipc/types';
import { useFictional } from './fictional';

/**
 * An outlet's name on its own colour, the same everywhere; "Unknown outlet" when there is no evidence, or "probably
 * AFP" (dashed, with its evidence) when copied text suggests one: an inference, never shown as the outlet itself.
 * In the demo folder the badge also says "fictional", so that even a cropped screenshot does not misattribute.
 */
export function OutletBadge({
  outlet,
  inferred,
}: {
  outlet: ArticleSummary['outlet'];
  inferred?: InferredOutlet | undefined;
}) {
  const { t, i18n } = useTranslation();
  const fictional = useFictional();
  const mark = fictional ? (
    <>
      {' '}
      <span className="fictional-mark">{t('demo.fictional')}</span>
    </>
  ) : null;
  if (outlet.id === 'unknown' && inferred) {
    const style = inferred.color
      ? ({ '--outlet-color': inferred.color, '--outlet-text': textColorOn(inferred.color) } as CSSProperties)
      : undefined;
    return (
      <span
        className="outlet-badge outlet-inferred"
        data-outlet="unknown"
        data-inferred={inferred.id}
        style={style}
        title={inferredEvidence(t, inferred, i18n.language as Lang)}
      >
        {t('shell.probablyOutlet', { outlet: inferred.name })}
        {mark}
      </span>
    );
  }
  const style = outlet.color
    ? ({ '--outlet-color': outlet.color, '--outlet-text': textColorOn(outlet.color) } as CSSProperties)
    : undefined;
  const name = outlet.id === 'unknown' ? t('shell.unknownOutlet') : outlet.name;
  return (
    <span className="outlet-badge" data-outlet={outlet.id} style={style} title={outlet.evidence}>
      {name}
      {mark}
    </span>
  );
}

/** "39 % of its text is in <file> (AFP): inferred from copied text, not stated by the article." */
export function inferredEvidence(t: TFunction, inferred: InferredOutlet, lang: Lang): string {
  return t('folder.inferredEvidence', {
    percent: formatPercent(inferred.share, lang),
    file: inferred.from,
    outlet: inferred.name,
  });
}
