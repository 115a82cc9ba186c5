/**
 * Zod schemas of every content collection, written once and used twice: by Astro's content
 * layer (src/content.config.ts) and by the stand-alone content check (src/lib/validate), which
 * runs before the build and lists every problem at once.
 *
 * The schemas are factories over two Astro-specific parts so that this module never imports
 * Astro: `image`, the schema of an image path (Astro's `image()` helper in the build, a plain
 * string in the check, which looks the file up itself). References between collections are
 * plain ids (file names without extension); src/lib/validate checks that each one exists.
 */
import { z } from 'zod';
import { numberCell } from './number-cell';
import { attachmentPath, webAddress } from './web-address';
import { archiveStatusProblem } from './archive';
import { fieldText as label } from '../../i18n/cms-fields';
import {
  COUNTIES,
  FOCUS_AREAS,
  GATHERING_TYPES,
  GOAL_INDICATORS,
  POOLS,
  PROJECT_STATUSES,
  SECTORS,
  TOOL_CATEGORIES,
} from './vocabulary';

/** Schema of an image source: Astro's `image()` in the build, `z.string()` elsewhere. */
export type ImageSchema = z.ZodType;

/**
 * An entry's id is its file name without extension: lower-case a-z, digits and hyphens, with
 * æ, ø and å written as ae, o and a, so that it can be used in a URL as it is.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to an entry in another collection, by id. */
export const entryId = z.string().regex(ID_PATTERN, 'en id med små bokstaver a-z, tall og bindestrek (æ=ae, ø=o, å=a)');

/** YAML reads `pulje: 1` as a number; editors should not have to quote it. */
const pool = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.enum(POOLS));

/**
 * A calendar date, written as YYYY-MM-DD. Astro's YAML reader already turns such values into
 * Dates; the content check reads YAML 1.2, where they stay strings, and rejects impossible
 * dates such as 2008-13-45 that a YAML 1.1 reader silently rolls over into the next year.
 */
const date = z.preprocess(
  (v) => (typeof v === 'string' && isCalendarDate(v) ? new Date(`${v}T00:00:00Z`) : v),
  z.date({ error: 'en dato på formen ÅÅÅÅ-MM-DD' }),
);

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** Fields every page-like entry shares. */
const base = z.strictObject({
  /**
   * Marks invented demo content. Pages show an "Eksempeldata" label so that nobody takes an
   * invented figure or story for a fact. Leave out for real content.
   */
  eksempeldata: z.boolean().default(false).meta(label('eksempeldata', 'exampleData')),
  /** A draft is shown by `npm run dev` and left out of every production page, list and count. */
  utkast: z.boolean().default(false).meta(label('utkast', 'draft')),
});

/** An illustration with its required text alternative. */
export const pictureSchema = <I extends ImageSchema>(image: I) =>
  z.strictObject({
    /** Path to the image file, relative to the content file. */
    src: image.meta(label('src')),
    /** Text alternative read by screen readers: what the picture shows, 5-200 characters. */
    alt: z.string().trim().min(5, 'en alt-tekst på minst 5 tegn').max(200).meta(label('alt')),
    /** Optional credit or caption shown under the picture. */
    kreditering: z.string().optional().meta(label('kreditering')),
  });

/** A municipality taking part in the programme (src/content/kommuner/<id>.yaml). */
export const municipalitySchema = z.strictObject({
  /** The municipality's name, e.g. "Lillehammer". */
  navn: z.string().min(2).meta(label('navn')),
  /** Pre-2020 municipality number, four digits in quotes, e.g. "0501". */
  kommunenummer: z
    .string({ error: 'fire sifre i anførselstegn, f.eks. "0501"' })
    .regex(/^\d{4}$/, 'fire sifre i anførselstegn, f.eks. "0501"')
    .meta(label('kommunenummer')),
  /** County before the 2020 reform; must match the first two digits of the number. */
  fylke: z.enum(COUNTIES).meta(label('fylke', 'county')),
  /**
   * Approximate position (two decimals, WGS84) of the municipality's administrative centre,
   * e.g. { lat: 61.12, lon: 10.47 } for Lillehammer. Used to place it on the map of Norway;
   * without it the municipality is listed beside the map but not drawn.
   */
  posisjon: z
    .strictObject({
      /** Latitude in degrees north (mainland Norway: 57-72). */
      lat: z.number().min(57).max(72).meta(label('lat')),
      /** Longitude in degrees east (mainland Norway: 4-32). */
      lon: z.number().min(4).max(32).meta(label('lon')),
    })
    .optional()
    .meta(label('posisjon')),
  /** Intake pool: innsats, 1, 2, 3 or 4. */
  pulje: pool.meta(label('pulje')),
  /** Id of the learning network it belongs to (membership is declared only here). */
  nettverk: entryId.optional().meta(label('nettverk')),
  /** Sámi name where the municipality has one, e.g. "Deanu gielda" for Tana. */
  samisknavn: z.string().optional().meta(label('samisknavn')),
  /** One or two sentences about the municipality's work in the programme. */
  sammendrag: z.string().optional().meta(label('sammendrag')),
  /** Marks an invented description. */
  eksempeldata: z.boolean().default(false).meta(label('eksempeldata', 'exampleData')),
  /** Where the facts about this municipality come from. */
  kilde: z.string().optional().meta(label('kilde')),
});

