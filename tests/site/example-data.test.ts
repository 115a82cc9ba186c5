/**
 * Invented rows are marked in the open data: every CSV table in dist/data/ has an
 * `eksempeldata` column, and the sick-leave rows, which are all generated today
 * (SICK_LEAVE_IS_EXAMPLE_DATA), say «ja» in every row. Read back with csv-parse, which did not
 * write the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { SICK_LEAVE_IS_EXAMPLE_DATA } from '../../src/lib/results/data';
import { DIST, requireDist } from '../helpers/dist';

const read = (name: string): Record<string, string>[] =>
  parse(readFileSync(path.join(DIST, 'data', name), 'utf8'), {
    delimiter: ';',
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });

describe('example-data marks in /data/', () => {
  beforeAll(requireDist);

  it('every CSV table has an eksempeldata column', () => {
    const files = readdirSync(path.join(DIST, 'data')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(3);
    const missing = files.filter((f) => {
      const header = readFileSync(path.join(DIST, 'data', f), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]!;
      return !header.split(';').includes('eksempeldata');
    });
    expect(missing).toEqual([]);
  });

  it('marks every generated sick-leave row', () => {
    expect(SICK_LEAVE_IS_EXAMPLE_DATA).toBe(true);
    const rows = read('sykefravaer.csv');
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.eksempeldata !== 'ja')).toEqual([]);
  });
});

describe('example-data marks on list pages', () => {
  beforeAll(requireDist);

  it('/kommuner/ marks every municipality whose own page is marked as example data', () => {
    const list = readFileSync(path.join(DIST, 'kommuner', 'index.html'), 'utf8');
    const dir = path.join(DIST, 'kommuner');
    const marked = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .filter((d) => readFileSync(path.join(dir, d.name, 'index.html'), 'utf8').includes('example-notice'))
      .map((d) => d.name);
    expect(marked.length).toBeGreaterThan(0);
    const unmarked = marked.filter((id) => {
      const row =
        new RegExp(`<tr>(?:(?!</tr>).)*href="/kommuner/${id}/"(?:(?!</tr>).)*</tr>`, 's').exec(list)?.[0] ?? '';
      return !/class="ds-tag"[^>]*>\s*Eksempeldata/.test(row);
    });
    expect(unmarked).toEqual([]);
  });
});
