import { describe, expect, it } from 'vitest';
import { checkInvisible, checkInvisibleBody, hasInvisible, showInvisible } from './invisible';

describe('invisible characters', () => {
  it.each(['\u200B', '\u200E', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u0007', '\u0085', '\u2060', '\u{E0041}'])(
    'finds U+%s',
    (ch) => {
      expect(hasInvisible(`a${ch}b`)).toBe(true);
      expect(showInvisible(`a${ch}b`)).toMatch(/^a<U\+[0-9A-F]{4,5}>b$/);
    },
  );
  it('lets ordinary Norwegian text, soft hyphens, tabs and line breaks through', () => {
    expect(hasInvisible('Nærvær i hjemme\u00ADtjenesten\tog\nfravær – «ja»')).toBe(false);
  });
  it('names the field and line, and shows the character', () => {
    const [p] = checkInvisible('f.md', { tittel: 'ok', kommuner: ['tana\u200B'] }, (path) =>
      path[0] === 'kommuner' ? 3 : 2,
    );
    expect(p).toMatchObject({ file: 'f.md', line: 3, field: 'kommuner.0' });
    expect(p!.message).toContain('«tana<U+200B>»');
  });
  it('visits an aliased object once', () => {
    const shared = ['x\u202E'];
    expect(checkInvisible('f.md', { a: shared, b: shared }, () => 1)).toHaveLength(1);
  });
});

describe('invisible characters in a body', () => {
  it.each([
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200B',
    '\uFEFF',
  ])('refuses U+%s with the line counted in the file', (ch) => {
    const problems = checkInvisibleBody('f.md', `\nTekst.\nkonto 12${ch}34\n`, 9);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'f.md', line: 11, field: '(tekst)' });
    expect(problems[0]!.message).toContain(`«konto 12${showInvisible(ch)}34»`);
    expect(problems[0]!.message).toContain('forventet vanlig tekst uten usynlige tegn eller retningstegn');
    expect(problems[0]!.message).not.toContain(ch);
  });
  it('uses the same list of characters as the front matter', () => {
    const text = 'a\u2060b';
    expect(checkInvisibleBody('f.md', text, 1)).toHaveLength(hasInvisible(text) ? 1 : 0);
    expect(checkInvisibleBody('f.md', 'Nærvær i hjemme\u00ADtjenesten\tog – «ja»\r\nneste linje', 1)).toEqual([]);
  });
  it('shows the text around the character on a long line, and keeps a tag character whole', () => {
    const [p] = checkInvisibleBody('f.md', `${'x'.repeat(100)}\u{E0041}${'y'.repeat(100)}`, 5);
    expect(p!.line).toBe(5);
    expect(p!.message).toContain(`«...${'x'.repeat(30)}<U+E0041>${'y'.repeat(38)}...»`);
  });
  it('reports at most 20 lines and says so', () => {
    const problems = checkInvisibleBody('f.md', Array(30).fill('a\u200Bb').join('\n'), 1);
    expect(problems).toHaveLength(21);
    expect(problems[20]!.message).toContain('flere linjer');
  });
});