/** A learning network of 4-6 municipalities (src/content/nettverk/<id>.yaml). */
export const networkSchema = z.strictObject({
  /** Network name, e.g. "Læringsnettverk Innlandet". */
  navn: z.string().min(2).meta(label('navn')),
  /** The pool the network was formed in. */
  pulje: pool.meta(label('pulje')),
  /** The network's supervisor (veileder) from the secretariat. */
  veileder: z.string().min(2).meta(label('veileder')),
  /** What the network works on. */
  sammendrag: z.string().optional().meta(label('sammendrag')),
  /** Marks invented content. */
  eksempeldata: z.boolean().default(false).meta(label('eksempeldata', 'exampleData')),
});

/** A numeric or textual goal of a project. */
export const goalSchema = z
  .strictObject({
    /** The goal in words, e.g. "Sykefraværet i hjemmetjenesten skal ned til 8 %". */
    tekst: z.string().min(3).meta(label('tekst')),
    /** What the numeric target is measured on. */
    indikator: z.enum(GOAL_INDICATORS).optional().meta(label('indikator')),
    /** Numeric target, e.g. 8 for 8 %. */
    målverdi: z.number().optional().meta(label('målverdi', 'goalTarget')),
    /** Unit of the target, e.g. "%". */
    enhet: z.string().optional().meta(label('enhet')),
    /** Whether the figure should go down (ned) or up (opp) to reach the goal. */
    retning: z.enum(['ned', 'opp']).optional().meta(label('retning')),
  })
  .refine((g) => g.målverdi === undefined || (g.indikator && g.retning), {
    message: 'et mål med målverdi trenger også indikator og retning',
    path: ['målverdi'],
  });

/**
 * The fields of a project except its picture. Built once: Astro calls a collection's schema
 * function for every entry (image() is bound to the entry's file), and building the whole
 * object schema per entry cost seconds at 10,000 projects.
 */
const projectWithoutPicture = base.extend({
  /** Project title as the municipality names it. */
  tittel: z.string().min(3).meta(label('tittel')),
  /** Ids of the municipalities running the project, at least one. */
  kommuner: z.array(entryId).min(1, 'minst én kommune').meta(label('kommuner')),
  /** Sector or sectors the project works in. */
  sektor: z.array(z.enum(SECTORS)).min(1, 'minst én sektor').meta(label('sektor')),
  /** Focus areas, at least one. */
  fokus: z.array(z.enum(FOCUS_AREAS)).min(1, 'minst ett fokusområde').meta(label('fokus')),
  /** Start and (planned) end of the project. */
  periode: z
    .strictObject({ start: date.meta(label('start')), slutt: date.optional().meta(label('slutt', 'periodEnd')) })
    .refine((p) => !p.slutt || p.slutt >= p.start, {
      message: 'slutt kan ikke være før start',
      path: ['slutt'],
    })
    .meta(label('periode')),
  /** Planned, running or finished. */
  status: z.enum(PROJECT_STATUSES).meta(label('status')),
  /** One to three sentences shown in lists and search results. */
  sammendrag: z.string().min(20).max(400).meta(label('sammendrag')),
  /** The project's goals; numeric targets are followed up on the results pages. */
  mål: z.array(goalSchema).default([]).meta(label('mål')),
  /** Measures (tiltak) the project takes. */
  tiltak: z.array(z.string().min(3)).default([]).meta(label('tiltak')),
  /** Ids of tools and methods the project uses. */
  verktøy: z.array(entryId).default([]).meta(label('verktøy')),
  /** Contact role, e.g. "Prosjektleder, Verdal kommune". */
  kontakt: z.string().optional().meta(label('kontakt')),
  /** E-mail address of the contact, e.g. "prosjektleder@verdal.kommune.no"; shown as a link. */
  kontaktepost: z
    .email({ error: 'en e-postadresse, f.eks. prosjektleder@verdal.kommune.no' })
    .optional()
    .meta(label('kontaktepost')),
});

