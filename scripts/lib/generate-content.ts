/**
 * Writes a complete content folder for benchmarks: a copy of the real content folder (all
 * collections, images and sick-leave files) plus `count` synthetic projects
 * (prosjekter/syn-00001-<slug>.md ...), all marked `eksempeldata: true`.
 *
 * Deterministic: project i is built from its own generator seeded with `${seed}:${i}`, so the
 * same seed always gives the same files, and the first 1,000 projects of a 10,000 run are the
 * 1,000 projects of a 1,000 run. References (kommuner, verktøy, images) are read from the
 * source folder, so they always point at entries that exist.
 *
 * The source folder is only read. The output folder is replaced only when it is empty or was
 * written by this generator (it holds the marker file MARKER).
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
  FOCUS_AREAS,
  POOL_RECORDS,
  POOL_START,
  PROJECT_STATUSES,
  SECTORS,
  type FocusArea,
  type Pool,
  type ProjectStatus,
  type Sector,
} from '../../src/lib/schemas/vocabulary';
import { slugify as urlSlug } from '../../src/lib/format/slug';
import { hash32, Rng } from './prng';
import { body, measures, summary, title, UNITS, wordCount, type Ctx, type Unit } from './project-text';

/** Marker file at the top of a generated folder (not a collection folder, so content ignores it). */
export const MARKER = '.kb-generert.json';

export interface GenerateOptions {
  /** Folder to copy, e.g. src/content. */
  source: string;
  /** Folder to write, e.g. bench/content-10000. */
  out: string;
  /** Number of synthetic projects. */
  count: number;
  /** Seed of the generator. */
  seed?: number;
  /** Share of projects that get a picture (0-1). */
  imageShare?: number;
}

export interface GenerateResult {
  out: string;
  projects: number;
  images: number;
  words: { min: number; max: number; mean: number };
  ms: number;
}

