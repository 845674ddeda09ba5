import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { articleFromText } from '../../helpers/claims-article';

/** The speakers of the quotes of a text of our own writing, in text order. */
const speakers = (text: string): (string | undefined)[] =>
  extractClaims(articleFromText('s.txt', text, { language: 'en' }))
    .filter((c) => c.kind === 'quote')
    .map((c) => c.speaker);

describe('speakers of quotes', () => {
  it('gives a quote that continues after "X said." to the same speaker', () => {
    expect(
      speakers(
        '“The quay will reopen soon,” Ilse Brandt said on Monday. “We are checking every cable first.”',
      ),
    ).toEqual(['Ilse Brandt', 'Ilse Brandt']);
  });

  it('reads a title with lowercase words before the name after the quote', () => {
    expect(speakers('“No ferry will sail tonight,” Harbour spokesman Piet Oort told reporters.')).toEqual([
      'Piet Oort',
    ]);
  });

  it('leaves a quote far from any attribution without a speaker', () => {
    expect(
      speakers(
        '“The quay will reopen soon,” Ilse Brandt said.\nThe ferries stayed in port for the whole of the week while the divers inspected the hull of each one in turn.\n“Nobody knows when,” a poster read.',
      )[1],
    ).not.toBe('Ilse Brandt');
  });
});

describe('speakers of quotes: pronouns, fragments, titles', () => {
  it('gives "…,” he said" to the person named last', () => {
    expect(
      speakers('Harbour master Ilse Brandt spoke on Monday.\n“The quay will reopen soon,” she said.'),
    ).toEqual(['Ilse Brandt']);
  });

  it('gives “what she called “…”” to the person named last', () => {
    expect(speakers('Ilse Brandt toured the quay, in what she called “a race against the tide”.')).toEqual([
      'Ilse Brandt',
    ]);
  });

  it('gives a fragment to the subject of a verb that is not a verb of saying', () => {
    expect(speakers('Ilse Brandt described the repairs as “slow but steady”.')).toEqual(['Ilse Brandt']);
  });

  it('gives a second fragment of one sentence to the speaker of the first', () => {
    expect(speakers('Ilse Brandt called the repairs “slow” and “expensive”.')).toEqual([
      'Ilse Brandt',
      'Ilse Brandt',
    ]);
  });

  it('reads the name before an apposition between commas', () => {
    expect(
      speakers('Ilse Brandt, standing on the quay, said the ferries would sail “within a week”.'),
    ).toEqual(['Ilse Brandt']);
  });

  it('reads "the spokesperson said" after a quote', () => {
    expect(speakers('“No ferry will sail tonight,” the spokesperson said.')).toEqual(['the spokesperson']);
  });

  it('resolves an English title to the person it introduced', () => {
    expect(
      speakers(
        'Harbour spokesman Piet Oort met the crews.\n“We are nearly done,” the harbour spokesman told reporters.',
      ),
    ).toEqual(['Piet Oort']);
  });

  it('resolves a first name alone to the full name written earlier', () => {
    expect(speakers('Wen Lihua arrived in Ostend.\n“The talks went well,” Wen said.')).toEqual(['Wen Lihua']);
  });
});

describe('speakers named by a leader’s title or an apposition', () => {
  it('resolves another leader’s title of the same country to the one person introduced', () => {
    expect(
      speakers('Norlandian President Ada Kvist arrived.\n“We will rebuild,” the Norlandian leader said.'),
    ).toEqual(['Ada Kvist']);
  });

  it('gives a statement to the person an apposition describes', () => {
    const claims = extractClaims(
      articleFromText(
        'a.txt',
        'Ada Kvist, présidente du conseil portuaire, a dit comprendre la colère des marins.',
        {
          language: 'fr',
        },
      ),
    );
    expect(claims.find((c) => c.kind === 'reported-speech')?.speaker).toBe('Ada Kvist');
  });
});

describe('speakers after a question, an indirect object or a channel', () => {
  it('reads the attribution opening the sentence after a quoted question', () => {
    expect(speakers('Ilse Brandt spoke first.\n“Who will pay for the quay?” Piet Oort said.')).toEqual([
      'Piet Oort',
    ]);
  });

  it('reads “lui a dit X” and “a affirmé sur Twitter le …”', () => {
    const french = (text: string): (string | undefined)[] =>
      extractClaims(articleFromText('f.txt', text, { language: 'fr' }))
        .filter((c) => c.kind === 'quote')
        .map((c) => c.speaker);
    expect(french('« Le quai rouvrira bientôt », lui a dit Anne Kervella.')).toEqual(['Anne Kervella']);
    expect(
      french('« Le quai rouvrira bientôt », a affirmé sur Twitter le maire de Lorient, Paul Dufresne.'),
    ).toEqual(['Paul Dufresne']);
  });
});
