import { describe, expect, it } from 'vitest';
import { checkDuplicates } from './duplicates';
import { lineOfItem } from './lines';

describe('duplicate list values', () => {
  it('finds a repeated id and points at the second occurrence', () => {
    const yaml = '\ntittel: x\nkommuner:\n  - tana\n  - gjovik\n  - tana\nsektor: [oppvekst]\n';
    const [p, ...rest] = checkDuplicates(
      'f.md',
      { kommuner: ['tana', 'gjovik', 'tana'], sektor: ['oppvekst'] },
      (path) => lineOfItem(yaml, path, 1),
    );
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'f.md', line: 6, field: 'kommuner.2' });
    expect(p!.message).toContain('linje 4');
  });
  it('compares attachments by their file', () => {
    const data = {
      vedlegg: [
        { fil: '/vedlegg/a.pdf', tittel: 'A' },
        { fil: '/vedlegg/a.pdf', tittel: 'B' },
      ],
    };
    expect(checkDuplicates('f.md', data, () => undefined)[0]?.field).toBe('vedlegg.1.fil');
  });
  it('accepts distinct values and lists of objects', () => {
    expect(checkDuplicates('f.md', { a: ['x', 'y'], mål: [{ tekst: 'a' }, { tekst: 'a' }] }, () => 1)).toEqual([]);
  });
  it('finds the line of an item in a flow list on the field line', () => {
    expect(lineOfItem('\nkommuner: [tana, tana]\n', ['kommuner', 1], 1)).toBe(2);
  });
});
