/**
 * Templates stay thin: no statistic, sort, count or number format in the code of any .astro file
 * (its frontmatter and its {…} expressions; client <script> and <style> blocks are not template
 * code). Such work belongs in src/lib (view models in src/lib/presentation, statistics in
 * src/lib/results), with unit tests beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..');

const FORBIDDEN: readonly { rule: string; pattern: RegExp }[] = [
  { rule: 'Intl.NumberFormat', pattern: /\bIntl\.NumberFormat\b/ },
  { rule: '.toFixed(', pattern: /\.toFixed\(/ },
  { rule: '.toLocaleString(', pattern: /\.toLocaleString\(/ },
  { rule: '.sort(', pattern: /\.(?:sort|toSorted)\(/ },
  { rule: '.reduce(', pattern: /\.reduce(?:Right)?\(/ },
  { rule: 'Math.min/Math.max', pattern: /\bMath\.(?:min|max)\b/ },
  { rule: '.replace(', pattern: /\.replace(?:All)?\(/ },
  {
    rule: 'number format',
    pattern: /\b(?:formatInteger|formatPercent|formatDecimal|formatSignedDecimal|formatScore|formatSize|plural)\(/,
  },
  { rule: '.length as a count', pattern: /\.length\b/ },
];

/** `.length` compared with something (a condition, not a displayed count) is allowed. */
const OP = String.raw`(?:===|!==|==|!=|>=|<=|>|<)`;
const COMPARED_LENGTH = [
  new RegExp(String.raw`\.length\b(?=\s*${OP})`, 'g'),
  new RegExp(String.raw`(?<=${OP}\s*[\w$.?!]+)\.length\b`, 'g'),
];

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? astroFiles(p) : e.name.endsWith('.astro') ? [p] : [];
  });
}

/** The expressions of the markup: the text of every top-level {…}, braces inside strings ignored. */
export function expressionsOf(markup: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let quote: string | null = null;
  for (let i = 0; i < markup.length; i++) {
    const ch = markup[i]!;
    if (depth > 0 && quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (depth > 0 && (ch === '"' || ch === "'" || ch === '`')) quote = ch;
    else if (ch === '{') {
      if (depth++ === 0) start = i + 1;
    } else if (ch === '}' && depth > 0 && --depth === 0) out.push(markup.slice(start, i));
  }
  return out;
}

/** Frontmatter and markup expressions of an .astro file, without client scripts and styles. */
export function templateCode(source: string): string[] {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const markup = (fm ? source.slice(fm[0].length) : source)
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, '');
  return [...(fm ? [fm[1]!] : []), ...expressionsOf(markup)];
}

/** Every forbidden construct in the code of one template, with its line's text. */
export function violations(source: string): { rule: string; code: string }[] {
  const found: { rule: string; code: string }[] = [];
  for (const block of templateCode(source)) {
    for (const line of block.split('\n')) {
      const code = line.replace(/\/\/.*$/, '').replace(/\/\*.*?\*\//g, '');
      for (const { rule, pattern } of FORBIDDEN) {
        const checked = rule.startsWith('.length')
          ? COMPARED_LENGTH.reduce((s, re) => s.replace(re, '.compared'), code)
          : code;
        if (pattern.test(checked)) found.push({ rule, code: line.trim() });
      }
    }
  }
  return found;
}

describe('template scanner', () => {
  it('finds each forbidden construct in frontmatter and in expressions', () => {
    const source = [
      '---',
      "const pct = new Intl.NumberFormat('nb-NO').format(0.5);",
      'const sorted = [...xs].sort();',
      'const total = xs.reduce((a, b) => a + b, 0);',
      '---',
      '<p>{Math.max(...xs)} {x.toFixed(1)} {n.toLocaleString()}</p>',
      "<p>{s.replace(/-/g, ' ')} {formatPercent(v)} ({items.length})</p>",
    ].join('\n');
    expect(
      violations(source)
        .map((v) => v.rule)
        .sort(),
    ).toEqual(
      [
        'Intl.NumberFormat',
        '.sort(',
        '.reduce(',
        '.toFixed(',
        '.toLocaleString(',
        'Math.min/Math.max',
        '.replace(',
        'number format',
        '.length as a count',
      ].sort(),
    );
  });

  it('allows a length in a condition, and ignores prose, scripts and styles', () => {
    const source = [
      '---',
      'const shown = items.length > 0;',
      '---',
      '<p>Teksten nevner .sort( og Math.max uten kode.</p>',
      '{items.length === 0 && <p>Ingen</p>}',
      "{i < POOLS.length - 1 ? ', ' : '.'}",
      '{a.length > b.length && <p>Flere</p>}',
      '<script>const n = [3, 1].sort().length;</script>',
      '<style>.a { color: red; }</style>',
      '{"}" + x.length}',
    ].join('\n');
    expect(violations(source)).toEqual([{ rule: '.length as a count', code: '"}" + x.length' }]);
  });
});

describe('templates', () => {
  it.each(astroFiles(SRC).map((f) => [relative(SRC, f), f]))(
    '%s has no statistic, sort, count or number format in its code',
    (_name, file) => {
      expect(violations(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
