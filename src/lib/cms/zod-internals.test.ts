/**
 * The CMS generator (and everything else in src/) reads zod schemas through zod's public API
 * only: `.meta()`, `instanceof`, public properties, toJSONSchema and safeParse; never zod's
 * internal state (the property named underscore + zod), which may change in any release.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../');
const INTERNALS = ['_', 'zod'].join(''); // not written out, so that this file does not find itself

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe('ingen bruk av zods indre tilstand i src/', () => {
  it(`ingen fil i src/ nevner ${INTERNALS}`, () => {
    const all = files(SRC).filter((f) => /\.(ts|mts|js|mjs|astro)$/.test(f));
    expect(all.length).toBeGreaterThan(50);
    const hits = all.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          line.includes(INTERNALS) ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits, hits.join('\n')).toEqual([]);
  });
});
