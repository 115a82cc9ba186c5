/**
 * Every template passes the content check as written (production rules, like `npm run sjekk`),
 * explains every field, lists the allowed values from the vocabulary, and stays valid when the
 * editor takes the optional lines and examples into use or removes `utkast: true`.
 */
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { parse } from 'yaml';
import {
  FOCUS_AREAS,
  GATHERING_TYPES,
  GOAL_INDICATORS,
  POOLS,
  PROJECT_STATUSES,
  SECTORS,
  TOOL_CATEGORIES,
} from '../schemas/vocabulary';
import { checkContent, type SourceFile } from '../validate/check';
import { formatProblem } from '../validate/problem';
import { PLACEHOLDER_IMAGE } from './placeholder';
import { SCAFFOLD_TYPES, TYPES, entryId, entryPath, type ScaffoldType } from './scaffold';
import { NEEDS_MUNICIPALITY, PLACEHOLDERS, scaffold, type ScaffoldContext } from './templates';

const DIR = 'innhold';
// A day after the programme's end, as every real use of the scaffold is now (the archive's statuses are
// read as of 30 June 2010, see src/lib/schemas/archive.ts).
const TODAY = '2026-12-03';

/** A small published content set the new entries can refer to. */
const EXISTING: SourceFile[] = [
  {
    path: `${DIR}/kommuner/lillehammer.yaml`,
    text: 'navn: Lillehammer\nkommunenummer: "0501"\nfylke: Oppland\npulje: "1"\nnettverk: innlandet\n',
  },
  {
    path: `${DIR}/kommuner/verdal.yaml`,
    text: 'navn: Verdal\nkommunenummer: "1721"\nfylke: Nord-Trøndelag\npulje: "1"\n',
  },
  { path: `${DIR}/nettverk/innlandet.yaml`, text: 'navn: Innlandet\npulje: 1\nveileder: Kari Nordmann\n' },
  {
    path: `${DIR}/verktoy/spc.md`,
    text: '---\ntittel: Statistisk prosesskontroll\nkategori: måling\nsammendrag: Følg sykefraværet over tid med kontrolldiagram.\n---\nTekst.\n',
  },
  {
    path: `${DIR}/prosjekter/naervaer.md`,
    text:
      '---\ntittel: Nærvær\nkommuner: [lillehammer]\nsektor: [oppvekst]\nfokus: [nærvær]\n' +
      'periode: { start: 2008-01-01 }\nstatus: pågår\nsammendrag: Et prosjekt om nærvær i barnehagene.\n---\nTekst.\n',
  },
  {
    path: `${DIR}/nyhetsbrev/2009-03-manedsnytt-nr-12.md`,
    text: '---\nnummer: 12\ndato: 2009-03-01\ntittel: Månedsnytt\nsammendrag: Nytt fra programmet denne måneden.\n---\nTekst.\n',
  },
];

const CTX: ScaffoldContext = {
  today: TODAY,
  contentDir: DIR,
  ids: { kommuner: ['lillehammer', 'verdal'], nettverk: ['innlandet'], prosjekter: ['naervaer'], verktoy: ['spc'] },
  nummer: 13,
};

const TITLE = 'Nærvær på Åsen: «ja» til heltid';

function fileFor(type: ScaffoldType, text: string, title = TITLE): SourceFile {
  return { path: `${DIR}/${entryPath(type, entryId(type, title, TODAY))}`, text };
}

/** Problems the content check finds, as `file:line field: message`. */
function check(files: SourceFile[], exists: (path: string) => boolean = () => false) {
  const { problems, counts } = checkContent({
    contentDir: DIR,
    files,
    fileExists: (path) => path === `${DIR}/historier/${PLACEHOLDER_IMAGE}` || exists(path),
    production: true,
  });
  return { problems: problems.map(formatProblem), counts };
}

/** Front matter of a file as the content check reads it (YAML 1.2). */
function data(text: string): Record<string, unknown> {
  return matter(text, { engines: { yaml: (s) => parse(s) ?? {} } }).data as Record<string, unknown>;
}

/** Optional fields the templates offer as commented-out lines or examples. */
const OPTIONAL = new Set([
  'slutt',
  'kontakt',
  'bilde',
  'prosjekt',
  'kreditering',
  'sluttdato',
  'nettverk',
  'lenke',
  'kilde',
  'mål',
  'tiltak',
  'verktøy',
  'tema',
  'vedlegg',
]);

