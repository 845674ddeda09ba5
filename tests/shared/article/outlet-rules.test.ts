import { describe, expect, it } from 'vitest';
import rulesData from '../../../shared/article/outlet-rules.json';
import { detectOutlet } from '../../../shared/article/detect-outlet';
import {
  compileOutletRules,
  defaultOutletRules,
  outletColor,
  slugifyOutlet,
} from '../../../shared/article/outlet-rules';
import { parseArticle } from '../../../shared/article/parse-article';

const REQUIRED = [
  'reuters',
  'afp',
  'sputnik',
  'ap',
  'rt',
  'tass',
  'bbc',
  'le-monde',
  'dpa',
  'efe',
  'ansa',
  'belga',
  'ria-novosti',
  'interfax',
  'xinhua',
  'ukrinform',
  'nyt',
  'washington-post',
  'npr',
  'cnn',
  'le-figaro',
  'liberation',
  'france-24',
  'rfi',
  'euronews',
  'rfe-rl',
  'kyiv-post',
];

describe('outlet rules data', () => {
  it('covers the required outlets, each with its own colour', () => {
    const ids = defaultOutletRules.outlets.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
    const colours = defaultOutletRules.outlets.map((o) => o.color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('rejects rules with a bad pattern or id, naming the field', () => {
    const broken = structuredClone(rulesData) as { outlets: { id: string; dateline: string[] }[] };
    broken.outlets[0]!.dateline = ['(unclosed'];
    expect(() => compileOutletRules(broken)).toThrow(/dateline/);
    const badId = structuredClone(rulesData) as { outlets: { id: string }[] };
    badId.outlets[0]!.id = 'Not A Slug';
    expect(() => compileOutletRules(badId)).toThrow(/id/);
  });

  it('gives unknown outlets a deterministic colour from their id', () => {
    expect(outletColor('reuters')).toBe(defaultOutletRules.outlets.find((o) => o.id === 'reuters')!.color);
    expect(outletColor('la-gazette')).toMatch(/^#[0-9a-f]{6}$/);
    expect(outletColor('la-gazette')).toBe(outletColor('la-gazette'));
    expect(outletColor('la-gazette')).not.toBe(outletColor('le-courrier'));
    expect(outletColor('unknown')).toBe(defaultOutletRules.unknownColor);
    expect(slugifyOutlet('Le Courrier de l’Été')).toBe('le-courrier-de-l-ete');
  });
});

describe('outlet detection, French and English forms', () => {
  const outletOf = (text: string, url?: string): string =>
    parseArticle(url ? { id: 'x', text, meta: { url } } : { id: 'x', text }).outlet.id;
  const body = '\n\nSecond paragraph of the story with more details about what happened.';

  it.each([
    ['MOSCOW (Reuters) - Russia said on Thursday that talks would go ahead.', 'reuters'],
    ['PARIS (AFP) - Le gouvernement a annoncé mardi un nouveau plan.', 'afp'],
    ['WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.', 'ap'],
    ['MOSCOW, December 30. /TASS/. The Kremlin said the talks were constructive.', 'tass'],
    ['MOSCOU (Sputnik) - Le ministère a publié un communiqué jeudi.', 'sputnik'],
  ])('reads the dateline of %s', (lead, id) => {
    expect(outletOf(lead + body)).toBe(id);
  });

  it('reads credits, stamps and site URLs; a photo credit alone names no outlet', () => {
    expect(outletOf('A protester in the square. (AP Photo/Jane Doe)' + body)).toBe('unknown');
    expect(outletOf('Texte.\n\nAutre texte.\n\n(Reporting by Jan Novak; Editing by Ann Lee)')).toBe(
      'reuters',
    );
    expect(outletOf('Un texte.\n\nLa suite 12.03.2022, RT France' + body)).toBe('rt');
    expect(outletOf('https://www.bbc.com/news/world-123456' + body)).toBe('bbc');
    expect(
      outletOf('Un article sans marque.' + body, 'https://www.lemonde.fr/x/article/2022/01/02/y.html'),
    ).toBe('le-monde');
  });

  it("names a known site from the page's address, below any credit in the text, and a wire section by its path", () => {
    const read = (text: string, url: string): ReturnType<typeof parseArticle> =>
      parseArticle({ id: 'x', text, meta: { url } });
    const own = read('Un article sans signature.' + body, 'https://www.rtbf.be/article/x-123');
    expect(own.outlet).toMatchObject({ id: 'rtbf', source: 'metadata', siteOnly: true });
    expect(own.site).toBeUndefined();
    const carried = read('Kessel pier\nBy Reuters\n' + body, 'https://www.thetimes.co.uk/article/x');
    expect(carried.outlet).toMatchObject({ id: 'reuters', source: 'rule' });
    expect(carried.outlet.siteOnly).toBeUndefined();
    expect(carried.site).toBe('thetimes.co.uk');
    const wire = read(
      'A story without a credit.' + body,
      'https://www.dailymail.co.uk/wires/pa/article-1/x.html',
    );
    expect(wire.outlet).toMatchObject({ id: 'pa', evidence: expect.stringMatching(/^URL path /) });
    expect(wire.site).toBe('dailymail.co.uk');
    expect(read('Texte.' + body, 'http://www.lapresse.ca./actualites/x').outlet.id).toBe('la-presse');
  });

  it('names the site a "READ MORE" or "Source" link at the end sends the reader to', () => {
    expect(outletOf('A short excerpt.' + body + '\n\nREAD MORE: https://apnews.com/article/kessel-123')).toBe(
      'ap',
    );
    expect(outletOf('Un extrait.' + body + '\n\nSource : https://www.france24.com/fr/x')).toBe('france-24');
    expect(outletOf('An excerpt.' + body + '\n\nREAD MORE: Kessel closes its pier')).toBe('unknown');
  });

  it('does not take a mention for authorship', () => {
    expect(
      outletOf('The minister told Reuters on Monday that (Reuters) reporting was accurate.' + body),
    ).toBe('unknown');
    expect(
      outletOf(
        'Selon l’AFP, la réunion a eu lieu. Sputnik France et RT ont aussi rapporté la nouvelle.' + body,
      ),
    ).toBe('unknown');
  });

  it('prefers the strongest evidence when several outlets appear', () => {
    const outlet = detectOutlet({
      lead: 'PARIS (Reuters) - Texte',
      captions: ['Photo ( AFP / X )'],
      credits: [],
      stamps: [],
      slugs: [],
    });
    expect(outlet).toMatchObject({ id: 'reuters', source: 'rule' });
    expect(outlet.evidence).toMatch(/^dateline "PARIS \(Reuters\) -"/);
  });
});

describe('outlet from page metadata', () => {
  it('maps a site name to a known outlet when it names one', () => {
    expect(
      detectOutlet({ captions: [], credits: [], stamps: [], slugs: [], metaSiteName: 'Le Monde.fr' }),
    ).toMatchObject({
      id: 'le-monde',
      name: 'Le Monde',
      source: 'metadata',
    });
  });
});

describe('the authorship grammar over outlet names, wherever the opening puts it', () => {
  const read = (text: string): ReturnType<typeof parseArticle>['outlet'] =>
    parseArticle({ id: 'x.txt', text }).outlet;
  const story =
    'The harbour board of Kessel voted on Tuesday to close the old ferry pier for two years of repairs.\n' +
    'Work is due to start in the spring, a board member said after the vote.\n';

  it.each([
    ['a byline under the headline', 'Kessel closes its old pier\nBy The Associated Press\n' + story, 'ap'],
    [
      'a dated dateline after a headline and a caption',
      'Kessel closes its old pier\nThe old pier at dawn on Tuesday. Photo: harbour board\n' +
        'KESSEL, 4 mars (Reuters) - ' +
        story,
      'reuters',
    ],
    ['a place and agency line alone', 'Kessel closes its old pier\nKessel, Norland (AFP)\n' + story, 'afp'],
    ['a dateline glued to its sentence', 'KESSEL (Reuters) -The harbour board ' + story, 'reuters'],
    ['an agency opening the first paragraph', '(Belga) Le conseil du port a voté mardi.\n' + story, 'belga'],
    ['an agency closing the text', story + 'The pier opened in 1911, the board recalled. (dpa)', 'dpa'],
    [
      'a desk and agency closing the text',
      story + 'Repairs will cost about 40 million crowns. (JK/IANS)',
      'ians',
    ],
    ['writers with their agency', 'Kessel pier\nANNA LIND and TOM HALE | Associated Press\n' + story, 'ap'],
    [
      'a correspondent with a section tag',
      'Kessel pier\nOLE VIK, Nikkei Asia harbour correspondent | Europe\n' + story,
      'nikkei-asia',
    ],
    ['a provider line', 'information fournie par France 24 • 04/03/2025 à 10:12\n' + story, 'france-24'],
    ['a publisher line', 'Published by\nReuters UK\n' + story, 'reuters'],
    ['a closing contributor line', story + 'L.V. avec AFP', 'afp'],
    [
      'a reporting and editing credit',
      story + 'Reporting by Ole Vik in Kessel; Editing by Tom Hale',
      'reuters',
    ],
  ])('names the outlet of %s', (_, text, id) => {
    const outlet = read(text);
    expect(outlet.id).toBe(id);
    expect(outlet.source).toBe('rule');
    expect(outlet.evidence).toBeTruthy();
  });

  it("prefers the site's own name at the top to a contributor line at the end", () => {
    expect(read('BFMTV\nKessel ferme son vieux quai\n' + story + 'L.V. avec AFP').id).toBe('bfmtv');
  });

  it('never takes a citation, a photo credit or a name inside a sentence for authorship', () => {
    expect(read(story + 'The board chairman told AFP the vote was close.').id).toBe('unknown');
    expect(read('The old pier at dawn. (AP Photo/Ole Vik)\n' + story).id).toBe('unknown');
    expect(read('A board member said Reuters had asked about the cost.\n' + story).id).toBe('unknown');
    expect(read(story + 'The board, the harbour master and Reuters were present at the vote.').id).toBe(
      'unknown',
    );
  });
});
