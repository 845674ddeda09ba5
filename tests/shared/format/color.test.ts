import { describe, expect, it } from 'vitest';
import { contrastRatio, textColorOn } from '../../../shared/format/color';
import { defaultOutletRules, outletColor } from '../../../shared/article/outlet-rules';

describe('outlet badge colours', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('every badge, known or derived, reads at AA contrast for small bold text (4.5:1)', () => {
    const ids = [
      ...defaultOutletRules.outlets.map((o) => o.id),
      'unknown',
      'la-gazette-du-val',
      'x',
      'radio-nord',
    ];
    for (const id of ids) {
      const background = outletColor(id);
      expect(contrastRatio(background, textColorOn(background)), id).toBeGreaterThanOrEqual(4.5);
    }
  });
});
