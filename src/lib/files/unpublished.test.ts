import { describe, expect, it } from 'vitest';
import { isUnpublished, unpublishedFiles } from './unpublished';

const md = (rel: string, front: string, body = '') => ({ path: `c/${rel}`, rel, text: `---\n${front}\n---\n${body}` });

describe('files only unpublished entries use', () => {
  const entries = [
    md(
      'verktoy/utkast.md',
      'tittel: x\nutkast: true\nvedlegg:\n  - fil: /vedlegg/bare-utkast.pdf\n  - fil: /vedlegg/delt.pdf',
      'Se [malen](/vedlegg/mal%20ny.txt).',
    ),
    md('verktoy/publisert.md', 'tittel: y\nvedlegg:\n  - fil: /vedlegg/delt.pdf'),
    md('historier/utkast.md', 'utkast: true\nbilde:\n  src: ./bilder/hemmelig.jpg\n  alt: a'),
    md('historier/framtid.md', 'dato: 2999-01-01\nbilde:\n  src: ./bilder/framtid.jpg\n  alt: a'),
    md('historier/publisert.md', 'dato: 2008-01-01\nbilde:\n  src: ./bilder/felles.jpg\n  alt: a'),
    md('historier/utkast-2.md', 'utkast: true\nbilde:\n  src: ./bilder/felles.jpg\n  alt: a'),
  ];
  it('lists attachments and pictures that no published entry mentions', () => {
    expect(unpublishedFiles(entries, new Date('2026-01-01'))).toEqual({
      attachments: ['/vedlegg/bare-utkast.pdf', '/vedlegg/mal ny.txt'],
      pictures: ['historier/bilder/framtid.jpg', 'historier/bilder/hemmelig.jpg'],
    });
  });
  it('knows drafts and scheduled entries; gatherings are never scheduled', () => {
    const now = new Date('2026-01-01');
    expect(isUnpublished('prosjekter/a.md', { utkast: true }, now)).toBe(true);
    expect(isUnpublished('nyhetsbrev/a.md', { dato: '2030-01-01' }, now)).toBe(true);
    expect(isUnpublished('samlinger/a.md', { dato: '2030-01-01' }, now)).toBe(false);
    expect(isUnpublished('prosjekter/a.md', { utkast: false }, now)).toBe(false);
  });
});
