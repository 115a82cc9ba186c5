import { describe, expect, it } from 'vitest';
import { toolSchema } from './index';

const tool = {
  tittel: 'Verktøy',
  kategori: 'metode',
  sammendrag: 'Et verktøy med en lenke som må være en ekte nettadresse.',
};

describe('lenke in front matter', () => {
  it('accepts a full https address', () => {
    const r = toolSchema.safeParse({ ...tool, lenke: 'https://www.bedrekommune.no/' });
    expect(r.error?.issues).toBeUndefined();
  });
  it.each([
    ['javascript:alert(document.cookie)', '«javascript:»'],
    ['JAVASCRIPT:alert(1)', '«javascript:»'],
    ['java\tscript:alert(1)', 'https://'],
    ['data:text/html,<script>alert(1)</script>', '«data:»'],
    ['www.bedrekommune.no', 'https://'],
  ])('refuses %j', (lenke, words) => {
    const r = toolSchema.safeParse({ ...tool, lenke });
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path[0] === 'lenke');
    expect(issue?.message).toContain(words);
  });
});

describe('vedlegg.fil', () => {
  const withFile = (fil: string) => toolSchema.safeParse({ ...tool, vedlegg: [{ tittel: 'Mal', fil }] });
  it('accepts a file under /vedlegg/', () => {
    expect(withFile('/vedlegg/spc-mal.xlsx').error?.issues).toBeUndefined();
  });
  it.each([
    ['/vedlegg/..', '«..»'],
    ['/vedlegg/a\\..\\b', '\\'],
    ['/vedlegg/mal.csv?x=1', '?'],
    ['/vedlegg/%2e%2e', '%'],
    ['/vedlegg/mal\u202e.csv', 'usynlige'],
    ['javascript:alert(1)//vedlegg/x', '/vedlegg/filnavn'],
    ['/vedlegg/a/b', '/vedlegg/filnavn'],
  ])('refuses %j', (fil, words) => {
    const r = withFile(fil);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toContain(words);
  });
});
