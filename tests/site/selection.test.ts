/**
 * The CSV file beside each sector, pool, county and focus listing: linked from the listing, as
 * many projects as the listing says, each in the listing's facet, and every line exactly as in
 * /data/prosjekter.csv (read with csv-parse).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/format/slug';
import { DIST, requireDist } from '../helpers/dist';

beforeAll(requireDist);

const KINDS = { sektor: 'sektor', pulje: 'pulje', fylke: 'fylke', fokus: 'fokus' } as const;

function selectionFiles() {
  const out: { kind: keyof typeof KINDS; key: string; dir: string }[] = [];
  for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    const base = path.join(DIST, 'prosjekter', kind);
    for (const key of readdirSync(base))
      if (existsSync(path.join(base, key, 'prosjekter.csv'))) out.push({ kind, key, dir: path.join(base, key) });
  }
  return out;
}

describe('CSV files of the listings', () => {
  const whole = () => readFileSync(path.join(DIST, 'data/prosjekter.csv'), 'utf8');
  const records = (csv: string) => parse(csv, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];

  it('exist for every sector, pool, county and focus listing, linked from it', () => {
    const files = selectionFiles();
    expect(new Set(files.map((f) => f.kind))).toEqual(new Set(Object.keys(KINDS)));
    for (const kind of Object.keys(KINDS)) {
      const listings = readdirSync(path.join(DIST, 'prosjekter', kind)).filter((k) =>
        existsSync(path.join(DIST, 'prosjekter', kind, k, 'index.html')),
      );
      expect(
        files
          .filter((f) => f.kind === kind)
          .map((f) => f.key)
          .sort(),
        kind,
      ).toEqual(listings.sort());
    }
    for (const f of files) {
      const html = readFileSync(path.join(f.dir, 'index.html'), 'utf8');
      expect(html, f.dir).toContain(`href="/prosjekter/${f.kind}/${f.key}/prosjekter.csv" download`);
    }
  });

  it("hold the listing's projects, each line as in /data/prosjekter.csv", () => {
    const all = whole();
    const allLines = new Set(all.split('\r\n'));
    const header = all.slice(0, all.indexOf('\r\n'));
    let rows = 0;
    for (const f of selectionFiles()) {
      const csv = readFileSync(path.join(f.dir, 'prosjekter.csv'), 'utf8');
      const html = readFileSync(path.join(f.dir, 'index.html'), 'utf8');
      const count = Number(
        (/class="ds-paragraph lead"[^>]*>[^<]*?([\d\u00a0 ]+) prosjekt/.exec(html)?.[1] ?? '').replace(/\D/g, ''),
      );
      const rs = records(csv);
      expect(rs.length, f.dir).toBe(count);
      expect(csv.slice(0, csv.indexOf('\r\n')), f.dir).toBe(header);
      for (const line of csv.split('\r\n')) expect(allLines.has(line), `${f.dir}: ${line.slice(0, 60)}`).toBe(true);
      for (const r of rs) expect(r[KINDS[f.kind]]!.split('|').map(slugify), `${f.dir} ${r.id}`).toContain(f.key);
      rows += rs.length;
    }
    expect(rows).toBeGreaterThan(0);
  });
});
