import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { groupStories } from '../../../shared/article/stories';
import { findVersions } from '../../../shared/article/versions';
import { compare } from '../../../shared/compare/compare';

const realCopy = join(__dirname, '../../fixtures/real-copy');

/** The folder's versions as the app finds them: stories, then each pair of one organisation in a story compared. */
function versionsOf(articles: Article[]): ReturnType<typeof findVersions> {
  return findVersions(articles, groupStories(articles), (a, b) => compare(a, b).stats);
}

const fixture = (name: string): Article =>
  parseArticle({ id: `${name}.txt`, text: readFileSync(join(realCopy, `${name}.txt`), 'utf8') });

const lead =
  'LORVIK, Norland (Reuters) - Dock workers at the port of Lorvik walked out on Wednesday over a new shift pattern, ' +
  'halting the loading of three container ships, the port authority said.';
const second =
  'The union said the pattern would add two night shifts a month without extra pay and called for talks with the port.';
const third = 'A spokesperson for the port authority said the ships would sail as soon as the strike ended.';
const rewrittenLead =
  'LORVIK, Norland (Reuters) - A strike by dock workers at the port of Lorvik stretched into its second day on ' +
  'Thursday, leaving six container ships stuck at the quays, the port authority said.';
const added =
  'Talks between the union and the port are due to resume on Friday morning, the regional mediator said.';

describe('findVersions', () => {
  it('recognises a wire story and its update, the update later because paragraphs were added', () => {
    const [set, ...rest] = versionsOf([fixture('wire-update-2'), fixture('wire-update-1')]);
    expect(rest).toEqual([]);
    expect(set).toMatchObject({
      outlet: { id: 'ap' },
      articles: ['wire-update-1.txt', 'wire-update-2.txt'],
      steps: [
        {
          earlier: 'wire-update-1.txt',
          later: 'wire-update-2.txt',
          ordered: true,
          evidence: [{ code: 'paragraphs-added', article: 'wire-update-2.txt', count: 2 }],
        },
      ],
    });
  });

  it('orders a rewrite by its "Updated" time stamps, in English and French forms', () => {
    const early = parseArticle({
      id: 'b-first.txt',
      text: `Published 9:30 a.m.\n\n${lead}\n\n${second}\n\n${third}\n`,
    });
    const late = parseArticle({
      id: 'a-second.txt',
      text: `Updated 2:05 p.m.\n\n${rewrittenLead}\n\n${second}\n\n${third}\n\n${added}\n`,
    });
    const [set] = versionsOf([late, early]);
    expect(set?.articles).toEqual(['b-first.txt', 'a-second.txt']);
    expect(set?.steps[0]?.evidence[0]).toMatchObject({
      code: 'stamped-later',
      article: 'a-second.txt',
      stamp: 'Updated 2:05 p.m.',
      otherStamp: 'Published 9:30 a.m.',
    });
    const frEarly = {
      ...early,
      text: early.text.replace('Published 9:30 a.m.', 'Publié le 04/03/2025 à 9h30'),
    };
    const frLate = {
      ...late,
      text: late.text.replace('Updated 2:05 p.m.', 'Mis à jour le 04/03/2025 à 14h05'),
    };
    expect(versionsOf([frLate, frEarly])[0]?.articles).toEqual(['b-first.txt', 'a-second.txt']);
  });

  it('finds no versions in one text carried twice, nor between two organisations rewriting each other', () => {
    const text = `${lead}\n\n${second}\n\n${third}\n`;
    const twice = [parseArticle({ id: 'a.txt', text }), parseArticle({ id: 'b.txt', text })];
    expect(twice.map((a) => a.outlet.id)).toEqual(['reuters', 'reuters']);
    expect(versionsOf(twice)).toEqual([]);
    const other = parseArticle({
      id: 'c.txt',
      text: `${rewrittenLead.replace('(Reuters)', '(AFP)')}\n\n${second}\n\n${third}\n\n${added}\n`,
    });
    expect(versionsOf([twice[0]!, other])).toEqual([]);
  });
});
