import { describe, expect, it } from 'vitest';
import { decodeAttribute, decodeEntities } from './entities';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#x26; &#38; &aring;&oslash;&aelig; &nbsp;')).toBe(
      'a & b <c> "d" & & åøæ \u00a0',
    );
  });
  it('leaves unknown names and bare ampersands alone, replaces invalid code points', () => {
    expect(decodeEntities('R&D &ukjent; &#0; &#xD800;')).toBe('R&D &ukjent; \ufffd \ufffd');
  });
});

/**
 * The cases on which the three decoders this one replaced disagreed (src/lib/markup/entities.ts
 * knew six names, case-insensitively; src/lib/email/parse.ts knew some seventy; the test
 * helper's threw on a code point beyond U+10FFFF). The expectations are what Chromium shows.
 */
describe('the cases the old decoders disagreed on', () => {
  it.each([
    ['&aring;&Aring;', 'åÅ'], // the six-name decoder left both, lower-casing would give «åå»
    ['&shy;', '\u00ad'],
    ['&nbsp;', '\u00a0'],
    ['&hellip;&laquo;&raquo;&ndash;', '…«»–'],
    ['&Amp;', '&Amp;'], // names are case-sensitive: not «&»
    ['&AMP;', '&'], // one of the few upper-case names HTML has
    ['&#229;&#xE5;&#XE5;', 'ååå'],
    ['&#0;', '\ufffd'], // was NUL
    ['&#xD800;', '\ufffd'], // was a lone surrogate
    ['&#x110000;', '\ufffd'], // was left as it was, or threw a RangeError
    ['&#128;', '€'], // C1 code points are read as windows-1252, as browsers do
    ['&amp &lt', '& <'], // legacy references without a semicolon
    ['&ukjent;', '&ukjent;'],
  ])('%s → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('in an attribute a legacy reference before = or a letter stays, as in a URL', () => {
    expect(decodeAttribute('/sok/?a=1&copy=2&amp;b=3')).toBe('/sok/?a=1&copy=2&b=3');
    expect(decodeEntities('?a=1&copy=2')).toBe('?a=1©=2');
    expect(decodeAttribute('Hjemmetjenesten &aring;pner &#xE5;')).toBe('Hjemmetjenesten åpner å');
  });

  it('leaves text without & as it is', () => {
    const text = 'nærvær i hjemmetjenesten';
    expect(decodeEntities(text)).toBe(text);
    expect(decodeAttribute(text)).toBe(text);
  });
});
