import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cleanTitle,
  entryId,
  entryPath,
  municipalityFor,
  newsletterNumber,
  nextNumber,
  parseType,
  titleProblem,
  titleSlug,
} from './scaffold';
import { comment, joinOr, listValues, wrap, yamlString } from './yaml';

describe('titleSlug', () => {
  it('writes æ, ø and å as ae, o and a and joins words with hyphens', () => {
    expect(titleSlug('Nærvær i barnehagen')).toBe('naervaer-i-barnehagen');
    expect(titleSlug('Økt trivsel på Østre Toten')).toBe('okt-trivsel-pa-ostre-toten');
    expect(titleSlug('Å få gå tur igjen')).toBe('a-fa-ga-tur-igjen');
    expect(titleSlug('ÆRLIG TALT: «Ja» til heltid!')).toBe('aerlig-talt-ja-til-heltid');
    expect(titleSlug('Sámi giella og Tromsø')).toBe('sami-giella-og-tromso');
  });
});

describe('parseType', () => {
  it('accepts the five types, verktøy with ø, any case and the folder names', () => {
    expect(parseType('nyhetsbrev')).toBe('nyhetsbrev');
    expect(parseType('prosjekt')).toBe('prosjekt');
    expect(parseType('historie')).toBe('historie');
    expect(parseType('verktoy')).toBe('verktoy');
    expect(parseType('verktøy')).toBe('verktoy');
    expect(parseType('Verktøy')).toBe('verktoy');
    expect(parseType('samling')).toBe('samling');
    expect(parseType('prosjekter')).toBe('prosjekt');
    expect(parseType('historier')).toBe('historie');
    expect(parseType('samlinger')).toBe('samling');
  });

  it('rejects anything else', () => {
    expect(parseType(undefined)).toBeUndefined();
    expect(parseType('')).toBeUndefined();
    expect(parseType('kommune')).toBeUndefined();
    expect(parseType('prosjektt')).toBeUndefined();
  });
});

describe('titles', () => {
  it('cleans a title to one line with single spaces', () => {
    expect(cleanTitle('  Nærvær \n i   barnehagen ')).toBe('Nærvær i barnehagen');
  });

  it('explains in Norwegian why a title cannot be used', () => {
    expect(titleProblem('Nærvær i barnehagen')).toBeUndefined();
    expect(titleProblem('   ')).toBe('tittelen mangler');
    expect(titleProblem('Ja')).toContain('for kort');
    expect(titleProblem('?!?')).toContain('gir ikke noe filnavn');
  });
});

describe('entryId and entryPath', () => {
  it('uses the slug for projects, stories and tools', () => {
    expect(entryId('prosjekt', 'Nærvær i barnehagen', '2009-06-05')).toBe('naervaer-i-barnehagen');
    expect(entryId('historie', 'Å få gå tur igjen', '2009-06-05')).toBe('a-fa-ga-tur-igjen');
    expect(entryId('verktoy', 'Fraværssamtalen', '2009-06-05')).toBe('fravaerssamtalen');
  });

  it('puts year and month first for newsletters and gatherings, like the existing ones', () => {
    expect(entryId('nyhetsbrev', 'Månedsnytt nr. 14', '2009-09-01')).toBe('2009-09-manedsnytt-nr-14');
    expect(entryId('samling', 'Nettverkssamling Innlandet', '2010-02-15')).toBe('2010-02-nettverkssamling-innlandet');
  });

  it('refuses a date that is not YYYY-MM-DD and a title without letters or digits', () => {
    expect(() => entryId('prosjekt', 'Tittel', '5.6.2009')).toThrow();
    expect(() => entryId('prosjekt', '???', '2009-06-05')).toThrow();
  });

  it('places the file in the collection folder', () => {
    expect(entryPath('prosjekt', 'x')).toBe('prosjekter/x.md');
    expect(entryPath('historie', 'x')).toBe('historier/x.md');
    expect(entryPath('verktoy', 'x')).toBe('verktoy/x.md');
    expect(entryPath('samling', 'x')).toBe('samlinger/x.md');
    expect(entryPath('nyhetsbrev', 'x')).toBe('nyhetsbrev/x.md');
  });
});

describe('nextNumber', () => {
  it('is one more than the highest number in use, gaps or not', () => {
    expect(nextNumber([1, 2, 3])).toBe(4);
    expect(nextNumber([13, 1, 7])).toBe(14);
    expect(nextNumber(new Set([5]))).toBe(6);
  });

  it('starts at 1', () => {
    expect(nextNumber([])).toBe(1);
  });

  it('ignores values that are not positive whole numbers', () => {
    expect(nextNumber([2, Number.NaN, 2.5, -4])).toBe(3);
  });
});

