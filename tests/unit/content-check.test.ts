/**
 * The content check on fixture content: the valid set passes, and every broken file in
 * tests/fixtures/content-broken is reported with its file, line and field, all in one run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/lib/validate/check';
import { formatProblem, type Problem } from '../../src/lib/validate/problem';
import { readContentFiles } from '../../src/lib/validate/read';

const root = join(import.meta.dirname, '../..');
const VALID = 'tests/fixtures/content-small';
const BROKEN = 'tests/fixtures/content-broken';

const valid = readContentFiles(root, VALID);
/** The broken files, moved into the valid set's folder so they meet its entries. */
const broken: SourceFile[] = readContentFiles(root, BROKEN).map((f) => ({
  ...f,
  path: f.path.replace(BROKEN, VALID),
}));

function check(files: SourceFile[], production = true) {
  return checkContent({
    contentDir: VALID,
    files,
    fileExists: (path) => existsSync(join(root, path)),
    production,
  });
}

describe('content check on the valid fixture set', () => {
  it('finds no problems and counts every entry', () => {
    const { problems, counts } = check(valid);
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ kommuner: 3, nettverk: 1, prosjekter: 3, verktoy: 2 });
    expect(valid.some((f) => f.path.endsWith('undersokelser/kommuner.csv'))).toBe(true);
  });
});

