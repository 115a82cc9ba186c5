import { describe, expect, it } from 'vitest';
import { pictureProblem, sniffPicture } from './image-bytes';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffPicture', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['png', bytes('\x89PNG\r\n\x1a\n')],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypavif')],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypheic')],
    ['gif', bytes('GIF89a')],
    ['svg', bytes([0xef, 0xbb, 0xbf], '  <svg xmlns="http://www.w3.org/2000/svg">')],
    ['svg', bytes('<?xml version="1.0"?><svg>')],
    ['pdf', bytes('%PDF-1.7')],
    [undefined, bytes('Hei')],
    [undefined, bytes()],
  ] as const)('%s', (format, head) => {
    expect(sniffPicture(head)).toBe(format);
  });
});

describe('pictureProblem', () => {
  it('accepts a JPEG named .jpg or .JPEG', () => {
    expect(pictureProblem('a/b.jpg', bytes([0xff, 0xd8, 0xff]))).toBeUndefined();
    expect(pictureProblem('a/b.JPEG', bytes([0xff, 0xd8, 0xff]))).toBeUndefined();
  });
  it('refuses a PNG named .jpg, naming the right extension', () => {
    expect(pictureProblem('a/b.jpg', bytes('\x89PNG\r\n\x1a\n'))?.message).toContain('endelsen .png');
  });
  it('refuses SVG and GIF whatever the name', () => {
    expect(pictureProblem('a/b.png', bytes('<svg>'))?.message).toContain('SVG');
    expect(pictureProblem('a/b.jpg', bytes('GIF89a'))?.message).toContain('GIF');
  });
  it('refuses text with the first bytes shown', () => {
    expect(pictureProblem('a/b.webp', bytes('Hei'))?.message).toContain('«48 65 69»');
  });
});
