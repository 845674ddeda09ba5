import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../shared/article/front-matter';
import { parseArticle } from '../../../shared/article/parse-article';
import { contentSpans } from '../../../shared/text/content';

const body =
  'Kessel closes its old pier\n\nThe harbour board of Kessel voted on Tuesday to close the old ferry pier for two years.\n\n' +
  'Work is due to start in the spring, a board member said after the vote.\n';

describe('readFrontMatter', () => {
  it('reads YAML front matter with quoted values', () => {
    const text = `---\ntitle: "Kessel pier to close"\ndate: 2025-03-04\nsource: AFP\ntags:\n  - harbour\n---\n${body}`;
    const front = readFrontMatter(text);
    expect(front?.fields).toMatchObject({ title: 'Kessel pier to close', date: '2025-03-04', source: 'AFP' });
    expect(text.slice(front!.span[1])).toBe(body);
  });

  it('reads plain key: value header lines and stops at the first line of prose', () => {
    const text = `url: https://www.example.org/kessel/pier\ndate: 2025-03-04\n${body}`;
    const front = readFrontMatter(text);
    expect(front?.fields).toEqual({ url: 'https://www.example.org/kessel/pier', date: '2025-03-04' });
    expect(text.slice(front!.span[1])).toBe(body);
  });

  it('finds nothing in a text that opens with prose or with an unknown key', () => {
    expect(readFrontMatter(body)).toBeUndefined();
    expect(readFrontMatter(`Warning: the pier is closed\n${body}`)).toBeUndefined();
    expect(readFrontMatter(`---\n${body}`)).toBeUndefined();
  });
});

describe('front matter in parseArticle', () => {
  it('is a metadata span, never prose, and feeds title, date, URL and outlet; text and offsets stay', () => {
    const text = `---\ntitle: Kessel pier to close\ndate: 2025-03-04\nsource: AFP\n---\n${body}`;
    const a = parseArticle({ id: 'pier.md', text });
    expect(a.text).toBe(text);
    expect(a.boilerplateKinds?.[0]).toBe('metadata');
    expect(a.title).toBe('Kessel pier to close');
    expect(a.date).toBe('2025-03-04');
    expect(a.outlet).toMatchObject({ id: 'afp', source: 'metadata' });
    const prose = contentSpans(a).map(([s, e]) => text.slice(s, e));
    expect(prose.join(' ')).not.toMatch(/source|title:|---/);
    expect(prose[0]).toBe('Kessel closes its old pier');
  });

  it('takes url and date header lines for metadata, not for the title', () => {
    const text = `url: https://www.reuters.com/world/kessel-pier\ndate: 2025-03-04\n${body}`;
    const a = parseArticle({ id: 'pier.txt', text });
    expect(a.title).toBe('Kessel closes its old pier');
    expect(a.url).toBe('https://www.reuters.com/world/kessel-pier');
    expect(a.outlet.id).toBe('reuters');
    expect(a.paragraphs.every(([s]) => s >= text.indexOf('Kessel closes'))).toBe(true);
  });
});

describe('the site that published a page', () => {
  const story = 'KESSEL, Norland (AP) — The harbour board voted on Tuesday to close the old ferry pier.\n';

  it("is the host of its address when the text is another organisation's", () => {
    const a = parseArticle({ id: 'pier.txt', text: `url: https://www.kessel-news.example/pier\n${story}` });
    expect(a.outlet.id).toBe('ap');
    expect(a.site).toBe('kessel-news.example');
  });

  it("is left out on the organisation's own site, and without an address", () => {
    expect(
      parseArticle({ id: 'p.txt', text: `url: https://apnews.com/article/pier\n${story}` }).site,
    ).toBeUndefined();
    expect(parseArticle({ id: 'p.txt', text: story }).site).toBeUndefined();
  });
});
