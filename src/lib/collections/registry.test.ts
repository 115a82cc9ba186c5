import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RESULT_TYPES } from '../search/record';
import { TYPES, SCAFFOLD_TYPES } from '../scaffold/scaffold';
import { STATIC_ROUTES, brokenLink } from '../validate/links';
import { SELECTION_KINDS } from '../opendata/selection';
import { slugify } from '../format/slug';
import { FACET_LIST, PROJECT_FACETS, facetPath, facetSlugs } from './facets';
import { urls } from '../format/urls';
import { CHECK_SCHEMAS } from '../validate/checks/entries';
import { REFERENCE_SERIES_ID } from '../results/compare';
import { SEARCHABLE_PAGES } from '../../../config/search-index';
import { mainNav } from '../presentation/main-nav';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  ENTRY_RECORDS,
  FIXED_PAGES,
  RECORDS,
  REFERENCE_SERIES,
  REFERENCES,
  SCAFFOLDED,
  SEARCHABLE,
  isCollection,
  navLabel,
} from '.';

/** The field names of an object schema (empty for any other schema). */
const fieldsOf = (schema: z.ZodType): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

const root = join(import.meta.dirname, '../../..');
const CONTENT_DIRS = ['src/content', 'tests/fixtures/content-small'];

const folders = (dir: string) => readdirSync(join(root, dir)).filter((f) => statSync(join(root, dir, f)).isDirectory());

