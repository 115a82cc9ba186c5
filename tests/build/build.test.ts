/**
 * Builds the site from the small fixture content set (tests/fixtures/content-small) and checks
 * the output; then builds a broken set and checks that the build fails listing every problem.
 * Runs Astro's CLI in a child process with the same Node as the tests (Node >= 22.12).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexedFragmentPages } from '../../config/search-index';
import { orderFileName, parseOrder, SORT_FIELDS } from '../../src/lib/search/order';
import { buildFixture, OUTPUT, ROOT } from '../helpers/build';

const root = ROOT;
const output = OUTPUT;
const build = (contentDir: string, name: string, env: Record<string, string> = {}) =>
  buildFixture(contentDir, name, { env });

/** Every file under `dir`, relative, with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/**
 * Every page in the search index, by Pagefind id, is in both sort-order files exactly once, and
 * the indexed pages are the detail pages that asked to be searchable.
 */
async function expectOrdersCoverIndex(outDir: string) {
  const fragments = await indexedFragmentPages(join(outDir, 'pagefind'));
  const searchable = listFiles(outDir)
    .filter((f) => f.endsWith('index.html') && readFileSync(join(outDir, f), 'utf8').includes('data-pagefind-body'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
  expect(searchable.length).toBeGreaterThan(0);
  expect(fragments.map((f) => f.url).sort()).toEqual(searchable);
  const ids = fragments.map((f) => f.id).sort();
  for (const field of SORT_FIELDS) {
    const listed = parseOrder(JSON.parse(readFileSync(join(outDir, 'pagefind', orderFileName(field)), 'utf8'))).flat();
    expect(listed.sort(), orderFileName(field)).toEqual(ids);
  }
  return fragments;
}

describe('build of the small fixture site', () => {
  let outDir = '';
  let files: string[] = [];
  const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  beforeAll(() => {
    const run = build('tests/fixtures/content-small', 'build-small');
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    outDir = run.outDir;
    files = listFiles(outDir);
  });

  it('writes a page for every entry and every listing', () => {
    for (const path of [
      '',
      'prosjekter',
      'prosjekter/naervaer-i-hjemmetjenesten',
      'prosjekter/laeringsmiljo-i-skolen',
      'prosjekter/sektor/oppvekst',
      'prosjekter/pulje/innsats',
      'prosjekter/fylke/oppland',
      'prosjekter/fylke/finnmark',
      'prosjekter/fokus/naervaer',
      'kommuner/lillehammer',
      'kommuner/tana',
      'nettverk/innlandet',
      'verktoy/spc',
      'nyhetsbrev/nr-1',
      'historier/turnus',
      'samlinger/oppstart',
      'om',
      'tilgjengelighet',
    ]) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
    }
    expect(files).toContain('404.html');
  });

  it('never publishes a draft: no page, no link, no text', () => {
    expect(existsSync(join(outDir, 'prosjekter/hemmelig-utkast'))).toBe(false);
    const leaks = files
      .filter((f) => /\.(html|xml|json|txt|csv)$/.test(f))
      .filter((f) => {
        const text = readFileSync(join(outDir, f), 'utf8');
        return text.includes('UTKASTTEKST-SOM-IKKE-SKAL-PUBLISERES') || text.includes('hemmelig-utkast');
      });
    expect(leaks).toEqual([]);
  });

  it("leaves out a draft's own attachment and picture, and keeps what published entries use", () => {
    // hemmelig-utkast.md is the only entry that links to this attachment and uses this picture.
    expect(files.filter((f) => f.includes('hemmelig-utkast'))).toEqual([]);
    expect(files).not.toContain('vedlegg/prosjektplan-mal.txt');
    // Attachments no entry uses are published as before; the story picture a published story
    // shares with a scheduled one is kept.
    expect(files).toContain('vedlegg/dialogseminar-sjekkliste.md');
    expect(files.some((f) => /^_astro\/turnus\.[^/]+\.webp$/.test(f))).toBe(true);
  });

  it('leaves out a story dated in the future (scheduled publishing)', () => {
    expect(existsSync(join(outDir, 'historier/framtidig'))).toBe(false);
    const leaks = files
      .filter((f) => /\.(html|xml|json|txt|csv)$/.test(f))
      .filter((f) => readFileSync(join(outDir, f), 'utf8').includes('FRAMTIDSTEKST-SOM-IKKE-SKAL-PUBLISERES'));
    expect(leaks).toEqual([]);
  });

  it('derives network members, tool use and key figures from the content', () => {
    const network = page('nettverk/innlandet');
    expect(network).toContain('href="/kommuner/lillehammer/"');
    expect(network).toContain('href="/kommuner/gjovik/"');
    expect(network).not.toContain('href="/kommuner/tana/"');
    // Two published projects use SPC; the draft that would make three is left out.
    expect(page('verktoy/spc')).toMatch(/Brukt i<\/dt>\s*<dd><a[^>]*>2 prosjekter<\/a>/);
    const home = page('');
    expect(home).toMatch(/<span>kommuner<\/span><strong><a href="\/kommuner\/">3<\/a>/);
    expect(home).toMatch(/<span>prosjekter<\/span><strong><a href="\/prosjekter\/">2<\/a>/);
  });

  it('marks example data, writes lang="nb" and formats dates for nb-NO', () => {
    const project = page('prosjekter/naervaer-i-hjemmetjenesten');
    expect(project).toContain('<html lang="nb"');
    expect(project).toContain('Eksempeldata');
    expect(project).toContain('1. mars 2007');
    expect(page('kommuner/lillehammer')).not.toContain('Eksempeldata:');
  });

  it('renders MDX entries with their components', () => {
    const tool = page('verktoy/dialogseminar');
    expect(tool).toMatch(/<aside class="ds-card faktaboks[^"]*"[^>]*aria-label="Kort fortalt"/);
    expect(tool).toContain('MDX-KOMPONENT-VIRKER');
  });

  it('writes sort orders that cover every indexed page, each with a fragment file of its own', async () => {
    const fragments = await expectOrdersCoverIndex(outDir);
    expect(readdirSync(join(outDir, 'pagefind/fragment')).sort()).toEqual(
      fragments.map((f) => `${f.id}.pf_fragment`).sort(),
    );
  });

  it('serves story images through astro:assets in modern formats with width and height', () => {
    const story = page('historier/turnus');
    const img = story.match(/<img [^>]*>/)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/[^"]+\.webp"/);
    expect(img).toMatch(/width="\d+"/);
    expect(img).toMatch(/height="\d+"/);
    expect(img).toContain('alt="Illustrasjon: ansatte rundt et bord"');
  });
});

describe('sort orders for search, fragments bundled', () => {
  it('cover every indexed page when the fragments are bundled (KB_FILE_LIMIT, maxFragments)', async () => {
    // A limit of one file makes config/file-count.ts ask Pagefind for a single fragment file.
    const run = build('tests/fixtures/content-small', 'build-small-bundled', { KB_FILE_LIMIT: '1' });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const fragmentFiles = readdirSync(join(run.outDir, 'pagefind/fragment'));
    expect(fragmentFiles).toHaveLength(1);
    expect(fragmentFiles[0]).toMatch(/_group_/);
    const fragments = await expectOrdersCoverIndex(run.outDir);
    expect(fragments.length).toBeGreaterThan(1);
  });
});

describe('build of a broken content set', () => {
  it('fails and lists every problem with file, line and field', () => {
    const dir = join(output, 'content-broken-build');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(root, 'tests/fixtures/content-small'), dir, { recursive: true });
    cpSync(
      join(root, 'tests/fixtures/content-broken/prosjekter/ukjent-sektor.md'),
      join(dir, 'prosjekter/ukjent-sektor.md'),
    );
    cpSync(join(root, 'tests/fixtures/content-broken/kommuner/feil-fylke.yaml'), join(dir, 'kommuner/feil-fylke.yaml'));
    const run = build(dir.slice(root.length + 1), 'build-broken');
    const log = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(log).toMatch(/prosjekter\/ukjent-sektor\.md:4 sektor\.0: fant «helse»/);
    expect(log).toMatch(/kommuner\/feil-fylke\.yaml:2 kommunenummer: fant «2030»/);
    expect(log).toContain('2 feil i innholdet');
    expect(existsSync(join(run.outDir, 'index.html'))).toBe(false);
  });
});
