/**
 * The content check on data files: numbers that are not numbers, and files that are not UTF-8
 * (fixtures in tests/fixtures/content-broken, see its README), plus the forms Excel writes that
 * must be read correctly (in memory).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/lib/validate/check';
import { formatProblem } from '../../src/lib/validate/problem';
import { readContentFiles } from '../../src/lib/validate/read';
import { EMPTY_CELL } from '../../src/lib/schemas/number-cell';

const root = join(import.meta.dirname, '../..');
const VALID = 'tests/fixtures/content-small';
const BROKEN = 'tests/fixtures/content-broken';
const valid = readContentFiles(root, VALID);
const check = (files: SourceFile[]) =>
  checkContent({ contentDir: VALID, files, fileExists: (path) => existsSync(join(root, path)), production: true });

describe('broken data files', () => {
  const names = [
    'sykefravaer/tom-celle.csv',
    'sykefravaer/blank-celle.csv',
    'sykefravaer/tekst-i-tallkolonne.csv',
    'sykefravaer/windows-1252.csv',
    'undersokelser/tom-skar.csv',
    'undersokelser/utf-16.csv',
    'kommuner/ansi-tegnsett.yaml',
  ];
  const broken = readContentFiles(root, BROKEN)
    .filter((f) => names.some((n) => f.path.endsWith(`/${n}`)))
    .map((f) => ({ ...f, path: f.path.replace(BROKEN, VALID) }));
  const { problems } = check([...valid, ...broken]);
  const lines = problems.map(formatProblem);

  it('reads every fixture of this test', () => {
    expect(broken).toHaveLength(names.length);
  });

  it.each([
    ['sykefravaer/tom-celle.csv', 2, 'kolonne tapte_dagsverk', ['fant «»', EMPTY_CELL]],
    ['sykefravaer/blank-celle.csv', 2, 'kolonne avtalte_dagsverk', ['fant «»', EMPTY_CELL]],
    ['sykefravaer/tekst-i-tallkolonne.csv', 2, 'kolonne tapte_dagsverk', ['fant «ukjent»', 'et tall med sifre']],
    ['undersokelser/tom-skar.csv', 2, 'kolonne skår', ['fant «»', EMPTY_CELL]],
    [
      'sykefravaer/windows-1252.csv',
      1,
      '(tegnsett)',
      ['Windows-1252', '«CSV (semikolondelt)»', '«kommune;år;kvartal;', '«CSV UTF-8 (kommadelt) (*.csv)»'],
    ],
    ['undersokelser/utf-16.csv', 1, '(tegnsett)', ['UTF-16', '«CSV UTF-8 (kommadelt) (*.csv)»']],
    ['kommuner/ansi-tegnsett.yaml', 1, '(tegnsett)', ['Windows-1252', '«navn: Løten»', 'UTF-8']],
  ] as const)('%s:%i %s', (file, line, field, words) => {
    const mine = problems.filter((p) => p.file === `${VALID}/${file}`);
    expect(mine, lines.join('\n')).toHaveLength(1);
    expect(mine[0]).toMatchObject({ line, field });
    for (const word of words) expect(formatProblem(mine[0]!)).toContain(word);
    expect(formatProblem(mine[0]!)).not.toContain('\uFFFD');
  });

  it('blames nothing else (an unreadable file keeps its id, so nothing refers to a missing entry)', () => {
    expect(problems.filter((p) => !broken.some((f) => f.path === p.file))).toEqual([]);
  });
});

describe('data files as Excel writes them', () => {
  const sick = `${VALID}/sykefravaer/excel.csv`;
  const survey = `${VALID}/undersokelser/excel.csv`;
  it('accepts a UTF-8 byte-order mark, CRLF, a comma separator with quoted decimals, and grouped thousands', () => {
    const files: SourceFile[] = [
      ...valid,
      {
        path: sick,
        text: '\uFEFFkommune,år,kvartal,sektor,tapte_dagsverk,avtalte_dagsverk\r\ntana,2008,1,alle,"980,5",10\u00A0000\r\n',
      },
      {
        path: survey,
        text: '\uFEFFkommune;undersøkelse;tjeneste;år;skår;skala;eksempeldata\r\ntana;brukerundersokelse;sykehjem;2008;4,5;1-6;ja\r\n',
      },
    ];
    expect(check(files).problems).toEqual([]);
  });
});

describe('numbers in YAML and front matter', () => {
  const project = valid.find((f) => f.path.endsWith('prosjekter/naervaer-i-hjemmetjenesten.md'))!;
  const municipality = valid.find((f) => f.path.endsWith('kommuner/lillehammer.yaml'))!;
  const others = valid.filter((f) => f !== project && f !== municipality);
  const problemsWith = (file: SourceFile) =>
    check([...others, file.path === project.path ? municipality : project, file]).problems.map(formatProblem);

  it.each([
    ['målverdi:', 'mål.0.målverdi'],
    ['målverdi: ""', 'mål.0.målverdi'],
    ['målverdi: "  "', 'mål.0.målverdi'],
    ['målverdi: 8,5', 'mål.0.målverdi'],
    ['målverdi: .nan', 'mål.0.målverdi'],
  ])('a goal with «%s» is an error, never 0', (line, field) => {
    const text = project.text.replace('målverdi: 8', line);
    expect(text).not.toBe(project.text);
    const problems = problemsWith({ ...project, text });
    expect(problems, problems.join('\n')).toEqual([expect.stringContaining(`:12 ${field}: `)]);
    expect(problems[0]).toContain('et tall');
  });

  it.each(['lat:', 'lat: ""', 'lat: 61,12'])('a position with «%s» is an error, never 0', (line) => {
    const text = `${municipality.text}posisjon:\n  ${line}\n  lon: 10.47\n`;
    const problems = problemsWith({ ...municipality, text });
    expect(problems, problems.join('\n')).toEqual([expect.stringMatching(/:\d+ posisjon\.lat: .*et tall/)]);
  });
});
