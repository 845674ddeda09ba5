import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { DEFAULT_LEXICON, extendLexicon } from '../../../shared/claims/lexicon';
import type { Claim } from '../../../shared/claims/model';
import { articleFromText } from '../../helpers/claims-article';

const TEXT = [
  'Harbour master Ilse Brandt warned on Monday that the Kessel quay would stay closed until the inspection ends.',
  'She added that two tugboats had been damaged.',
  "La ministre des Transports, Noor Vidal, a prévenu que la ligne de ferry resterait fermée jusqu'à nouvel ordre.",
  'According to the port authority, the fire was reportedly caused by a faulty cable, an official said on condition of anonymity.',
  'Selon un responsable du port, les dégâts auraient été limités; the opposition called it a cover-up.',
].join('\n');

/** Claims of one kind in the fixture. */
const claimsOf = (kind: Claim['kind'], options = {}): Claim[] =>
  extractClaims(articleFromText('k.txt', TEXT), options).filter((c) => c.kind === kind);

describe('reported speech, attribution, sources and framing', () => {
  it('finds unquoted attributed statements with their speaker, pronouns resolved to the last named one', () => {
    expect(claimsOf('reported-speech').map((c) => [c.text.slice(0, 24), c.speaker])).toEqual([
      ['the Kessel quay would st', 'Ilse Brandt'],
      ['two tugboats had been da', 'Ilse Brandt'],
      ['la ligne de ferry rester', 'Noor Vidal'],
      ['the fire was reportedly ', 'the port authority'],
      ['les dégâts auraient été ', 'un responsable du port'],
    ]);
  });

  it('finds attribution and hedge markers in both languages', () => {
    expect(claimsOf('attribution').map((c) => c.text)).toEqual([
      'According to',
      'reportedly',
      'on condition of anonymity',
      'Selon',
      'auraient',
    ]);
  });

  it('finds who is cited: a named speaker, an agency after "according to", an anonymous official', () => {
    const sources = claimsOf('source').map((c) => c.text);
    expect(sources).toContain('Harbour master Ilse Brandt');
    expect(sources).toContain('the port authority');
    expect(sources).toContain('an official');
    expect(sources).toContain('un responsable du port');
  });

  it('finds framing words from a lexicon users extend, and the watched phrases', () => {
    expect(claimsOf('framing').map((c) => c.text)).toEqual([]);
    const lexicon = extendLexicon(DEFAULT_LEXICON, { framing: ['cover-up'] });
    expect(claimsOf('framing', { lexicon, watched: ['faulty cable'] }).map((c) => c.text)).toEqual([
      'faulty cable',
      'cover-up',
    ]);
  });
});

/** Reported speech of an English or French text of our own writing: clause and speaker. */
const reported = (text: string, language = 'en'): [string, string | undefined][] =>
  extractClaims(articleFromText('r.txt', text, { language }))
    .filter((c) => c.kind === 'reported-speech')
    .map((c) => [c.text, c.speaker]);

