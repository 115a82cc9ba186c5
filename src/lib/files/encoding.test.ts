import { describe, expect, it } from 'vitest';
import { decodeContent, firstInvalidUtf8, SAVE_AS_UTF8_CSV } from './encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 for the Latin-1 range, as Excel's «CSV (semikolondelt)» writes æ, ø, å. */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf16le = (text: string, bom = true) => {
  const out = [...(bom ? [0xff, 0xfe] : [])];
  for (const c of text) out.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
  return Uint8Array.from(out);
};

describe('decodeContent', () => {
  it('reads UTF-8 and removes a UTF-8 byte-order mark', () => {
    expect(decodeContent(utf8('kommune;år\nløten;2008\n'), 'a.csv')).toEqual({
      ok: true,
      text: 'kommune;år\nløten;2008\n',
    });
    expect(decodeContent(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('kommune;år')]), 'a.csv')).toEqual({
      ok: true,
      text: 'kommune;år',
    });
  });

  it('refuses Windows-1252 from Excel, naming the encoding, the line, the line as read and how to save as UTF-8', () => {
    const result = decodeContent(cp1252('kommune;år;kvartal\nløten;2008;1\n'), 'kommuner.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(1);
    expect(result.message).toContain('ikke lagret som UTF-8');
    expect(result.message).toContain('byten 0xE5 på linje 1');
    expect(result.message).toContain('Windows-1252');
    expect(result.message).toContain('«CSV (semikolondelt)»');
    expect(result.message).toContain('«kommune;år;kvartal»');
    expect(result.message).toContain(SAVE_AS_UTF8_CSV);
    expect(result.message).toContain('«CSV UTF-8 (kommadelt) (*.csv)»');
    expect(result.message).not.toContain('\uFFFD');
  });

  it('names the first bad line, not the first line', () => {
    const result = decodeContent(cp1252('kommune;aar\nlillehammer;2008\nl\u00f8ten;2008\n'), 'kommuner.csv');
    expect(result).toMatchObject({ ok: false, line: 3 });
  });

  it('gives an editor, not Excel, as the advice for Markdown and YAML', () => {
    const result = decodeContent(cp1252('navn: Løten\n'), 'loten.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('UTF-8');
      expect(result.message).not.toContain('Excel');
      expect(result.message).toContain('«navn: Løten»');
    }
  });

  it('refuses UTF-16, with or without a byte-order mark', () => {
    const le = decodeContent(utf16le('kommune;år'), 'a.csv');
    expect(le).toMatchObject({ ok: false, line: 1 });
    if (!le.ok) expect(le.message).toContain('UTF-16');
    const be = decodeContent(Uint8Array.from([0xfe, 0xff, 0, 0x61]), 'a.csv');
    expect(be).toMatchObject({ ok: false });
    const bare = decodeContent(utf16le('kommune;aar', false), 'a.csv');
    expect(bare).toMatchObject({ ok: false });
    if (!bare.ok) expect(bare.message).toContain('NUL');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates, stray continuation bytes and truncated sequences', () => {
    expect(firstInvalidUtf8(utf8('aøb€😀'))).toBe(utf8('aøb€😀').length);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});
