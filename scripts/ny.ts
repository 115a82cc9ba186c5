/**
 * `npm run ny -- <type> "<tittel>"`: makes a new content file with valid front matter, a
 * Norwegian explanation above every field and a body to fill in, marked as a draft.
 *
 *   npm run ny -- prosjekt "Nærvær i barnehagen"
 *
 * Types: nyhetsbrev, prosjekt, historie, verktoy (or verktøy), samling. The file goes to
 * <content folder>/<folder>/<id>.md, where the content folder is KB_CONTENT_DIR or src/content.
 * Never overwrites a file. Exit codes: 0 made, 1 not made (file exists, content missing),
 * 2 wrong arguments.
 *
 * The logic is in src/lib/scaffold; this script reads the folder and writes the file. Before
 * writing, it runs the content check on the new file among the existing ones, so what it
 * writes passes `npm run sjekk`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { contentDir as configuredContentDir } from '../config/content-dir.mjs';
import {
  NEEDS_MUNICIPALITY,
  PLACEHOLDER_IMAGE,
  PLACEHOLDER_SIZE,
  SCAFFOLD_TYPES,
  TYPES,
  cleanTitle,
  entryId,
  entryPath,
  municipalityFor,
  newsletterNumber,
  nextNumber,
  parseType,
  placeholderSvg,
  scaffold,
  titleProblem,
  titleSlug,
  type ScaffoldType,
} from '../src/lib/scaffold';
import { osloDate } from '../src/lib/format/nb';
import { checkContent, type SourceFile } from '../src/lib/validate/check';
import { COLLECTIONS, type EntryCollection as CollectionName } from '../src/lib/collections';
import { formatProblems } from '../src/lib/validate/problem';
import { readContentFiles } from '../src/lib/validate/read';

const USAGE = `Bruk: npm run ny -- <type> "<tittel>"

Typer:
  nyhetsbrev   et nytt nyhetsbrev (får neste ledige nummer)
  prosjekt     et lokalt prosjekt
  historie     en god historie med bilde
  verktoy      et verktøy eller en metode (du kan også skrive verktøy)
  samling      en samling eller konferanse

Eksempel:
  npm run ny -- prosjekt "Nærvær i barnehagen"

Husk anførselstegn rundt tittelen. Filnavnet lages av tittelen (æ=ae, ø=o, å=a).`;

function fail(code: 1 | 2, message: string, usage = false): never {
  console.error(`Feil: ${message}`);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(code);
}

/** Ids (file names without extension) of one collection folder, sorted. */
function idsIn(contentRoot: string, folder: CollectionName): string[] {
  const dir = join(contentRoot, folder);
  if (!existsSync(dir)) return [];
  const extensions = COLLECTIONS[folder].extensions;
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'README.md')
    .map((e) => e.name)
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => name.slice(0, name.lastIndexOf('.')))
    .sort((a, b) => a.localeCompare(b, 'nb'));
}