interface Municipality {
  id: string;
  navn: string;
  pulje: Pool;
}
interface Picture {
  file: string;
  alt: string;
  sector: Sector;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function frontMatter(file: string): Record<string, unknown> {
  const m = FRONT_MATTER.exec(readFileSync(file, 'utf8'));
  return m ? ((parseYaml(m[1]!) ?? {}) as Record<string, unknown>) : {};
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The site's slug of `text` (src/lib/format/slug.ts), cut at a hyphen to at most `max` characters. */
export function slugify(text: string, max = 48): string {
  const slug = urlSlug(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** Tools that fit each focus area; ids missing from the source folder are ignored. */
const TOOLS_BY_FOCUS: Record<FocusArea, string[]> = {
  nærvær: ['spc', 'ia-avtalen', 'stoltenberg-utvalgets-oppfolgingsmodell', 'medarbeiderundersokelser', 'loft'],
  kvalitet: ['brukerundersokelser', 'spc', 'iplos', 'kostra', 'skoleporten', 'gsi-og-vigo'],
  trepartssamarbeid: ['trepartssamarbeid', 'dialogseminar', 'kommunenettverk-for-fornyelse'],
  brukermedvirkning: ['brukermedvirkning', 'brukerundersokelser', 'dialogseminar'],
  omdømme: ['dialogseminar', 'brukerundersokelser', 'funk-med-folk'],
  ledelse: ['medarbeiderskap', 'loft', 'prosjekt-som-arbeidsmetode', 'modellkommuneforsoket'],
  arbeidsmiljø: ['medarbeiderundersokelser', 'fryd', 'funk-med-folk', 'ia-avtalen', 'medarbeiderskap'],
  kompetanse: ['prosjekt-som-arbeidsmetode', 'prosjektplan-mal', 'gsi-og-vigo'],
};

/** Year and first month (1-12) of each pool, from its start date (POOL_RECORDS). */
function poolStart(pool: Pool): { year: number; month: number } {
  const [year, month] = POOL_RECORDS[pool].startDate.split('-').map(Number);
  return { year: year!, month: month! };
}

function joinedText(pool: Pool): string {
  return pool === 'innsats'
    ? `som innsatskommune for sykefravær i ${POOL_START.innsats}`
    : `i pulje ${pool} ${POOL_START[pool]}`;
}

const monthIndex = (y: number, m: number) => y * 12 + (m - 1);
const fromIndex = (i: number) => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });
const iso = (y: number, m: number, d = 1) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const season = (y: number, m: number) => `${m <= 6 ? 'våren' : 'høsten'} ${y}`;
const LAST = monthIndex(2010, 12);

function names(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}`;
}

interface Sources {
  municipalities: Municipality[];
  tools: Map<string, string>;
  pictures: Picture[];
}

function readSources(source: string): Sources {
  const municipalities = readdirSync(path.join(source, 'kommuner'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const data = parseYaml(readFileSync(path.join(source, 'kommuner', f), 'utf8')) as {
        navn: string;
        pulje: unknown;
      };
      return { id: f.replace(/\.ya?ml$/, ''), navn: data.navn, pulje: String(data.pulje) as Pool };
    });
  const tools = new Map<string, string>();
  for (const f of readdirSync(path.join(source, 'verktoy'))
    .filter((f) => /\.mdx?$/.test(f))
    .sort()) {
    const data = frontMatter(path.join(source, 'verktoy', f));
    if (data.utkast) continue;
    tools.set(f.replace(/\.mdx?$/, ''), String(data.tittel));
  }
  const pictures: Picture[] = [];
  const storyDir = path.join(source, 'historier');
  for (const f of existsSync(storyDir)
    ? readdirSync(storyDir)
        .filter((f) => /\.mdx?$/.test(f))
        .sort()
    : []) {
    const data = frontMatter(path.join(storyDir, f)) as { bilde?: { src: string; alt: string }; sektor?: Sector };
    if (!data.bilde || !data.sektor) continue;
    const file = path.join(storyDir, data.bilde.src);
    if (existsSync(file) && !pictures.some((p) => p.file === file)) {
      pictures.push({ file, alt: data.bilde.alt, sector: data.sektor });
    }
  }
  if (municipalities.length === 0) throw new Error(`Fant ingen kommuner i ${source}/kommuner`);
  return { municipalities, tools, pictures };
}

/** Builds project number `i` (1-based). Pure apart from the sources it is given. */
export function buildProject(i: number, seed: number, src: Sources, imageShare: number) {
  const r = new Rng(hash32(`${seed}:${i}`));

  // Municipalities: mostly one, sometimes two or three working together.
  const n = r.weighted([
    [1, 0.8],
    [2, 0.15],
    [3, 0.05],
  ] as const);
  const places = r.sample(src.municipalities, n);
  const first = places[0]!;
  const others = src.municipalities.filter((m) => !places.includes(m));
  const other = others.length ? r.pick(others).navn : first.navn;

  // Sector, focus and status; the first items cover every value so that small runs do too.
  const sectors: Sector[] =
    i <= SECTORS.length
      ? [SECTORS[i - 1]!]
      : r
          .weighted([
            [['pleie-og-omsorg'], 0.45],
            [['oppvekst'], 0.4],
            [[...SECTORS], 0.15],
          ] as const)
          .slice();
  const primary = FOCUS_AREAS[(i - 1) % FOCUS_AREAS.length]!;
  const extra = r.sample(
    FOCUS_AREAS.filter((f) => f !== primary),
    r.weighted([
      [0, 0.35],
      [1, 0.45],
      [2, 0.2],
    ] as const),
  );
  const focus: FocusArea[] = [primary, ...extra];
  const status: ProjectStatus =
    i <= PROJECT_STATUSES.length
      ? PROJECT_STATUSES[i - 1]!
      : r.weighted([
          ['avsluttet', 0.45],
          ['pågår', 0.42],
          ['planlagt', 0.13],
        ] as const);

  const unitsOf = (s: Sector) => UNITS.filter((u) => u.sector === s);
  const u: Unit = r.pick(unitsOf(sectors[0]!));
  const u2: Unit =
    sectors.length === 2 ? r.pick(unitsOf(sectors[1]!)) : r.pick(unitsOf(sectors[0]!).filter((x) => x !== u));

  // Period: after the first municipality joined the programme, within 2007-2010.
  const joined = poolStart(first.pulje);
  const earliest = monthIndex(joined.year, joined.month);
  let start: number;
  let end: number | undefined;
  if (status === 'planlagt') {
    start = r.int(monthIndex(2010, 8), monthIndex(2010, 11));
    end = r.chance(0.6) ? LAST : undefined;
  } else if (status === 'pågår') {
    start = r.int(earliest, Math.max(earliest, monthIndex(2010, 3)));
    end = r.chance(0.8) ? r.int(monthIndex(2010, 7), LAST) : undefined;
  } else {
    start = r.int(earliest, Math.max(earliest, monthIndex(2009, 12)));
    end = Math.min(start + r.int(6, 30), monthIndex(2010, 6));
    if (end <= start) end = start + 1;
  }
  const s = fromIndex(start);
  const e = end === undefined ? undefined : fromIndex(end);
  const day = r.chance(0.8) ? 1 : 15;

  const po = u.sector === 'pleie-og-omsorg';
  const base = po ? r.float(8.5, 14.5) : r.float(5.5, 11);
  const goal = Math.round((base - r.float(1, 3.5)) * 2) / 2;
  const result = r.float(base - 3, base + 0.6);

  const toolIds = [...new Set(focus.flatMap((f) => TOOLS_BY_FOCUS[f]))].filter((id) => src.tools.has(id));
  const allTools = [...src.tools.keys()];
  const toolCount = r.weighted([
    [0, 0.12],
    [1, 0.28],
    [2, 0.32],
    [3, 0.2],
    [4, 0.08],
  ] as const);
  const tools = r.sample(toolIds.length >= toolCount ? toolIds : allTools, toolCount);

  const ctx: Ctx = {
    r,
    k: names(places.map((m) => m.navn)),
    k1: first.navn,
    other,
    kommunen: places.length > 1 ? 'kommunene' : 'kommunen',
    joined: joinedText(first.pulje),
    u,
    u2,
    place: u.named(r),
    sectors,
    sectorText: sectors.length === 2 ? 'pleie og omsorg og oppvekst' : po ? 'pleie og omsorg' : 'oppvekst',
    focus,
    status,
    startYear: s.year,
    startSeason: season(s.year, s.month),
    endSeason: e ? season(e.year, e.month) : season(2010, 12),
    base,
    goal,
    result,
    tools: tools.map((id) => src.tools.get(id)!),
  };

  const tittel = title(ctx);
  const tiltak = measures(ctx);
  const sammendrag = summary(ctx);

  // Goals: numeric sick-leave goals for most nærvær projects, some satisfaction goals, and
  // goals in words.
  const mål: Record<string, unknown>[] = [];
  const by = status === 'planlagt' ? 'innen to år' : e ? `innen ${season(e.year, e.month)}` : 'innen utgangen av 2010';
  if ((focus.includes('nærvær') && r.chance(0.75)) || r.chance(0.15)) {
    mål.push({
      tekst: `Sykefraværet ${u.prep} ${u.defPl} skal ned fra ${ctx.base.toFixed(1).replace('.', ',')} % til ${goal.toFixed(1).replace('.', ',')} % ${by}.`,
      indikator: 'sykefravær',
      målverdi: goal,
      enhet: '%',
      retning: 'ned',
    });
  }
  if ((focus.includes('kvalitet') || focus.includes('brukermedvirkning')) && r.chance(0.45)) {
    const target = r.pick([4.5, 4.8, 5, 5.2]);
    mål.push({
      tekst: `Brukerundersøkelsen skal vise minst ${String(target).replace('.', ',')} i snitt på spørsmålene om ${r.pick(['respekt', 'informasjon', 'medvirkning', 'trivsel'])}.`,
      indikator: 'brukertilfredshet',
      målverdi: target,
      enhet: 'poeng (skala 1–6)',
      retning: 'opp',
    });
  }
  if (focus.includes('arbeidsmiljø') && r.chance(0.4)) {
    if (r.chance(0.5)) {
      const target = r.pick([4.3, 4.5, 4.7]);
      mål.push({
        tekst: `Medarbeiderundersøkelsen skal vise framgang på arbeidsmiljø, til minst ${String(target).replace('.', ',')} i snitt.`,
        indikator: 'medarbeidertilfredshet',
        målverdi: target,
        enhet: 'poeng (skala 1–6)',
        retning: 'opp',
      });
    } else {
      const target = r.pick([50, 60, 70]);
      mål.push({
        tekst: `Andelen ansatte i heltidsstillinger skal opp til ${target} %.`,
        indikator: 'annet',
        målverdi: target,
        enhet: '%',
        retning: 'opp',
      });
    }
  }
  const wordGoals = [
    `Alle ansatte skal ha hatt medarbeidersamtale ${by}.`,
    `Alle enheter skal ha en tiltaksplan basert på medarbeiderundersøkelsen.`,
    `Sykmeldte skal kontaktes av nærmeste leder innen fire dager.`,
    `${u.defPl.charAt(0).toUpperCase()}${u.defPl.slice(1)} skal ha faste møter der de tre partene deltar.`,
    `Erfaringene skal deles i læringsnettverket og på minst én samling.`,
  ];
  for (const tekst of r.sample(
    wordGoals,
    r.weighted([
      [0, 0.4],
      [1, 0.4],
      [2, 0.2],
    ] as const),
  ))
    mål.push({ tekst });

  const roles = [
    'Prosjektleder',
    'Prosjektleder',
    'Enhetsleder',
    'Rådgiver',
    'Personalsjef',
    po ? 'Kommunalsjef for helse og omsorg' : 'Kommunalsjef for oppvekst',
  ];
  const picture =
    r.chance(imageShare) && src.pictures.length > 0
      ? r.pick(
          src.pictures.filter((p) => sectors.includes(p.sector)).length
            ? src.pictures.filter((p) => sectors.includes(p.sector))
            : src.pictures,
        )
      : undefined;

  const data: Record<string, unknown> = {
    tittel,
    kommuner: places.map((m) => m.id),
    sektor: sectors,
    fokus: focus,
    periode: e
      ? { start: iso(s.year, s.month, day), slutt: iso(e.year, e.month, 28) }
      : { start: iso(s.year, s.month, day) },
    status,
    sammendrag,
    ...(mål.length ? { mål } : {}),
    tiltak,
    ...(tools.length ? { verktøy: tools } : {}),
    kontakt: `${r.pick(roles)}, ${first.navn} kommune`,
    ...(picture ? { bilde: { src: `./bilder/${path.basename(picture.file)}`, alt: picture.alt } } : {}),
    eksempeldata: true,
  };
  const text = body(ctx, tiltak);
  const width = 5;
  const id = `syn-${String(i).padStart(width, '0')}-${slugify(tittel)}`;
  const markdown = `---\n${stringifyYaml(data, { lineWidth: 100 })}---\n\n${text}`;
  return { id, markdown, picture, words: wordCount(text) };
}

export function generateContent(options: GenerateOptions): GenerateResult {
  const started = performance.now();
  const source = path.resolve(options.source);
  const out = path.resolve(options.out);
  const seed = options.seed ?? 2007;
  const imageShare = options.imageShare ?? 0.02;
  if (!Number.isInteger(options.count) || options.count < 0 || options.count > 99_999) {
    throw new Error(`--count må være et heltall fra 0 til 99999 (fikk ${options.count})`);
  }
  if (!existsSync(path.join(source, 'kommuner')))
    throw new Error(`${source} ser ikke ut som en innholdsmappe (mangler kommuner/)`);
  const protectedDir = path.resolve('src');
  if (isInside(out, source) || isInside(source, out) || isInside(out, protectedDir)) {
    throw new Error(`Nekter å skrive til ${out}: den overlapper kildemappen ${source} eller ligger under src/`);
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new Error(`${out} finnes og er ikke en mappe`);
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(
        `${out} finnes og er ikke laget av generatoren (mangler ${MARKER}); slett den selv eller velg en annen --out`,
      );
    }
    rmSync(out, { recursive: true, force: true });
  }

  const src = readSources(source);
  mkdirSync(path.dirname(out), { recursive: true });
  cpSync(source, out, { recursive: true });

  const projectDir = path.join(out, 'prosjekter');
  mkdirSync(projectDir, { recursive: true });
  let images = 0;
  let min = Infinity;
  let max = 0;
  let total = 0;
  for (let i = 1; i <= options.count; i++) {
    const p = buildProject(i, seed, src, imageShare);
    if (p.picture) {
      const target = path.join(projectDir, 'bilder', path.basename(p.picture.file));
      if (!existsSync(target)) {
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(p.picture.file, target);
      }
      images++;
    }
    writeFileSync(path.join(projectDir, `${p.id}.md`), p.markdown);
    min = Math.min(min, p.words);
    max = Math.max(max, p.words);
    total += p.words;
  }
  const result: GenerateResult = {
    out,
    projects: options.count,
    images,
    words: { min: options.count ? min : 0, max, mean: options.count ? Math.round(total / options.count) : 0 },
    ms: Math.round(performance.now() - started),
  };
  writeFileSync(
    path.join(out, MARKER),
    `${JSON.stringify({ generator: 'scripts/generate-projects.ts', source: options.source, count: options.count, seed, imageShare, ...result, out: options.out }, null, 2)}\n`,
  );
  return result;
}
