import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { DerivedContent } from '../model/derive';
import { projectListings } from '../presentation/listings';
import { tableValues } from './fields';
import { fixtureInput } from './fixture';
import { toCsv } from './formats';
import { selectionCsv, selectionOf } from './selection';
import { openDataTables } from './tables';

const input = fixtureInput();
const projects = openDataTables(input).find((t) => t.name === 'prosjekter')!;
const values = tableValues([projects]).get('prosjekter')!;
const whole = toCsv(projects, values);
const listings = projectListings(input.content as DerivedContent);
const lines = (csv: string) => csv.split('\r\n');

describe('the CSV file of a listing', () => {
  it('exists for the sector, pool, county and focus listings, beside the listing', () => {
    const kinds = new Set(listings.filter((l) => selectionOf(l)).map((l) => l.kind));
    expect([...kinds].sort()).toEqual(['fokus', 'fylke', 'pulje', 'sektor']);
    const county = listings.find((l) => l.kind === 'fylke' && l.key === 'Aust-Agder')!;
    expect(selectionOf(county)).toEqual({
      href: '/prosjekter/fylke/aust-agder/prosjekter.csv',
      kind: 'fylke',
      slug: 'aust-agder',
    });
    expect(selectionOf(listings.find((l) => l.kind === 'alle')!)).toBeNull();
    expect(() => selectionOf({ kind: 'sektor', base: '/prosjekter/fylke/x/' })).toThrow(
      'har ikke formen /prosjekter/sektor/<nøkkel>/',
    );
  });

  it("has the listing's projects, each line as in /data/prosjekter.csv", () => {
    for (const listing of listings.filter((l) => selectionOf(l))) {
      const csv = selectionCsv(projects, values, new Set(listing.projects.map((p) => p.id)));
      const rows = parse(csv, { delimiter: ';', bom: true, columns: true }) as { id: string }[];
      expect(rows.map((r) => r.id).sort(), listing.base).toEqual(listing.projects.map((p) => p.id).sort());
      expect(lines(csv)[0]).toBe(lines(whole)[0]);
      for (const line of lines(csv).slice(1)) expect(lines(whole), listing.base).toContain(line);
    }
  });

  it('of every project is the whole file', () => {
    expect(selectionCsv(projects, values, new Set(values.map((v) => v[0] as string)))).toBe(whole);
  });
});