/** Path for messages: relative to where the editor stands, with forward slashes. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path).split(sep).join('/');
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args[0] === '-h' || args[0] === '--help' || args[0] === 'hjelp') {
    console.log(USAGE);
    return;
  }
  if (args.length === 0) fail(2, 'du må si hva du vil lage og gi det en tittel.', true);

  const type = parseType(args[0]);
  if (!type) {
    fail(2, `kjenner ikke typen «${args[0]}»; velg en av ${SCAFFOLD_TYPES.join(', ')}.`, true);
  }
  // Words without quotes arrive one by one; take them all as the title.
  const title = cleanTitle(args.slice(1).join(' '));
  const problem = titleProblem(title);
  if (problem) fail(2, `${problem}.`, true);

  const contentRoot = resolve(configuredContentDir);
  if (!existsSync(contentRoot)) {
    fail(1, `fant ikke innholdsmappen ${shown(contentRoot)} (sjekk KB_CONTENT_DIR).`);
  }

  const today = osloDate(new Date()); // the editor's "today" is a day in Norway, whatever the host's time zone
  const id = entryId(type, title, today);
  const info = TYPES[type];
  const target = join(contentRoot, entryPath(type, id));
  // An .mdx file with the same name would be an entry with the same id.
  for (const ext of COLLECTIONS[info.folder].extensions) {
    const existing = join(contentRoot, info.folder, `${id}${ext}`);
    if (existsSync(existing)) {
      fail(
        1,
        `filen ${shown(existing)} finnes allerede, og npm run ny skriver aldri over en fil. ` +
          'Åpne den filen og rediger den, eller velg en annen tittel.',
      );
    }
  }

  const ids = {
    kommuner: idsIn(contentRoot, 'kommuner'),
    nettverk: idsIn(contentRoot, 'nettverk'),
    prosjekter: idsIn(contentRoot, 'prosjekter'),
    verktoy: idsIn(contentRoot, 'verktoy'),
  };
  if (NEEDS_MUNICIPALITY.includes(type) && ids.kommuner.length === 0) {
    fail(
      1,
      `${info.noun} må høre til minst én kommune, men ${shown(join(contentRoot, 'kommuner'))} ` +
        'har ingen kommuner. Legg til en kommune først (se README.md).',
    );
  }
  const nummer = type === 'nyhetsbrev' ? nextNewsletterNumber(contentRoot) : undefined;
  const text = scaffold(type, title, {
    today,
    contentDir: shown(contentRoot),
    ids,
    nummer,
  });

  if (type === 'historie') await ensurePlaceholderImage(contentRoot);
  selfCheck(contentRoot, type, target, text);

  mkdirSync(dirname(target), { recursive: true });
  try {
    // `wx`: fails if the file appeared in the meantime, so nothing is ever overwritten.
    writeFileSync(target, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      fail(1, `filen ${shown(target)} finnes allerede, og npm run ny skriver aldri over en fil.`);
    }
    throw error;
  }

  const path = shown(target);
  const facts: string[] = [];
  if (type === 'nyhetsbrev') facts.push(`Nummer ${nummer}, datert ${today}.`);
  if (NEEDS_MUNICIPALITY.includes(type)) {
    const kommune = municipalityFor(title, ids.kommuner)!;
    facts.push(
      `-${titleSlug(title)}-`.includes(`-${kommune}-`)
        ? `Kommune: ${kommune} (fra tittelen).`
        : `Kommune: ${kommune} foreløpig; bytt til riktig kommune i feltet kommuner.`,
    );
  }
  console.log(`Laget ${info.noun}: ${path}
${facts.map((f) => `${f}\n`).join('')}
Neste steg:
  1. Åpne filen og fyll ut feltene. Linjene med # over hvert felt forklarer hva du skal
     skrive. Bytt ut instruksjonene under den andre «---»-linjen med din egen tekst.${
       type === 'historie'
         ? `\n     Legg bildet ditt i ${shown(join(contentRoot, 'historier', 'bilder'))}/ og bytt ut bilde.src og bilde.alt.`
         : ''
     }
  2. Kjør «npm run sjekk» for å se om alt er riktig utfylt.
  3. Kjør «npm run dev» og se siden på http://localhost:4321 (utkast vises der).
  4. Når teksten er klar: slett linjen «utkast: true», kjør «npm run sjekk» igjen og publiser.`);
}

/** One more than the highest `nummer` among the existing newsletters (drafts included). */
function nextNewsletterNumber(contentRoot: string): number {
  const folder = join(contentRoot, 'nyhetsbrev');
  const numbers = markdownFiles(folder).flatMap((file) => {
    const n = newsletterNumber(readFileSync(file, 'utf8'));
    return n === undefined ? [] : [n];
  });
  return nextNumber(numbers);
}

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(folder, name));
}

/** Makes the grey placeholder picture of new stories if the content folder lacks it. */
async function ensurePlaceholderImage(contentRoot: string) {
  const file = join(contentRoot, 'historier', PLACEHOLDER_IMAGE);
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  await sharp(Buffer.from(placeholderSvg()))
    .resize(PLACEHOLDER_SIZE.width, PLACEHOLDER_SIZE.height)
    .jpeg({ quality: 80, progressive: true })
    .toFile(file);
  console.log(`Laget plassholderbildet ${shown(file)}.`);
}

/**
 * Runs the content check on the new file among the existing content, as `npm run sjekk`
 * would, and refuses to write it if the check finds anything wrong with it.
 */
function selfCheck(contentRoot: string, type: ScaffoldType, target: string, text: string) {
  const root = dirname(contentRoot);
  const dir = basename(contentRoot);
  const newFile: SourceFile = { path: relative(root, target).split(sep).join('/'), text };
  const { problems } = checkContent({
    contentDir: dir,
    files: [...readContentFiles(root, dir), newFile],
    fileExists: (path) => existsSync(join(root, path)),
    production: true,
  });
  const own = problems.filter((p) => p.file === newFile.path);
  if (own.length) {
    fail(
      1,
      `den nye filen for ${type} ville ikke bestått innholdskontrollen, så den ble ikke laget. ` +
        `Dette er en feil i npm run ny; si fra til den som drifter nettstedet.\n\n${formatProblems(own)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`Feil: npm run ny stoppet uventet: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
