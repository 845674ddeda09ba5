import { useCallback, useRef, useState } from 'react';
import type { RevealTarget } from '../components/compare/CompareView';
import type { ComparePairState } from './use-compare-pair';

/** A span of an article's text to show in the comparison. */
export interface TextTarget {
  article: string;
  start: number;
  end: number;
}

/** The text the comparison should scroll to, and `show`, which opens a pair holding it and asks for it. */
export interface RevealState {
  reveal: RevealTarget | null;
  /** Shows `target`: in the open pair when it is there, else beside the open article (or beside `partner`). */
  show: (target: TextTarget, partner?: string) => void;
}

const pairKeyOf = (a: string | null, b: string | null): string => `${a ?? ''}\u0000${b ?? ''}`;

/**
 * Navigation from the claims and the concordance to the comparison. The request holds the pair it opened, and is
 * dropped as soon as the user opens another pair, so coming back later does not scroll again.
 */
export function useReveal(pair: ComparePairState): RevealState {
  const [request, setRequest] = useState<{ target: RevealTarget; pairKey: string } | null>(null);
  const seq = useRef(0);
  const { a, b } = pair.view;
  const current = pairKeyOf(a, b);

  // Dropped during render (React's pattern for state derived from a change), not in an effect that would run late.
  if (request && request.pairKey !== current) setRequest(null);

  const { select, compareWith } = pair;
  const show = useCallback(
    (target: TextTarget, partner?: string) => {
      let next: [string | null, string | null] = [a, b];
      if (target.article !== a && target.article !== b) {
        if (a && a !== target.article) {
          compareWith(target.article);
          next = [a, target.article];
        } else {
          select(target.article);
          next = [target.article, null];
          if (partner && partner !== target.article) {
            compareWith(partner);
            next = [target.article, partner];
          }
        }
      }
      seq.current += 1;
      setRequest({ target: { ...target, seq: seq.current }, pairKey: pairKeyOf(...next) });
    },
    [a, b, select, compareWith],
  );

  return { reveal: request && request.pairKey === current ? request.target : null, show };
}