/** The page file in src/pages that builds a fixed address, or undefined. */
function pageFile(route: string): string | undefined {
  const path = route.replace(/^\//, '');
  const candidates = route.endsWith('/')
    ? [`${path}index.astro`, `${path.replace(/\/$/, '')}.astro`]
    : [`${path}.ts`, `${path}.astro`];
  return candidates.map((c) => join(root, 'src/pages', c)).find((f) => existsSync(f));
}

describe('the collection registry', () => {
  it('names each collection once, by its folder', () => {
    expect(new Set(COLLECTION_NAMES).size).toBe(COLLECTION_NAMES.length);
    for (const r of RECORDS) {
      expect(r.folder).toBe(r.name);
      expect(COLLECTIONS[r.name]).toBe(r);
      expect(r.extensions.length).toBeGreaterThan(0);
    }
  });

  it.each(CONTENT_DIRS)('knows every folder of %s, and every file there has one of its extensions', (dir) => {
    for (const folder of folders(dir)) {
      expect(isCollection(folder), `${dir}/${folder}`).toBe(true);
      if (!isCollection(folder)) continue;
      for (const file of readdirSync(join(root, dir, folder))) {
        if (file === 'README.md' || statSync(join(root, dir, folder, file)).isDirectory()) continue;
        expect(COLLECTIONS[folder].extensions, `${dir}/${folder}/${file}`).toContain(extname(file));
      }
    }
  });

  it('has a folder in src/content for every collection', () => {
    expect(folders('src/content').sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it('has a page file for every fixed page and every entry page', () => {
    for (const route of FIXED_PAGES) expect(pageFile(route), route).toBeDefined();
    for (const r of ENTRY_RECORDS) {
      expect(existsSync(join(root, 'src/pages', r.folder, '[id].astro')), r.name).toBe(true);
      expect(r.routes.entry('x-1')).toBe(`${r.routes.list}x-1/`);
    }
    expect(pageFile('/finnes-ikke/')).toBeUndefined();
  });

  it('points references at entry collections, from fields their schemas have', () => {
    expect(REFERENCES.length).toBeGreaterThan(0);
    for (const { collection, field, target } of REFERENCES) {
      expect(ENTRY_RECORDS.map((r) => r.name)).toContain(target);
      expect(fieldsOf(COLLECTIONS[collection].schema(z.string())), `${collection}.${field}`).toContain(field);
    }
  });

  it('gives every entry collection its id rule, schema and CMS identifier field', () => {
    for (const r of ENTRY_RECORDS) {
      expect(r.id.pattern.test('gjovik-2009')).toBe(true);
      expect(r.id.pattern.test('Gjøvik')).toBe(false);
      expect(fieldsOf(r.schema(z.string())), r.name).toContain(r.cms.identifier);
    }
  });

  it('gives a collection a short menu name only where it differs from its plural label', () => {
    expect(ENTRY_RECORDS.filter((r) => r.navLabel).map((r) => [r.name, r.navLabel])).toEqual([
      ['nettverk', 'Nettverk'],
      ['verktoy', 'Verktøy'],
    ]);
    for (const r of ENTRY_RECORDS) {
      expect(r.navLabel, r.name).not.toBe(r.labels.plural);
      expect(navLabel(r)).toBe(r.navLabel ?? r.labels.plural);
    }
  });

  it('names each project facet once: its segment, values and labels', () => {
    expect(COLLECTIONS.prosjekter.facets).toBe(PROJECT_FACETS);
    expect(FACET_LIST.map((f) => f.segment)).toEqual(['sektor', 'pulje', 'fylke', 'fokus']);
    for (const f of FACET_LIST) {
      expect(new Set(facetSlugs(f)).size, f.segment).toBe(f.values.length);
      for (const v of f.values) expect(f.label(v), `${f.segment} ${v}`).not.toBe('');
    }
    // Sectors and pools are their own slugs: /prosjekter/sektor/pleie-og-omsorg/, /prosjekter/pulje/innsats/.
    for (const f of [PROJECT_FACETS.sector, PROJECT_FACETS.pool]) expect(facetSlugs(f)).toEqual(f.values);
    expect(facetPath([PROJECT_FACETS.county, 'Møre og Romsdal'])).toBe('fylke/more-og-romsdal/');
    expect(facetPath([PROJECT_FACETS.pool, '1'], [PROJECT_FACETS.sector, 'oppvekst'])).toBe('pulje/1/sektor/oppvekst/');
  });

  it('builds table row ids from the row', () => {
    const row = {
      kommune: 'gjovik',
      år: '2009',
      kvartal: '2',
      sektor: 'oppvekst',
      undersøkelse: 'bruker',
      tjeneste: 'skole',
    };
    expect(COLLECTIONS.sykefravaer.id.fromRow('kommuner', row)).toBe('kommuner/gjovik/2009-2/oppvekst');
    expect(COLLECTIONS.undersokelser.id.fromRow('b', row)).toBe('gjovik/bruker/skole/2009');
  });
});

describe('the consumers agree with the registry', () => {
  it('the content check checks every entry collection with its registry schema', () => {
    expect(Object.keys(CHECK_SCHEMAS).sort()).toEqual(ENTRY_RECORDS.map((r) => r.name).sort());
    for (const r of ENTRY_RECORDS) {
      expect(fieldsOf(CHECK_SCHEMAS[r.name]), r.name).toEqual(fieldsOf(r.schema(z.string())));
    }
  });

  it('the search result types are the searchable collections', () => {
    expect(Object.entries(RESULT_TYPES)).toEqual(
      expect.arrayContaining(SEARCHABLE.map((r) => [r.search.type, r.search.label])),
    );
    expect(Object.keys(RESULT_TYPES).length).toBe(SEARCHABLE.length);
  });

  it('the search records take their result type and type filter from the registry', () => {
    expect(new Set(SEARCHABLE.map((r) => r.search.type)).size).toBe(SEARCHABLE.length);
    // src/lib/search/record.ts reads COLLECTIONS.<name>.search; it must not spell a type of its own.
    const records = readFileSync(join(root, 'src/lib/search/record.ts'), 'utf8');
    expect(records).not.toMatch(/type: '|RESULT_TYPES\.\p{L}/u);
  });

  it('the searchable pages are the entry pages of the searchable collections', () => {
    expect([...SEARCHABLE_PAGES].sort()).toEqual(SEARCHABLE.map((r) => `src/pages/${r.folder}/[id].astro`).sort());
  });

  it('npm run ny makes the scaffolded collections', () => {
    expect([...SCAFFOLD_TYPES].sort()).toEqual(SCAFFOLDED.map((r) => r.scaffold.type).sort());
    for (const r of SCAFFOLDED) {
      expect(TYPES[r.scaffold.type]).toEqual({ folder: r.folder, noun: r.scaffold.noun, dated: r.scaffold.dated });
    }
  });

  it('the link check knows every fixed page, and each of its static routes is built by a page file', () => {
    for (const route of FIXED_PAGES) expect(STATIC_ROUTES).toContain(route);
    for (const route of STATIC_ROUTES) {
      const file =
        route.startsWith('/data/') && route !== '/data/' ? join(root, 'src/pages/data/[file].ts') : pageFile(route);
      expect(file && existsSync(file), route).toBe(true);
    }
  });

  it('the main menu names each collection as its record does', () => {
    const label = new Map(mainNav().map((i) => [i.href, i.label]));
    for (const name of [
      'prosjekter',
      'kommuner',
      'nettverk',
      'verktoy',
      'historier',
      'nyhetsbrev',
      'samlinger',
    ] as const) {
      expect(label.get(COLLECTIONS[name].routes.list), name).toBe(navLabel(COLLECTIONS[name]));
    }
  });

  it('the facet URLs, the link check and the selection files read the project facets', () => {
    const { sector, pool, county, focus } = PROJECT_FACETS;
    const list = COLLECTIONS.prosjekter.routes.list;
    expect(urls.projectsBySector('oppvekst')).toBe('/prosjekter/sektor/oppvekst/');
    expect(urls.projectsByPool('innsats')).toBe('/prosjekter/pulje/innsats/');
    expect(urls.projectsByPoolAndSector('2', 'pleie-og-omsorg')).toBe('/prosjekter/pulje/2/sektor/pleie-og-omsorg/');
    expect(urls.projectsByCounty('Sør-Trøndelag')).toBe('/prosjekter/fylke/sor-trondelag/');
    expect(urls.projectsByFocus('nærvær')).toBe('/prosjekter/fokus/naervaer/');
    const ctx = { ids: new Map(), publicFile: () => false };
    for (const [f, url] of [
      [sector, urls.projectsBySector],
      [pool, urls.projectsByPool],
      [county, urls.projectsByCounty],
      [focus, urls.projectsByFocus],
    ] as const) {
      for (const v of f.values) {
        const href = (url as (value: string) => string)(v);
        expect(href).toBe(`${list}${f.segment}/${slugify(v)}/`);
        expect(brokenLink(href, ctx), href).toBeUndefined();
      }
      expect(brokenLink(`${list}${f.segment}/finnes-ikke/`, ctx)).toMatch(/^ukjent verdi/);
    }
    expect(SELECTION_KINDS).toEqual(FACET_LIST.map((f) => f.segment));
  });

  it('every internal URL of a collection is its registry route', () => {
    for (const [list, entry, name] of [
      [urls.projects, urls.project, 'prosjekter'],
      [urls.municipalities, urls.municipality, 'kommuner'],
      [urls.networks, urls.network, 'nettverk'],
      [urls.tools, urls.tool, 'verktoy'],
      [urls.newsletters, urls.newsletter, 'nyhetsbrev'],
      [urls.stories, urls.story, 'historier'],
      [urls.gatherings, urls.gathering, 'samlinger'],
    ] as const) {
      expect(list()).toBe(COLLECTIONS[name].routes.list);
      expect(entry('a-1')).toBe(COLLECTIONS[name].routes.entry('a-1'));
    }
  });

  it('the results compare with the reference series the registry names, a series of the reference file', () => {
    expect(REFERENCE_SERIES_ID).toBe(REFERENCE_SERIES.outside);
    expect(COLLECTIONS.sykefravaer.referenceFile.series).toEqual(Object.values(REFERENCE_SERIES));
    for (const dir of CONTENT_DIRS) {
      const file = readFileSync(join(root, dir, 'sykefravaer', COLLECTIONS.sykefravaer.referenceFile.name), 'utf8');
      expect(file, dir).toContain(`\n${REFERENCE_SERIES_ID};`);
    }
  });

  it('the references table of the check is the registry one', () => {
    // The check reads REFERENCES from the registry; its text must not keep a table of its own.
    const check = readFileSync(join(root, 'src/lib/validate/check.ts'), 'utf8');
    expect(check).not.toMatch(/field: '[^']+', target: '/);
  });
});