/** A local project (src/content/prosjekter/<id>.md or .mdx). */
export const projectSchema = <I extends ImageSchema>(image: I) =>
  projectWithoutPicture
    .extend({
      /** Optional illustration. */
      bilde: pictureSchema(image).optional().meta(label('bilde')),
    })
    .superRefine((p, ctx) => {
      // The archive's statuses agree with the periods (see archive.ts).
      const problem = archiveStatusProblem(p.status, p.periode);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['status'], input: p.status });
    });

/**
 * Astro's content layer calls a collection's schema function once per entry, with an `image()`
 * bound to that entry's file. Building the whole object schema per entry cost about 4.5 s at
 * 10,000 projects (zod compiles each new object schema on its first parse; 0.2 s with one
 * schema). So the content layer gets the schema built once with the picture's `src` as a plain
 * path, and only that path goes through the entry's `image()` afterwards. What is accepted is
 * the same as `schema(image)`: the same fields, and `src` checked by `image` with the error at
 * `bilde.src`.
 */
export function perEntryImage<Out extends { bilde?: { src: string } | undefined }>(once: z.ZodType<Out>) {
  return <I extends ImageSchema>(image: I) =>
    once.transform((entry, ctx) => {
      type Picture = Omit<NonNullable<Out['bilde']>, 'src'> & { src: z.output<I> };
      type Resolved = Omit<Out, 'bilde'> & { bilde: undefined extends Out['bilde'] ? Picture | undefined : Picture };
      if (!entry.bilde) return entry as unknown as Resolved;
      const src = image.safeParse(entry.bilde.src);
      if (!src.success) {
        for (const issue of src.error.issues) {
          ctx.issues.push({
            code: 'custom',
            message: issue.message,
            path: ['bilde', 'src', ...issue.path],
            input: entry.bilde.src,
          });
        }
        return z.NEVER;
      }
      return { ...entry, bilde: { ...entry.bilde, src: src.data } } as unknown as Resolved;
    });
}

/** projectSchema for Astro's content layer (see perEntryImage). */
export const projectEntrySchema = perEntryImage(projectSchema(z.string()));

/** A tool or method (src/content/verktoy/<id>.md or .mdx). */
export const toolSchema = base.extend({
  /** Name of the tool or method. */
  tittel: z.string().min(3).meta(label('tittel')),
  /** What kind of tool it is. */
  kategori: z.enum(TOOL_CATEGORIES).meta(label('kategori')),
  /** One to three sentences shown in lists. */
  sammendrag: z.string().min(20).max(400).meta(label('sammendrag')),
  /** Focus areas the tool serves. */
  tema: z.array(z.enum(FOCUS_AREAS)).default([]).meta(label('tema')),
  /** Downloadable attachments under public/vedlegg/. */
  vedlegg: z
    .array(
      z.strictObject({
        /** Link text. */
        tittel: z.string().min(3).meta(label('tittel')),
        /** Path from the site root, e.g. /vedlegg/spc-mal.csv. */
        fil: attachmentPath().meta(label('fil')),
      }),
    )
    .default([])
    .meta(label('vedlegg')),
  /** Optional external web site, e.g. bedrekommune.no. */
  lenke: webAddress().optional().meta(label('lenke')),
  /** Where the description comes from. */
  kilde: z.string().optional().meta(label('kilde')),
});

/** A newsletter (månedsnytt) from the secretariat (src/content/nyhetsbrev/<id>.md). */
export const newsletterSchema = base.extend({
  /** Running number; unique. */
  nummer: z.number().int().positive().meta(label('nummer')),
  /** Publication date. */
  dato: date.meta(label('dato')),
  /** Headline. */
  tittel: z.string().min(3).meta(label('tittel')),
  /** One to three sentences shown in lists. */
  sammendrag: z.string().min(20).max(400).meta(label('sammendrag')),
});

/** A good story ("god historie") with a picture (src/content/historier/<id>.md or .mdx). */
export const storySchema = <I extends ImageSchema>(image: I) =>
  base.extend({
    /** Headline. */
    tittel: z.string().min(3).meta(label('tittel')),
    /** Publication date. */
    dato: date.meta(label('dato')),
    /** Ids of the municipalities the story is about. */
    kommuner: z.array(entryId).min(1, 'minst én kommune').meta(label('kommuner')),
    /** Id of the project the story comes from, if any. */
    prosjekt: entryId.optional().meta(label('prosjekt')),
    /** Sector the story is from. */
    sektor: z.enum(SECTORS).meta(label('sektor')),
    /** One to three sentences shown in lists. */
    sammendrag: z.string().min(20).max(400).meta(label('sammendrag')),
    /** The story's picture; required. */
    bilde: pictureSchema(image).meta(label('bilde')),
  });

