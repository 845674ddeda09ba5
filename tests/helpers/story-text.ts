import type { Article } from '../../shared/article/model';
import { makeArticle } from './compare-article';

/** A small deterministic pseudo-random generator (mulberry32). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ra te vo su ne pa di ro fa zu le ti ba go ve ny cha ou an in é è'.split(' ');

/** Generated stories: made-up words, sentences and paragraphs, with articles copying, cutting, editing and adding. */
export class StoryGenerator {
  private readonly random: () => number;
  private readonly vocabulary: string[];

  constructor(seed: number) {
    this.random = randomSource(seed);
    this.vocabulary = Array.from({ length: 4000 }, () =>
      Array.from({ length: 1 + Math.floor(this.random() * 3) }, () => this.pick(SYLLABLES)).join(''),
    );
  }

  /** An element chosen at random. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  /** A word, frequent words more likely. */
  word(): string {
    return this.vocabulary[Math.floor(this.random() ** 2 * this.vocabulary.length)] as string;
  }

  /** A paragraph of about `words` words in sentences of 10–24 words. */
  paragraph(words: number): string {
    const sentences: string[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, 10 + Math.floor(this.random() * 15));
      const list = Array.from({ length: n }, () => this.word());
      const first = list[0] ?? 'ka';
      list[0] = first.charAt(0).toUpperCase() + first.slice(1);
      if (this.random() < 0.15)
        list.splice(1 + Math.floor(this.random() * (n - 1)), 0, String(Math.floor(this.random() * 5000)));
      sentences.push(`${list.join(' ')}.`);
      left -= n;
    }
    return sentences.join(' ');
  }

  /** The paragraphs of a first article of about `words` words. */
  original(words: number): string[] {
    return Array.from({ length: Math.max(1, Math.round(words / 50)) }, () =>
      this.paragraph(40 + Math.floor(this.random() * 20)),
    );
  }

  /** A later version of `source`: paragraphs cut, words edited, paragraphs added, merged and moved, kept near `words` words. */
  rewrite(source: readonly string[], words: number): string[] {
    const out: string[] = [];
    for (const paragraph of source) {
      const r = this.random();
      if (r < 0.15) continue;
      if (r < 0.35) out.push(this.edit(paragraph));
      else out.push(paragraph);
      if (this.random() < 0.12) out.push(this.paragraph(30 + Math.floor(this.random() * 30)));
    }
    if (out.length > 3 && this.random() < 0.5) {
      const at = 1 + Math.floor(this.random() * (out.length - 2));
      out.splice(at, 2, `${out[at] ?? ''} ${out[at + 1] ?? ''}`);
    }
    if (out.length > 4) {
      const [moved] = out.splice(Math.floor(this.random() * out.length), 1);
      out.push(moved ?? '');
    }
    while (countWords(out) < words * 0.9) out.push(this.paragraph(50));
    while (countWords(out) > words * 1.1 && out.length > 1)
      out.splice(Math.floor(this.random() * out.length), 1);
    return out;
  }

  /** A paragraph with a few words replaced. */
  edit(paragraph: string): string {
    const words = paragraph.split(' ');
    for (let i = 0; i < 3; i++) words[Math.floor(this.random() * words.length)] = this.word();
    return words.join(' ');
  }

  /**
   * A story of `count` articles of about `words` words each, in date order: the first is original, each later one
   * rewrites an earlier one chosen at random (so some copy copies).
   */
  story(count: number, words: number): Article[] {
    const texts: string[][] = [this.original(words)];
    for (let i = 1; i < count; i++) texts.push(this.rewrite(this.pick(texts), words));
    return texts.map((paragraphs, i) => ({
      ...makeArticle(paragraphs.join('\n\n'), {
        id: `article-${String(i).padStart(2, '0')}.txt`,
        outlet: `Outlet ${i}`,
      }),
      date: `2024-05-${String(1 + i).padStart(2, '0')}`,
    }));
  }
}

/** Words of a list of paragraphs. */
function countWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
}
