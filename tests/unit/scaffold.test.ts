/**
 * `npm run ny` end to end: runs scripts/ny.ts in a child process (same Node as the tests) on a
 * copy of tests/fixtures/content-small in a temporary folder, for every type, and checks that
 * the new files pass the content check, that nothing is overwritten and that wrong arguments
 * get the usage text. Never touches src/content.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { osloDate } from '../../src/lib/format/nb';
import { newsletterNumber, nextNumber } from '../../src/lib/scaffold';
import { checkContent } from '../../src/lib/validate/check';
import { formatProblem } from '../../src/lib/validate/problem';
import { readContentFiles } from '../../src/lib/validate/read';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const FIXTURE = join(root, 'tests/fixtures/content-small');

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

let tmp = '';
let content = '';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Both streams, for assertion messages. */
  out: string;
}

/** Runs a script with tsx in a child process, with KB_CONTENT_DIR set to the copy. */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [tsx, join(root, script), ...args],
      { cwd: tmp, encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: content, ...env } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ status, stdout, stderr, out: `${stdout}\n${stderr}` });
      },
    );
  });
}
const ny = (...args: string[]) => run('scripts/ny.ts', args);

/** The content check over the temporary folder, as `npm run sjekk` runs it. */
function checkTemp() {
  return checkContent({
    contentDir: 'content',
    files: readContentFiles(tmp, 'content'),
    // Attachments live under the project's public/ folder, not in the copy.
    fileExists: (path) => existsSync(join(tmp, path)) || existsSync(join(root, path)),
    production: true,
  });
}

