/**
 * The layers of src/, checked on every import statement:
 *
 * - only src/queries/ (and src/content.config.ts, which Astro requires to define the
 *   collections there) imports `astro:content`;
 * - nothing under src/lib/ imports Astro (`astro`, `astro/*`, `astro:*`) or the Astro-aware
 *   folders: src/pages/, src/components/, src/layouts/, src/queries/, src/client/;
 * - src/i18n/ imports nothing but its own modules (type imports aside): the browser scripts in
 *   src/client/ bundle it, and one runtime import of the collection registry once put zod in the
 *   search page's script (7.6 KB → 37.9 KB gzip).
 *
 * Imports are read with TypeScript's scanner (static, dynamic and `export … from`), from the
 * front matter and <script> blocks of .astro files. src/content/ is content, not code, and is
 * not read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);
const CODE = /\.(ts|mts|mjs|js|tsx|astro)$/;

/** The folder whose modules are the only ones that call astro:content. */
const QUERIES = join(SRC, 'queries');
/** Astro reads the collection definitions from this file and nowhere else. */
const CONTENT_CONFIG = join(SRC, 'content.config.ts');
/** Folders src/lib must not import from. */
const ABOVE_LIB = ['pages', 'components', 'layouts', 'queries', 'client'].map((d) => join(SRC, d));

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return path === join(SRC, 'content') ? [] : codeFiles(path);
    return CODE.test(d.name) ? [path] : [];
  });
}

/** The script parts of a file: all of a module, the front matter and <script> bodies of an .astro file. */
function scriptParts(fileName: string, text: string): string[] {
  if (!fileName.endsWith('.astro')) return [text];
  const parts: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) parts.push(m[1]!);
  return parts;
}

/** Every module specifier a file imports or re-exports. */
function importsOf(fileName: string, text: string): string[] {
  return scriptParts(fileName, text).flatMap((part) =>
    ts.preProcessFile(part, true, true).importedFiles.map((f) => f.fileName),
  );
}

const rel = (path: string) => relative(SRC, path).split(sep).join('/');
const files = codeFiles(SRC).map((path) => ({ path, imports: importsOf(path, readFileSync(path, 'utf8')) }));

describe('importsOf', () => {
  it('leser import, export … from og import() i moduler', () => {
    const text = "import a from './a';\nexport { b } from 'astro:content';\nconst c = await import('../c');";
    expect(importsOf('x.ts', text)).toEqual(['./a', 'astro:content', '../c']);
  });

  it('leser front matter og <script> i .astro, ikke teksten på siden', () => {
    const text = [
      '---',
      "import { render } from 'astro:content';",
      '---',
      "<p>Skriv import x from 'y' i koden.</p>",
      '<script>',
      "  import { start } from '../client/start';",
      '</script>',
    ].join('\n');
    expect(importsOf('x.astro', text)).toEqual(['astro:content', '../client/start']);
  });

  it('tar ikke med import-tekst i en streng', () => {
    expect(importsOf('x.ts', 'const s = "import x from \'astro:content\'";')).toEqual([]);
  });
});

describe('lagene i src/', () => {
  it('leser sidene og komponentene', () => {
    const page = files.find((f) => rel(f.path) === 'pages/prosjekter/[id].astro');
    expect(page?.imports).toContain('../../queries/content');
    expect(files.some((f) => f.path.startsWith(join(SRC, 'components') + sep))).toBe(true);
  });

  it('bare src/queries/ og src/content.config.ts importerer astro:content', () => {
    const users = files.filter((f) => f.imports.includes('astro:content')).map((f) => f.path);
    expect(users.some((p) => p.startsWith(QUERIES + sep))).toBe(true);
    const outside = users.filter((p) => !p.startsWith(QUERIES + sep) && p !== CONTENT_CONFIG).map(rel);
    expect(outside, 'disse filene importerer astro:content utenfor src/queries/').toEqual([]);
  });

  it('src/lib/ importerer verken Astro, sidene, komponentene, layoutene, src/queries/ eller src/client/', () => {
    const problems = files
      .filter((f) => f.path.startsWith(join(SRC, 'lib') + sep))
      .flatMap((f) =>
        f.imports
          .filter((spec) => {
            if (spec === 'astro' || spec.startsWith('astro/') || spec.startsWith('astro:')) return true;
            if (!spec.startsWith('.')) return false;
            const target = resolve(dirname(f.path), spec);
            return ABOVE_LIB.some((dir) => target === dir || target.startsWith(dir + sep));
          })
          .map((spec) => `${rel(f.path)}: ${spec}`),
      );
    expect(problems).toEqual([]);
  });

  it('src/i18n/ importerer bare sine egne moduler når programmet kjører (typer unntatt)', () => {
    const I18N = join(SRC, 'i18n');
    const problems = files
      .filter((f) => f.path.startsWith(I18N + sep) && !f.path.endsWith('.test.ts'))
      .flatMap((f) => {
        const source = ts.createSourceFile(f.path, readFileSync(f.path, 'utf8'), ts.ScriptTarget.Latest);
        return source.statements.flatMap((st) => {
          const typeOnly =
            (ts.isImportDeclaration(st) && st.importClause?.isTypeOnly) ||
            (ts.isExportDeclaration(st) && st.isTypeOnly);
          const spec =
            (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) &&
            st.moduleSpecifier &&
            ts.isStringLiteral(st.moduleSpecifier)
              ? st.moduleSpecifier.text
              : undefined;
          if (!spec || typeOnly) return [];
          const inside = spec.startsWith('.') && dirname(resolve(dirname(f.path), spec)) === I18N;
          return inside ? [] : [`${rel(f.path)}: ${spec}`];
        });
      });
    expect(problems).toEqual([]);
  });
});
