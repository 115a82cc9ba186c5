import { describe, expect, it } from 'vitest';
import { opensWithSection } from './rendered';

describe('opensWithSection', () => {
  it('is true when the body starts with a second-level heading', () => {
    expect(opensWithSection('<h2 id="bakgrunn">Bakgrunn</h2>\n<p>Tekst.</p>')).toBe(true);
    expect(opensWithSection('\n  <h2>Bakgrunn</h2>')).toBe(true);
  });

  it('is false for text first, another heading level, or no body', () => {
    expect(opensWithSection('<p>Innledning.</p>\n<h2>Bakgrunn</h2>')).toBe(false);
    expect(opensWithSection('<h3>Bakgrunn</h3>')).toBe(false);
    expect(opensWithSection('<h2x>ikke en overskrift</h2x>')).toBe(false);
    expect(opensWithSection('')).toBe(false);
    expect(opensWithSection(undefined)).toBe(false);
  });
});
