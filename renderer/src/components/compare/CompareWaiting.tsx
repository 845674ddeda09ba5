import { useTranslation } from 'react-i18next';

/** What shows while the pair is compared (or its hand corrections applied), before the first rows. */
export function CompareWaiting({ correcting }: { correcting: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="cmp-waiting" role="status">
      <span className="cmp-spinner" aria-hidden="true" />
      <span>{correcting ? t('compare.correcting') : t('compare.comparing')}</span>
    </div>
  );
}
