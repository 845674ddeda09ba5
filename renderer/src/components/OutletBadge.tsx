import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { textColorOn } from '../../../shared/format/color';
import type { ArticleSummary } from '../../../shared/ipc/types';

/** An outlet's name on its own colour, the same everywhere; "Unknown outlet" when there is no evidence. */
export function OutletBadge({ outlet }: { outlet: ArticleSummary['outlet'] }) {
  const { t } = useTranslation();
  const style = outlet.color
    ? ({ '--outlet-color': outlet.color, '--outlet-text': textColorOn(outlet.color) } as CSSProperties)
    : undefined;
  const name = outlet.id === 'unknown' ? t('shell.unknownOutlet') : outlet.name;
  return (
    <span className="outlet-badge" data-outlet={outlet.id} style={style} title={outlet.evidence}>
      {name}
    </span>
  );
}