/**
 * What an editor does with the optional parts: deletes "# " in front of the commented-out
 * fields, and replaces `felt: []` with the example written in the comment above it.
 */
function useOptionalParts(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = /^(\s*)# ([a-zæøå]+):( .*)?$/.exec(line);
    if (!start || !OPTIONAL.has(start[2]!)) {
      out.push(line);
      continue;
    }
    const [, indent, key] = start;
    const block = [`${indent}${line.slice(indent!.length + 2)}`];
    let j = i + 1;
    while (lines[j]!.startsWith(`${indent}#   `)) {
      block.push(`${indent}${lines[j]!.slice(indent!.length + 2)}`);
      j++;
    }
    out.push(...block);
    // An example replaces the empty list right under it.
    i = lines[j] === `${indent}${key}: []` ? j : j - 1;
  }
  return out.join('\n');
}

describe.each(SCAFFOLD_TYPES)('template %s', (type) => {
  const text = scaffold(type, TITLE, CTX);
  const file = fileFor(type, text);
  const frontMatter = text.split('\n---\n')[0]!;

  it('passes the content check as written, as a draft', () => {
    const { problems, counts } = check([...EXISTING, file]);
    expect(problems).toEqual([]);
    const before = check(EXISTING).counts[TYPES[type].folder]!;
    expect(counts[TYPES[type].folder]).toBe(before + 1);
    expect(data(text)).toMatchObject({ utkast: true, tittel: TITLE });
  });

  it('is schema-valid without utkast: true, but the check refuses to publish its placeholders', () => {
    const published = text.replace(/^utkast: true\n/m, '');
    expect(published).not.toMatch(/^utkast:/m);
    expect(data(published).utkast).toBeUndefined();
    const problems = check([...EXISTING, fileFor(type, published)]).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/ \(plassholder\): inneholder fortsatt plassholderen/);
  });

  it('is still valid with every optional field and example taken into use', () => {
    const filled = useOptionalParts(text);
    if (type !== 'nyhetsbrev') expect(filled).not.toBe(text);
    const problems = check([...EXISTING, fileFor(type, filled)], () => true).problems;
    expect(problems, filled).toEqual([]);
    const optional: Record<ScaffoldType, string[]> = {
      nyhetsbrev: [],
      prosjekt: ['mål', 'tiltak', 'verktøy', 'kontakt', 'bilde'],
      historie: ['prosjekt'],
      verktoy: ['tema', 'vedlegg', 'lenke', 'kilde'],
      samling: ['sluttdato', 'nettverk'],
    };
    const filledData = data(filled);
    for (const key of optional[type]) {
      expect(filledData[key], key).toBeDefined();
      if (Array.isArray(filledData[key])) expect(filledData[key], key).not.toEqual([]);
    }
    if (type === 'prosjekt') expect(filledData.periode).toHaveProperty('slutt');
    if (type === 'historie') expect(filledData.bilde).toHaveProperty('kreditering');
  });

  it('has a Norwegian comment directly above every field', () => {
    const lines = frontMatter.split('\n').slice(1);
    const fields = lines.map((line, i) => ({ line, i })).filter(({ line }) => /^\s*[a-zæøå]+:/.test(line));
    expect(fields.length).toBeGreaterThan(3);
    for (const { line, i } of fields) {
      const indent = /^\s*/.exec(line)![0];
      expect(lines[i - 1], `no comment above «${line}»`).toMatch(new RegExp(`^${indent}#`));
    }
  });

  it('starts with the draft line and says how to publish', () => {
    expect(text.startsWith('---\n#')).toBe(true);
    expect(frontMatter).toMatch(/sletter du linjen «utkast: true»/);
    expect(frontMatter).toMatch(/npm run sjekk/);
  });

  it('has a body with instructions and no front-matter leftovers', () => {
    const body = text.slice(text.indexOf('\n---\n') + 5).trim();
    expect(body.length).toBeGreaterThan(50);
    expect(body).toMatch(/Skriv|Fortell|Forklar|Beskriv|Begynn/);
    expect(body).not.toContain('utkast');
  });

  it('front matter is valid YAML 1.1 too (as Astro reads it), with the same values', () => {
    const yaml = frontMatter.slice(4);
    const strict = parse(yaml, { version: '1.2' }) as Record<string, unknown>;
    const loose = parse(yaml, { version: '1.1' }) as Record<string, unknown>;
    expect(loose.tittel).toBe(strict.tittel);
    expect(loose.sammendrag).toBe(strict.sammendrag);
  });
});