const frontMatter = (file: string) =>
  matter(readFileSync(file, 'utf8'), { engines: { yaml: (s) => parse(s) ?? {} } }).data as Record<string, unknown>;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kb-ny-'));
  content = join(tmp, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  // So that `npm run sjekk` run inside the copy finds the attachments too.
  symlinkSync(join(root, 'public'), join(tmp, 'public'), 'junction');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm run ny on a copy of the small fixture set', () => {
  const today = osloDate(new Date());
  const month = today.slice(0, 7);
  const fixtureNumbers = readdirSync(join(FIXTURE, 'nyhetsbrev')).map((f) =>
    newsletterNumber(readFileSync(join(FIXTURE, 'nyhetsbrev', f), 'utf8')),
  );
  const expectedNumber = nextNumber(fixtureNumbers.filter((n) => n !== undefined));
  const made = {
    nyhetsbrev: { args: ['nyhetsbrev', 'Månedsnytt fra testen'], file: `nyhetsbrev/${month}-manedsnytt-fra-testen.md` },
    prosjekt: {
      args: ['prosjekt', 'Nærvær på Gjøvik: «ja» til heltid'],
      file: 'prosjekter/naervaer-pa-gjovik-ja-til-heltid.md',
    },
    historie: { args: ['historie', 'Å få gå tur på Tana igjen'], file: 'historier/a-fa-ga-tur-pa-tana-igjen.md' },
    // The ø spelling of the type, and a title given as separate words without quotes.
    verktoy: { args: ['verktøy', 'Fraværssamtalen', 'i', 'praksis'], file: 'verktoy/fravaerssamtalen-i-praksis.md' },
    samling: {
      args: ['samling', 'Nettverkssamling Innlandet'],
      file: `samlinger/${month}-nettverkssamling-innlandet.md`,
    },
  };
  const runs: Record<string, Run> = {};
  /** The project file before the second run with the same title. */
  let before = { text: '', mtime: 0 };
  let again: Record<'prosjekt' | 'nyhetsbrev' | 'sjekk', Run>;

  beforeAll(async () => {
    // One after another, as an editor would; then the runs that must change nothing, together.
    for (const [type, { args }] of Object.entries(made)) runs[type] = await ny(...args);
    const projectFile = join(content, made.prosjekt.file);
    before = { text: readFileSync(projectFile, 'utf8'), mtime: statSync(projectFile).mtimeMs };
    const [prosjekt, nyhetsbrev, sjekk] = await Promise.all([
      ny(...made.prosjekt.args),
      ny(...made.nyhetsbrev.args),
      run('scripts/sjekk.ts', [], { KB_CONTENT_DIR: 'content' }),
    ]);
    again = { prosjekt: prosjekt!, nyhetsbrev: nyhetsbrev!, sjekk: sjekk! };
  });

  it.each(Object.keys(made))('makes %s, prints the path and the next steps', (type) => {
    const { status, stdout, out } = runs[type]!;
    expect(status, out).toBe(0);
    const { file } = made[type as keyof typeof made];
    expect(existsSync(join(content, file)), `${file}\n${out}`).toBe(true);
    expect(stdout).toContain(file);
    expect(stdout).toContain('npm run sjekk');
    expect(stdout).toContain('npm run dev');
    expect(stdout).toContain('utkast: true');
    expect(frontMatter(join(content, file)).utkast).toBe(true);
  });

  it('fills in the next newsletter number, today and the municipality in the title', () => {
    expect(expectedNumber).toBeGreaterThan(1);
    expect(frontMatter(join(content, made.nyhetsbrev.file))).toMatchObject({ nummer: expectedNumber, dato: today });
    expect(frontMatter(join(content, made.prosjekt.file))).toMatchObject({
      tittel: 'Nærvær på Gjøvik: «ja» til heltid',
      kommuner: ['gjovik'],
      periode: { start: today },
    });
    expect(frontMatter(join(content, made.historie.file))).toMatchObject({ dato: today, kommuner: ['tana'] });
    expect(runs.prosjekt!.stdout).toContain('Kommune: gjovik (fra tittelen)');
    expect(runs.nyhetsbrev!.stdout).toContain(`Nummer ${expectedNumber}`);
  });

  it('adds the placeholder picture the new story points at', () => {
    const picture = join(content, 'historier/bilder/plassholder.jpg');
    expect(existsSync(picture)).toBe(true);
    expect(readFileSync(picture).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('leaves content the content check accepts, drafts and all', () => {
    const { problems, counts } = checkTemp();
    expect(problems.map(formatProblem)).toEqual([]);
    const fixture = checkContent({
      contentDir: 'tests/fixtures/content-small',
      files: readContentFiles(root, 'tests/fixtures/content-small'),
      fileExists: (path) => existsSync(join(root, path)),
      production: true,
    }).counts;
    for (const folder of ['nyhetsbrev', 'prosjekter', 'historier', 'verktoy', 'samlinger']) {
      expect(counts[folder], folder).toBe(fixture[folder]! + 1);
    }
  });

  it('passes npm run sjekk (scripts/sjekk.ts) in the copy', () => {
    expect(again.sjekk.status, again.sjekk.out).toBe(0);
    expect(again.sjekk.stdout).toContain('i orden');
  });

  it('refuses to overwrite: exit 1 naming the file, file unchanged', () => {
    const file = join(content, made.prosjekt.file);
    expect(again.prosjekt.status, again.prosjekt.out).toBe(1);
    expect(again.prosjekt.stderr).toContain(made.prosjekt.file);
    expect(again.prosjekt.stderr).toContain('finnes allerede');
    expect(readFileSync(file, 'utf8')).toBe(before.text);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });

  it('refuses a second newsletter with the same title in the same month', () => {
    expect(again.nyhetsbrev.status, again.nyhetsbrev.out).toBe(1);
    expect(again.nyhetsbrev.stderr).toContain(made.nyhetsbrev.file);
  });

  it('wrote nothing into src/content', () => {
    for (const { file } of Object.values(made)) expect(existsSync(join(root, 'src/content', file)), file).toBe(false);
  });
});

describe('npm run ny with wrong arguments', () => {
  const cases = [
    ['an unknown type', ['kommune', 'Ny kommune'], 'kjenner ikke typen «kommune»'],
    ['no arguments', [], 'du må si hva du vil lage'],
    ['no title', ['prosjekt'], 'tittelen mangler'],
    ['a too short title', ['prosjekt', 'Ja'], 'for kort'],
  ] as const;
  const empty = () => join(tmp, 'tomt');
  let results: Run[] = [];
  let help: Run;
  let noMunicipality: Run;
  let filesBefore: string[] = [];

  beforeAll(async () => {
    cpSync(join(FIXTURE, 'verktoy'), join(empty(), 'verktoy'), { recursive: true });
    filesBefore = listFiles(content);
    [help, noMunicipality, ...results] = await Promise.all([
      ny('--help'),
      run('scripts/ny.ts', ['prosjekt', 'Et prosjekt'], { KB_CONTENT_DIR: empty() }),
      ...cases.map(([, args]) => ny(...args)),
    ]);
  });

  it.each(cases.map((c, i) => [c[0], i, c[2]] as const))(
    'exits 2 with the Norwegian usage text for %s',
    (_, i, message) => {
      const result = results[i]!;
      expect(result.status, result.out).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('Bruk: npm run ny -- <type> "<tittel>"');
    },
  );

  it('writes nothing on wrong arguments', () => {
    expect(listFiles(content)).toEqual(filesBefore);
  });

  it('prints the usage text and exits 0 for --help', () => {
    expect(help.status, help.out).toBe(0);
    expect(help.stdout).toContain('Typer:');
  });

  it('exits 1 when a project has no municipality to belong to', () => {
    expect(noMunicipality.status, noMunicipality.out).toBe(1);
    expect(noMunicipality.stderr).toContain('kommune');
    expect(existsSync(join(empty(), 'prosjekter'))).toBe(false);
  });
});
