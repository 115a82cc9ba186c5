import { describe, expect, it } from 'vitest';
import { formatSize, selectionLink } from './page';

const text = { button: 'Last ned utvalget som CSV', all: 'Last ned alle prosjektene som CSV' };

describe('selectionLink', () => {
  it('links a listing’s selection file with its size in whole kilobytes, rounded up', () => {
    expect(selectionLink({ href: '/data/utvalg/a.csv' }, { bytes: 2049 }, false, text)).toEqual({
      href: '/data/utvalg/a.csv',
      text: text.button,
      size: '3 kB',
    });
    expect(formatSize(1024)).toBe('1 kB');
  });

  it('links the whole table on the overview and nothing on a listing without a file', () => {
    expect(selectionLink(null, undefined, true, text)).toEqual({
      href: '/data/prosjekter.csv',
      text: text.all,
      size: null,
    });
    expect(selectionLink(null, undefined, false, text)).toBeNull();
  });
});
