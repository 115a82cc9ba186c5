import { describe, expect, it } from 'vitest';
import { checkInvisible, hasInvisible, showInvisible } from './invisible';

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