/** storySchema for Astro's content layer (see perEntryImage). */
export const storyEntrySchema = perEntryImage(storySchema(z.string()));

/** A gathering, conference or network meeting (src/content/samlinger/<id>.md). */
export const gatheringSchema = base
  .extend({
    /** Name of the gathering. */
    tittel: z.string().min(3).meta(label('tittel')),
    /** Kind of gathering. */
    type: z.enum(GATHERING_TYPES).meta(label('type')),
    /** First day. */
    dato: date.meta(label('dato')),
    /** Last day, for gatherings of more than one day. */
    sluttdato: date.optional().meta(label('sluttdato', 'gatheringEnd')),
    /** Place, e.g. "Gardermoen". */
    sted: z.string().min(2).meta(label('sted')),
    /** Id of the network the gathering is for. */
    nettverk: entryId.optional().meta(label('nettverk', 'networkOrPool')),
    /** The pool the gathering is for. */
    pulje: pool.optional().meta(label('pulje', 'networkOrPool')),
    /** One or two sentences shown in lists. */
    sammendrag: z.string().min(20).max(400).meta(label('sammendrag')),
  })
  .refine((g) => g.nettverk !== undefined || g.pulje !== undefined, {
    message: 'en samling gjelder et nettverk eller en pulje: fyll ut nettverk eller pulje',
    path: ['nettverk'],
  })
  .refine((g) => !g.sluttdato || g.sluttdato >= g.dato, {
    message: 'sluttdato kan ikke være før dato',
    path: ['sluttdato'],
  });

/** How a number of work-days is written in a sick-leave file. */
const DAYS = 'et tall med sifre, eventuelt desimalkomma, f.eks. 980 eller 980,5';

/**
 * One quarter of sick-leave figures for a municipality or a reference series. Every cell is
 * text from the CSV; numbers are read with numberCell, so an empty cell is an error, not 0.
 */
export const sickLeaveRowSchema = z
  .strictObject({
    /** Municipality id, or the reference series' id in referanse.csv. */
    kommune: entryId,
    /** Year, 2006-2010. */
    år: numberCell('et årstall, f.eks. 2008', { integer: true }).pipe(
      z.number().min(2006, 'et år fra 2006').max(2010, 'et år til og med 2010'),
    ),
    /** Quarter 1-4. */
    kvartal: numberCell('et heltall for kvartalet, 1-4', { integer: true }).pipe(
      z.number().min(1, 'kvartal 1-4').max(4, 'kvartal 1-4'),
    ),
    /** Sector, or "alle" for the whole municipality. */
    sektor: z.enum(['alle', ...SECTORS]),
    /** Lost work-days (tapte dagsverk). */
    tapte_dagsverk: numberCell(DAYS).pipe(z.number().nonnegative('et tall som ikke er negativt')),
    /** Agreed work-days (avtalte dagsverk). */
    avtalte_dagsverk: numberCell(DAYS).pipe(z.number().positive('et positivt tall')),
  })
  // Zod runs this also when a cell above failed (then it is still text): compare numbers only,
  // so a bad cell is reported once, in its own column.
  .refine(
    (r) =>
      !Number.isFinite(r.tapte_dagsverk) ||
      !Number.isFinite(r.avtalte_dagsverk) ||
      r.tapte_dagsverk <= r.avtalte_dagsverk,
    {
      message: 'tapte dagsverk kan ikke være flere enn avtalte dagsverk',
      path: ['tapte_dagsverk'],
    },
  );

export type Municipality = z.infer<typeof municipalitySchema>;
export type Network = z.infer<typeof networkSchema>;
export type Project = z.infer<ReturnType<typeof projectSchema>>;
export type Tool = z.infer<typeof toolSchema>;
export type Newsletter = z.infer<typeof newsletterSchema>;
export type Story = z.infer<ReturnType<typeof storySchema>>;
export type Gathering = z.infer<typeof gatheringSchema>;
export type SickLeaveRow = z.infer<typeof sickLeaveRowSchema>;
export type Goal = z.infer<typeof goalSchema>;

// User and employee surveys: vocabulary, row schema and scale (src/content/undersokelser/).
export * from './survey';
