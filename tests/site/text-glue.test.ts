/**
 * Text reads right: no words glued across element boundaries on any built page
 * («pleie og omsorg</a>og oppvekst» read «omsorgog» on /om/), checked with the parse5
 * detector in src/lib/markup/text-glue.ts over every HTML file in dist/, <noscript> content included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeGlue, findGlue } from '../../src/lib/markup/text-glue';
import { DIST, htmlFiles, requireDist } from '../helpers/dist';

describe('text glue over dist/', () => {
  let files: string[] = [];
  beforeAll(() => {
    requireDist();
    files = htmlFiles();
  });

  it('checks every page', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no words glued across element boundaries', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const glue of findGlue(readFileSync(file, 'utf8')))
        problems.push(`${path.relative(DIST, file)}: ${describeGlue(glue)}`);
    }
    expect(problems).toEqual([]);
  });
});