describe('content check on broken files', () => {
  // Sick-leave files replace the valid ones (same name); everything else is added.
  const brokenNames = new Set(broken.map((f) => f.path));
  const files = [...valid.filter((f) => !brokenNames.has(f.path)), ...broken];
  const { problems } = check(files);
  const lines = problems.map(formatProblem);
  const find = (file: string, field: string): Problem => {
    const hit = problems.find((p) => p.file === `${VALID}/${file}` && p.field === field);
    if (!hit) throw new Error(`no problem for ${file} ${field}; got:\n${lines.join('\n')}`);
    return hit;
  };

  it.each([
    // file, field, line, words the message must contain
    ['prosjekter/ukjent-sektor.md', 'sektor.0', 4, ['«helse»', '«pleie-og-omsorg»', '«oppvekst»']],
    ['prosjekter/ukjent-kommune.md', 'kommuner.0', 3, ['«lilehammer»', 'mente du «lillehammer»']],
    ['prosjekter/ukjent-kommune.md', 'verktøy.1', 9, ['«finnes-ikke»', 'verktøy']],
    ['prosjekter/mangler-felt.md', 'sammendrag', undefined, ['mangler', 'tekst']],
    ['prosjekter/mangler-felt.md', 'status', 7, ['«ferdig»', '«pågår»']],
    ['prosjekter/mangler-felt.md', 'periode.slutt', 6, ['slutt kan ikke være før start', '«2008-01-01»']],
    ['prosjekter/mangler-felt.md', 'sammendarg', 8, ['ukjent felt «sammendarg»']],
    [
      'prosjekter/pagar-etter-slutt.md',
      'status',
      7,
      ['«pågår»', '31. desember 2009', '30. juni 2010', 'forventet «avsluttet»'],
    ],
    // The YAML parser notices the unclosed quote where the block ends (line 4).
    ['prosjekter/odelagt-front-matter.md', '(front matter)', 4, ['ikke gyldig YAML', 'quote']],
    ['prosjekter/uten-front-matter.md', '(front matter)', 1, ['fant ingen front matter']],
    ['prosjekter/Stor-Bokstav.md', '(filnavn)', undefined, ['«Stor-Bokstav»', '«stor-bokstav»']],
    ['prosjekter/viser-til-utkast.md', 'verktøy.0', 9, ['utkast']],
    ['verktoy/utkast-verktoy.md', 'vedlegg.0.fil', 8, ['public/vedlegg/finnes-ikke.txt finnes ikke']],
    [
      'verktoy/vedlegg-html.md',
      'vedlegg.0.fil',
      7,
      [
        'fant «/vedlegg/skjema.html»: filtypen «.html» kan ikke publiseres som vedlegg (kan inneholde skript)',
        '.pdf, .docx',
      ],
    ],
    ['historier/uten-alt.md', 'bilde.alt', 7, ['mangler']],
    ['historier/uten-alt.md', 'dato', 3, ['«2008-13-45»', 'ÅÅÅÅ-MM-DD']],
    ['kommuner/feil-nummer.yaml', 'kommunenummer', 2, ['«501»', 'anførselstegn']],
    ['kommuner/feil-nummer.yaml', 'pulje', 4, ['«7»', '«innsats»']],
    ['kommuner/feil-fylke.yaml', 'kommunenummer', 2, ['«2030»', '05', 'Oppland']],
    ['nyhetsbrev/dobbelt-nummer.md', 'nummer', 2, ['nummer 1 er allerede brukt', 'nyhetsbrev/nr-1.md']],
    ['samlinger/uten-malgruppe.md', 'nettverk', undefined, ['nettverk eller pulje']],
    ['historier/med-plassholder.md', '(plassholder)', 9, ['«Beskriv hva bildet viser»', 'npm run ny']],
    ['verktoy/spc.mdx', '(filnavn)', undefined, ['«spc» er allerede brukt']],
  ] as const)('%s: %s', (file, field, line, words) => {
    const problem = find(file, field);
    if (line !== undefined) expect(problem.line).toBe(line);
    for (const word of words) expect(formatProblem(problem)).toContain(word);
  });

  it('reports a missing image file of a story', () => {
    // The alt text is missing too, so the entry fails its schema before the file is looked
    // up: the image check runs on entries that pass their schema. Check it on its own.
    const story = broken.find((f) => f.path.endsWith('uten-alt.md'))!;
    const fixed = {
      ...story,
      text: story.text
        .replace('2008-13-45', '2008-12-01')
        .replace('src: ./bilder/finnes-ikke.jpg', 'src: ./bilder/finnes-ikke.jpg\n  alt: Et bilde som mangler'),
    };
    const { problems } = check([...valid, fixed]);
    expect(problems.map(formatProblem)).toEqual([
      `${VALID}/historier/uten-alt.md:8 bilde.src: fant «./bilder/finnes-ikke.jpg», men filen ${VALID}/historier/bilder/finnes-ikke.jpg finnes ikke`,
    ]);
  });

  it.each([
    [3, '(rad)', ['står også på linje 2']],
    [4, 'kolonne tapte_dagsverk', ['tapte dagsverk kan ikke være flere enn avtalte', '«12000»']],
    [5, 'kolonne tapte_dagsverk', ['«-5»', 'ikke er negativt']],
    [6, 'kolonne kommune', ['«lilehammer»', 'mente du «lillehammer»']],
    [7, 'kolonne år', ['«2012»', '2010']],
    [8, 'kolonne kvartal', ['«Q2»', 'et heltall']],
    [9, '(rad)', ['fant 5 celler', 'forventet 6']],
  ] as const)('sykefravaer/kommuner.csv line %i: %s', (line, field, words) => {
    const problem = problems.find(
      (p) => p.file.endsWith('sykefravaer/kommuner.csv') && p.line === line && p.field === field,
    );
    expect(problem, lines.join('\n')).toBeDefined();
    for (const word of words) expect(formatProblem(problem!)).toContain(word);
  });

  it.each([
    [
      3,
      '(rad)',
      [
        'lillehammer brukerundersokelse hjemmetjeneste 2007',
        'står også på linje 2',
        'én rad per kommune, undersøkelse, tjeneste og år',
      ],
    ],
    [4, 'kolonne kommune', ['«lilehammer»', 'mente du «lillehammer»']],
    [5, 'kolonne skår', ['«7,2»', 'skalaen 1-6']],
    [6, 'kolonne skala', ['«6-1»', 'laveste verdi på skalaen må være mindre enn høyeste']],
    [7, 'kolonne skala', ['«1 til 6»', 'laveste-høyeste']],
    [8, 'kolonne år', ['«08»', 'årstall med fire sifre']],
    [9, 'kolonne år', ['«2012»', 'til og med 2010']],
    [10, 'kolonne undersøkelse', ['«brukerundersøkelse»', 'mente du «brukerundersokelse»']],
    [11, 'kolonne tjeneste', ['«helsestasjon»', '«hjemmetjeneste»', '«hele-kommunen»']],
    [12, 'kolonne tjeneste', ['«hele-kommunen»', 'brukerundersøkelse gjelder én tjeneste']],
    [14, 'kolonne skala', ['«1-6»', 'skalaen «1-5» på linje 13', 'samme skala i hele serien']],
    [15, '(rad)', ['fant 6 celler', 'forventet 7']],
    [16, 'kolonne skår', ['«fire»', 'desimalkomma']],
    [17, 'kolonne eksempeldata', ['«kanskje»', '«ja»', '«nei»']],
  ] as const)('undersokelser/kommuner.csv line %i: %s', (line, field, words) => {
    const problem = problems.find(
      (p) => p.file.endsWith('undersokelser/kommuner.csv') && p.line === line && p.field === field,
    );
    expect(problem, lines.join('\n')).toBeDefined();
    for (const word of words) expect(formatProblem(problem!)).toContain(word);
  });

  it('reports each bad survey row once, and nothing for its one valid row', () => {
    const survey = problems.filter((p) => p.file.endsWith('undersokelser/kommuner.csv'));
    expect(survey.map((p) => p.line).sort((a, b) => a! - b!)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17,
    ]);
  });

  it('checks internal links in Markdown bodies and reports each broken one with its line', () => {
    const links = problems
      .filter((p) => p.file.endsWith('nyhetsbrev/lenkefeil.md'))
      .map((p) => `${p.line} ${p.message}`);
    expect(links).toEqual([
      expect.stringMatching(/^7 lenken «\/kommuner\/lilehammer\/»: det finnes ingen publisert side/),
      expect.stringMatching(/^9 lenken «\/prosjekter\/sektor\/helse\/»: ukjent verdi «helse»/),
      expect.stringMatching(/^9 lenken «\/prosjekter»: adresser til sider slutter med \//),
      expect.stringMatching(/^9 lenken «\.\.\/verktoy\/spc\.md»: det finnes ingen slik side/),
    ]);
  });

  it('lists every problem in one run and nothing for the valid files', () => {
    expect(problems.length).toBeGreaterThanOrEqual(25);
    const validPaths = new Set(valid.map((f) => f.path));
    const blamedValid = problems.filter((p) => validPaths.has(p.file) && !brokenNames.has(p.file));
    expect(blamedValid).toEqual([]);
  });

  it('allows references to drafts outside production (astro dev)', () => {
    const { problems: dev } = check(files, false);
    expect(dev.some((p) => p.file.endsWith('viser-til-utkast.md'))).toBe(false);
  });
});
