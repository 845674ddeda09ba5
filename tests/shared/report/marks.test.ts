import { describe, expect, it } from 'vitest';
import { renderMarkedText } from '../../../shared/report/marks';
import {
  DEFAULT_REPORT_OPTIONS,
  resolveReportOptions,
  reportOptionsSchema,
} from '../../../shared/report/options';

describe('renderMarkedText', () => {
  const text = 'xx Le port a rouvert <vite> hier soir. yy';
  const span = [3, 38] as const;

  it('renders a span as escaped text', () => {
    expect(renderMarkedText(text, span, [], [])).toBe('Le port a rouvert &#60;vite&#62; hier soir.');
  });

  it('wraps differences and highlights, nesting them piece by piece where they overlap, with the marker after the note', () => {
    const html = renderMarkedText(
      text,
      span,
      [{ start: 11, end: 20, kind: 'ins' }],
      [{ number: 4, span: [13, 27], at: 27, highlight: true }],
    );
    expect(html).toBe(
      'Le port <ins>a </ins><mark><ins>rouvert</ins></mark><mark> &#60;vite&#62;</mark><sup class="nref">[4]</sup> hier soir.',
    );
  });

  it('puts markers of notes without highlight at their place, and ignores markers outside the span', () => {
    const html = renderMarkedText(
      text,
      span,
      [],
      [
        { number: 2, span: [3, 38], at: 38, highlight: false },
        { number: 1, span: [3, 10], at: 10, highlight: false },
        { number: 9, span: [39, 41], at: 41, highlight: false },
      ],
    );
    expect(html).toBe(
      'Le port<sup class="nref">[1]</sup> a rouvert &#60;vite&#62; hier soir.<sup class="nref">[2]</sup>',
    );
  });

  it('does not decorate white space alone', () => {
    expect(renderMarkedText('a b', [0, 3], [{ start: 1, end: 2, kind: 'del' }], [])).toBe('a b');
  });
});

describe('report options', () => {
  it('fills defaults: A4 landscape, everything but boilerplate, French', () => {
    expect(resolveReportOptions()).toEqual(DEFAULT_REPORT_OPTIONS);
    expect(resolveReportOptions({ paper: 'letter', landscape: undefined })).toMatchObject({
      paper: 'letter',
      landscape: true,
    });
  });

  it('rejects unknown paper sizes and unknown fields', () => {
    expect(reportOptionsSchema.safeParse({ ...DEFAULT_REPORT_OPTIONS, paper: 'a3' }).success).toBe(false);
    expect(reportOptionsSchema.safeParse({ ...DEFAULT_REPORT_OPTIONS, colour: true }).success).toBe(false);
  });
});