describe('newsletterNumber', () => {
  it('reads nummer from the front matter', () => {
    expect(newsletterNumber('---\nnummer: 13\ndato: 2009-06-05\n---\nTekst')).toBe(13);
    expect(newsletterNumber('---\r\ntittel: X\r\nnummer: "7" # kommentar\r\n---\r\n')).toBe(7);
  });

  it('ignores nummer outside the front matter and files without it', () => {
    expect(newsletterNumber('---\ntittel: X\n---\nnummer: 99\n')).toBeUndefined();
    expect(newsletterNumber('nummer: 3\n')).toBeUndefined();
    expect(newsletterNumber('---\n  nummer: 3\n---\n')).toBeUndefined();
  });
});

describe('municipalityFor', () => {
  const ids = ['alstahaug', 'aurdal', 'nord-aurdal', 'verdal'];

  it('takes a municipality named in the title, the longest match first', () => {
    expect(municipalityFor('Heltid i Verdal', ids)).toBe('verdal');
    expect(municipalityFor('Nærvær i Nord-Aurdal', ids)).toBe('nord-aurdal');
  });

  it('matches whole words only, else takes the first id', () => {
    expect(municipalityFor('Verdalsøra skole', ids)).toBe('alstahaug');
    expect(municipalityFor('Nærvær', ids)).toBe('alstahaug');
    expect(municipalityFor('Nærvær', [])).toBeUndefined();
  });
});

describe('yamlString', () => {
  it('leaves a plain title plain', () => {
    expect(yamlString('Nærvær i barnehagen')).toBe('Nærvær i barnehagen');
    expect(yamlString('Hva nå? Trepartssamarbeidet etter programmet')).toBe(
      'Hva nå? Trepartssamarbeidet etter programmet',
    );
  });

  it.each([
    'Hva nå: veien videre',
    'Sitat # ikke kommentar',
    '2009',
    '2009-06-05',
    'yes',
    'null',
    '- liste',
    '"Sitert"',
    "'Sitert' igjen",
    '[Hakeparentes]',
    '{krøll}',
    '@bruker',
  ])('quotes %s', (text) => {
    expect(yamlString(text)).toMatch(/^".*"$/);
  });

  it.each([
    'Hva nå: veien videre',
    'Sitat # ikke kommentar',
    '2009',
    '2009-06-05',
    'ja',
    'yes',
    'nei',
    'on',
    '- liste',
    '"Sitert"',
    "'Sitert' igjen",
    '{krøll}',
    'Tekst med \\ og "',
    'Tab\there',
    '  mellomrom  ',
  ])('writes %j so that YAML 1.2 and 1.1 both read it back unchanged', (text) => {
    const scalar = yamlString(text);
    expect(parse(`v: ${scalar}`, { version: '1.2' }).v).toBe(text);
    expect(parse(`v: ${scalar}`, { version: '1.1' }).v).toBe(text);
  });
});

describe('comments', () => {
  it('wraps on spaces, never inside «» and keeps examples unchanged', () => {
    const text = comment(`${'ord '.repeat(40)}«npm run sjekk» og «  - » til slutt`, '  ', ['tiltak:', '  - Et tiltak']);
    const lines = text.split('\n');
    for (const line of lines) {
      expect(line.startsWith('  #')).toBe(true);
      expect(line.length).toBeLessThanOrEqual(96);
    }
    expect(text).toContain('«npm run sjekk»');
    expect(text).toContain('«  - »');
    expect(lines.slice(-2)).toEqual(['  # tiltak:', '  #   - Et tiltak']);
  });

  it('puts a long word on a line of its own rather than breaking it', () => {
    expect(wrap(`kort ${'x'.repeat(120)} kort`, '# ')).toEqual(['# kort', `# ${'x'.repeat(120)}`, '# kort']);
  });

  it('lists values with their labels when the label says more', () => {
    expect(
      listValues(['oppvekst', 'pleie-og-omsorg'], { oppvekst: 'Oppvekst', 'pleie-og-omsorg': 'Pleie og omsorg' }),
    ).toBe('oppvekst eller pleie-og-omsorg (Pleie og omsorg)');
    expect(joinOr(['a'])).toBe('a');
    expect(joinOr(['a', 'b', 'c'])).toBe('a, b eller c');
  });
});
