import { useTranslation } from 'react-i18next';

const ROW_KINDS = ['identical', 'edited', 'partial', 'paraphrase', 'onlyA', 'onlyB'] as const;

/** What the colours and marks of the compare view mean (in the toolbar's options menu). */
export function Legend() {
  const { t } = useTranslation();
  return (
    <section className="cmp-legend" aria-labelledby="cmp-legend-title">
      <h2 id="cmp-legend-title" className="cmp-more-title">
        {t('compare.legend.title')}
      </h2>
      <ul className="cmp-legend-list">
        {ROW_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`cmp-swatch sw-${kind}`} aria-hidden="true" />
            <strong>{t(`compare.kind.${kind}`)}</strong>
            <span>{t(`compare.legend.${kind}`)}</span>
          </li>
        ))}
        <li>
          <del className="diff-del">{t('compare.legend.deletedSample')}</del>
          <span>{t('compare.legend.deleted')}</span>
        </li>
        <li>
          <ins className="diff-ins">{t('compare.legend.insertedSample')}</ins>
          <span>{t('compare.legend.inserted')}</span>
        </li>
        <li>
          <strong className="diff-num">{t('compare.legend.numberSample')}</strong>
          <span>{t('compare.legend.number')}</span>
        </li>
        <li>
          <span className="cmp-hand">{t('compare.byHand')}</span>
          <span>{t('compare.legend.byHand')}</span>
        </li>
      </ul>
    </section>
  );
}
