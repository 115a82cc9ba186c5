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
