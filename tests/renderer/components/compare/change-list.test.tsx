import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { alignRows, isDifference } from '../../../../shared/compare/view-rows';
import { applyCorrections } from '../../../../shared/compare/corrections';
import { compare } from '../../../../shared/compare/compare';
import { ChangeList, firstWords } from '../../../../renderer/src/components/compare/ChangeList';
import { storyPair } from '../../../helpers/compare-view-texts';

describe('the list of the differences', () => {
  it('cuts a text at a word after its first words', () => {
    const text =
      'Le conseil portuaire a voté mardi soir la fermeture du quai nord pour trois mois de travaux';
    expect(firstWords(text, 0, text.length, 40)).toBe('Le conseil portuaire a voté mardi soir…');
    expect(firstWords('  court   texte ', 0, 16)).toBe('court texte');
  });

  it('names each difference by its kind, outlet and first words, and jumps to it', () => {
    const { a, b } = storyPair();
    const rows = alignRows(applyCorrections(compare(a, b), [], a, b));
    const differences = rows.flatMap((row, i) => (isDifference(row) ? [i] : []));
    const onJump = vi.fn();
    render(
      <ChangeList
        rows={rows}
        differences={differences}
        texts={{ a: a.text, b: b.text }}
        names={{ a: 'Gazette', b: 'Courrier' }}
        current={differences[1] ?? -1}
        onJump={onJump}
      />,
    );
    const items = within(screen.getByRole('region', { name: 'Differences' })).getAllByRole('button');
    expect(items).toHaveLength(differences.length);
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
    expect(items[0]!.textContent).toMatch(/Gazette|Courrier/);
    fireEvent.click(items[0]!);
    expect(onJump).toHaveBeenCalledWith(differences[0]);
  });
});
