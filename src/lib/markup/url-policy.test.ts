import { describe, expect, it } from 'vitest';
import { urlAllowed, urlProblem, visible } from './url-policy';

describe('urlProblem for links', () => {
  it.each([
    'https://www.ks.no/',
    'http://example.org/a?b=c&d=e#f',
    'mailto:post@example.org',
    'tel:+4722000000',
    '/prosjekter/hjemmetjeneste/',
    './vedlegg/mal.csv',
    '../verktoy/spc/',
    '#maal',
    '?side=2',
    '//www.ks.no/',
  ])('allows %s', (url) => {
    expect(urlProblem(url, 'lenke')).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'usynlige'],
    ['java\nscript:alert(1)', 'usynlige'],
    ['\u0001javascript:alert(1)', 'usynlige'],
    [' javascript:alert(1)', 'mellomrom'],
    ['javascript\u200b:alert(1)', 'usynlige'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['file:///etc/passwd', 'file:'],
    ['blob:https://example.org/x', 'blob:'],
    ['ftp://example.org/', 'ftp:'],
    ['https://exa mple.org/', 'ikke en gyldig adresse'],
    ['', 'forventet'],
  ])('refuses %j', (url, words) => {
    const problem = urlProblem(url, 'lenke');
    expect(problem).toBeDefined();
    expect(problem).toContain(words);
    expect(problem).toContain('forventet');
  });

  it('makes control characters visible in the message', () => {
    expect(urlProblem('java\tscript:x', 'lenke')).toContain('java\\u{0009}script:x');
    expect(visible('a\u202eb')).toBe('a\\u{202E}b');
  });
});

describe('urlProblem for images', () => {
  it.each(['./bilder/a.jpg', '/bilder/a.png', 'bilder/a.webp'])('allows the site-local %s', (url) => {
    expect(urlAllowed(url, 'bilde')).toBe(true);
  });
  it.each([
    'https://sporing.example/p.gif',
    '//sporing.example/p.gif',
    '\\\\sporing.example/p.gif',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'javascript:alert(1)',
  ])('refuses %j', (url) => {
    expect(urlAllowed(url, 'bilde')).toBe(false);
  });
});

describe('urlProblem for front-matter web addresses', () => {
  it('allows full http(s) addresses only', () => {
    expect(urlProblem('https://www.bedrekommune.no/', 'nettadresse')).toBeUndefined();
    expect(urlProblem('http://www.bedrekommune.no/', 'nettadresse')).toBeUndefined();
    expect(urlProblem('www.bedrekommune.no', 'nettadresse')).toContain('https://');
    expect(urlProblem('mailto:a@b.no', 'nettadresse')).toContain('https://');
    expect(urlProblem('javascript:alert(1)', 'nettadresse')).toContain('«javascript:»');
  });
});
