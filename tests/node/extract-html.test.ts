import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../node/extract-html';

describe('extractHtml', () => {
  it('takes title, byline, date, canonical URL and site name from meta tags', () => {
    const { meta } = extractHtml(`<html><head><title>Titre | Site</title>
      <meta property="og:title" content="Le vrai titre"><meta name="author" content="Jo Lemaire">
      <meta property="article:published_time" content="2023-06-01T08:00:00Z">
      <link rel="canonical" href="https://exemple.org/article/1"><meta property="og:site_name" content="L'Exemple">
      </head><body><p>Un paragraphe.</p></body></html>`);
    expect(meta).toEqual({
      title: 'Le vrai titre',
      byline: 'Jo Lemaire',
      date: '2023-06-01T08:00:00Z',
      url: 'https://exemple.org/article/1',
      siteName: "L'Exemple",
    });
  });

  it('gives the title then the paragraphs separated by blank lines, without scripts, styles or handlers', () => {
    const { text } = extractHtml(`<html><head><title>Titre</title><style>p { color: red }</style></head><body>
      <script>var secret = "ne doit pas apparaître";</script>
      <p onclick="alert(1)">Premier paragraphe&nbsp;du texte, avec <a href="javascript:alert(2)">un lien</a>.</p>
      <noscript>Activez JavaScript</noscript><p>Second paragraphe.</p></body></html>`);
    expect(text).toBe('Titre\n\nPremier paragraphe du texte, avec un lien.\n\nSecond paragraphe.');
  });

  it('never drops the page to nothing when Readability finds no article', () => {
    expect(extractHtml('<p>Seulement une ligne.</p>').text).toBe('Seulement une ligne.');
  });
});