describe('reported speech: the forms newswires use', () => {
  it('reads the clause before a closing attribution', () => {
    expect(reported('The ferry will sail again on Friday, harbour master Ilse Brandt said.')).toEqual([
      ['The ferry will sail again on Friday', 'Ilse Brandt'],
    ]);
  });

  it('reads a clause without "that", after a day or after "told X"', () => {
    expect(
      reported(
        'Ilse Brandt said Tuesday the quay was safe. Ilse Brandt told Piet Oort the tugboats were ready.',
      ),
    ).toEqual([
      ['the quay was safe', 'Ilse Brandt'],
      ['the tugboats were ready', 'Ilse Brandt'],
    ]);
  });

  it('keeps two clauses joined by "and that" apart, with one speaker', () => {
    expect(
      reported('Ilse Brandt said that the quay was safe and that the ferries would sail on time.'),
    ).toEqual([
      ['the quay was safe', 'Ilse Brandt'],
      ['the ferries would sail on time', 'Ilse Brandt'],
    ]);
  });

  it('reads what someone accused or urged, the verb included', () => {
    expect(reported('The harbour master, Ilse Brandt, urged the crews to stay ashore until Monday.')).toEqual(
      [['urged the crews to stay ashore until Monday', 'Ilse Brandt']],
    );
  });

  it('reads French infinitives after a verb of saying', () => {
    expect(reported('La ministre Noor Vidal a dit comprendre la colère des marins du port.', 'fr')).toEqual([
      ['comprendre la colère des marins du port', 'Noor Vidal'],
    ]);
  });

  it('accepts people named by their role ("seismologists said")', () => {
    expect(reported('Along the coast, seismologists said two tremors had shaken the quay.')).toEqual([
      ['two tremors had shaken the quay', 'seismologists'],
    ]);
  });

  it('leaves a figure before its source to the figure and its attribution', () => {
    expect(reported('At least 23 boats sank in the storm, the harbour master said.')).toEqual([]);
  });

  it('leaves a clause that holds a quotation to the quote', () => {
    expect(reported('Ilse Brandt said the repairs had been “slow but steady” all week.')).toEqual([]);
  });
});

/** Sources of a text of our own writing. */
const sourcesOf = (text: string, language = 'en'): string[] =>
  extractClaims(articleFromText('s.txt', text, { language }))
    .filter((c) => c.kind === 'source')
    .map((c) => c.text);

describe('sources: who is cited', () => {
  it('cites the titled speaker of a quote, not a pronoun or a bare name', () => {
    const sources = sourcesOf(
      '“The quay is safe,” harbour spokesman Piet Oort told reporters. “We checked it twice,” he said. “Good,” Oort said.',
    );
    expect(sources).toEqual(['harbour spokesman Piet Oort']);
  });

  it('cites institutions and recordings from the lexicon', () => {
    const sources = sourcesOf(
      'The Coast Guard Committee opened an inquiry; Ilse Brandt spoke in an audio message.',
    );
    expect(sources).toContain('The Coast Guard Committee');
    expect(sources).toContain('an audio message');
  });

  it('does not start a source at a preposition', () => {
    expect(sourcesOf('Les marins ont parlé au cours d’une conférence de presse à Lorient.', 'fr')).toEqual(
      [],
    );
  });
});

/** Framing words of a text of our own writing. */
const framingOf = (text: string): string[] =>
  extractClaims(articleFromText('f.txt', text, { language: 'en' }))
    .filter((c) => c.kind === 'framing')
    .map((c) => c.text);

describe('framing: frames, not hypotheses', () => {
  it('does not read a feared or denied event as the outlet’s frame', () => {
    expect(
      framingOf('Fears of an invasion of the islands grew; the navy denies it plans to invade them.'),
    ).toEqual([]);
    expect(framingOf('The invasion of the islands began at dawn.')).toEqual(['invasion']);
    expect(framingOf('Talks on a de-escalation resumed; the navy wants to invade no one.')).toEqual([]);
  });

  it('reads frames made by a word’s form', () => {
    expect(
      framingOf('The rebel-held port backed the pro-Western mayor at a carefully orchestrated meeting.'),
    ).toEqual(['rebel-held', 'pro-Western', 'carefully orchestrated']);
    expect(framingOf('The crews unloaded anti-tank rockets.')).toEqual([]);
  });
});

describe('attribution to the media', () => {
  it('reads a newsroom reporting or quoting as an attribution, not a hedge', () => {
    const claims = extractClaims(
      articleFromText(
        'm.txt',
        'The quay reopened, the Harbour Gazette reported; Ilse Brandt was quoted by the Courier.',
        {
          language: 'en',
        },
      ),
    ).filter((c) => c.kind === 'attribution');
    expect(claims.map((c) => c.text)).toEqual(['reported', 'quoted by']);
  });
});