describe('allowed values in the comments come from the vocabulary', () => {
  const expectAll = (type: ScaffoldType, values: readonly string[]) => {
    const text = scaffold(type, TITLE, CTX);
    const comments = text
      .split('\n')
      .filter((l) => /^\s*#/.test(l))
      .join(' ');
    for (const v of values) expect(comments, `${type} should mention «${v}»`).toContain(v);
  };

  it('lists every sector, focus area, status and goal indicator for a project', () => {
    expectAll('prosjekt', [...SECTORS, ...FOCUS_AREAS, ...PROJECT_STATUSES, ...GOAL_INDICATORS]);
  });
  it('lists every sector for a story', () => expectAll('historie', SECTORS));
  it('lists every category and focus area for a tool', () =>
    expectAll('verktoy', [...TOOL_CATEGORIES, ...FOCUS_AREAS]));
  it('lists every gathering type and pool for a gathering', () => expectAll('samling', [...GATHERING_TYPES, ...POOLS]));
  it('lists the municipalities for projects and stories', () => {
    expectAll('prosjekt', CTX.ids.kommuner);
    expectAll('historie', CTX.ids.kommuner);
  });
});

describe('filled-in values', () => {
  it('gives a newsletter its number and today as date', () => {
    expect(data(scaffold('nyhetsbrev', 'Månedsnytt nr. 13', CTX))).toMatchObject({ nummer: 13, dato: TODAY });
  });

  it('starts a project today, planned, in oppvekst, in the municipality the title names', () => {
    expect(data(scaffold('prosjekt', 'Heltid i Verdal', CTX))).toMatchObject({
      kommuner: ['verdal'],
      sektor: ['oppvekst'],
      status: 'planlagt',
      periode: { start: TODAY },
    });
    expect(data(scaffold('prosjekt', 'Heltid', CTX)).kommuner).toEqual(['lillehammer']);
  });

  it('gives a story the placeholder picture and an alt text that asks to be replaced', () => {
    const story = data(scaffold('historie', TITLE, CTX));
    expect(story.bilde).toEqual({ src: `./${PLACEHOLDER_IMAGE}`, alt: PLACEHOLDERS.alt });
    expect(scaffold('historie', TITLE, CTX)).toMatch(/plassholder som må byttes ut/);
  });

  it('reports the story picture if the placeholder is missing', () => {
    const { problems } = checkContent({
      contentDir: DIR,
      files: [...EXISTING, fileFor('historie', scaffold('historie', TITLE, CTX))],
      fileExists: () => false,
      production: true,
    });
    expect(problems.map((p) => p.field)).toEqual(['bilde.src']);
  });

  it('catches a reused newsletter number through the check', () => {
    const text = scaffold('nyhetsbrev', TITLE, { ...CTX, nummer: 12 });
    expect(check([...EXISTING, fileFor('nyhetsbrev', text)]).problems.join('\n')).toContain(
      'nummer 12 er allerede brukt',
    );
  });

  it('writes awkward titles so that they read back unchanged', () => {
    for (const title of [
      'Hva nå: veien videre',
      '2009',
      'Ja takk',
      '«Sitat» # ikke kommentar',
      'Tekst med "anførsel"',
    ]) {
      const text = scaffold('verktoy', title, CTX);
      expect(data(text).tittel).toBe(title);
      expect(check([...EXISTING, fileFor('verktoy', text, title)]).problems).toEqual([]);
    }
  });

  it('refuses a project or story without municipalities and a newsletter without number', () => {
    const none = { ...CTX, ids: { ...CTX.ids, kommuner: [] } };
    for (const type of NEEDS_MUNICIPALITY) expect(() => scaffold(type, TITLE, none)).toThrow(/kommune/);
    expect(() => scaffold('nyhetsbrev', TITLE, { ...CTX, nummer: undefined })).toThrow(/nummer/);
    expect(() => scaffold('verktoy', TITLE, { ...CTX, today: '5. juni 2009' })).toThrow(/ÅÅÅÅ-MM-DD/);
  });

  it('keeps every placeholder summary within the schema limits', () => {
    for (const text of Object.values(PLACEHOLDERS.sammendrag)) {
      expect(text.length).toBeGreaterThanOrEqual(20);
      expect(text.length).toBeLessThanOrEqual(400);
    }
  });
});
