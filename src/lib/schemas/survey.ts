/**
 * User and employee surveys (brukerundersøkelser and medarbeiderundersøkelser): one row per
 * municipality, survey, service and year with the score on the survey's scale, kept in the
 * semicolon-separated files of src/content/undersokelser/ (see the README there).
 *
 * The seeds name the two kinds of survey and bedrekommune.no, KS' service for standardised
 * municipal surveys, whose questionnaires were answered on a scale from 1 to 6 (6 best).
 * Editors write the scale on every row, so a survey on another scale can be added later; a
 * series (one municipality, survey and service) must keep one scale, since a control chart
 * across a change of scale would compare unlike numbers.
 */
import { z } from 'zod';
import { numberCell } from './number-cell';

/** Municipality id as written in the survey files (same rule as ID_PATTERN in index.ts). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The kinds of survey, as editors write them in the column `undersøkelse`. */
export const SURVEYS = ['brukerundersokelse', 'medarbeiderundersokelse'] as const;
export type Survey = (typeof SURVEYS)[number];

export const SURVEY_LABELS: Record<Survey, string> = {
  brukerundersokelse: 'Brukerundersøkelse',
  medarbeiderundersokelse: 'Medarbeiderundersøkelse',
};

/** What a survey's score measures, as the subject of a sentence ("Brukertilfredsheten ..."). */
export const SURVEY_SUBJECTS: Record<Survey, string> = {
  brukerundersokelse: 'Brukertilfredsheten',
  medarbeiderundersokelse: 'Medarbeidertilfredsheten',
};

/**
 * The services a survey is about, as editors write them in the column `tjeneste`.
 * `hele-kommunen` is an employee survey of the whole organisation; a user survey is always
 * about one service.
 */
export const SURVEY_SERVICES = ['barnehage', 'sfo', 'skole', 'hjemmetjeneste', 'sykehjem', 'hele-kommunen'] as const;
export type SurveyService = (typeof SURVEY_SERVICES)[number];

export const SURVEY_SERVICE_LABELS: Record<SurveyService, string> = {
  barnehage: 'Barnehage',
  sfo: 'SFO',
  skole: 'Skole',
  hjemmetjeneste: 'Hjemmetjenesten',
  sykehjem: 'Sykehjem',
  'hele-kommunen': 'Hele kommunen',
};

/** "i barnehagene i Løten": the service in a sentence, after "i"; null for the whole municipality. */
export const SURVEY_SERVICE_PHRASES: Record<SurveyService, string | null> = {
  barnehage: 'barnehagene',
  sfo: 'SFO',
  skole: 'skolene',
  hjemmetjeneste: 'hjemmetjenesten',
  sykehjem: 'sykehjemmene',
  'hele-kommunen': null,
};

/** The years survey rows may have: the year before the first pool joined to the programme's end. */
export const SURVEY_YEARS = { first: 2006, last: 2010 } as const;

/** The columns of a survey file, in order. */
export const SURVEY_COLUMNS = ['kommune', 'undersøkelse', 'tjeneste', 'år', 'skår', 'skala', 'eksempeldata'] as const;

const SCALE = /^(\d+)\s*[-–]\s*(\d+)$/;

/** A scale written "1-6" (lowest-highest, whole numbers), read as { fra, til }. */
export const surveyScale = z
  .string()
  .regex(SCALE, 'en skala på formen laveste-høyeste, f.eks. «1-6»')
  .transform((text) => {
    const m = SCALE.exec(text)!;
    return { fra: Number(m[1]), til: Number(m[2]) };
  })
  .refine((s) => s.fra < s.til, 'laveste verdi på skalaen må være mindre enn høyeste, f.eks. «1-6»');

/** One survey result: a municipality's score on one survey of one service in one year. */
export const surveyRowSchema = z
  .strictObject({
    /** Municipality id (the file name in src/content/kommuner/ without .yaml). */
    kommune: z.string().regex(ID, 'en id med små bokstaver a-z, tall og bindestrek (æ=ae, ø=o, å=a)'),
    /** Which survey: brukerundersokelse or medarbeiderundersokelse. */
    undersøkelse: z.enum(SURVEYS),
    /** Which service the survey is about; hele-kommunen only for employee surveys. */
    tjeneste: z.enum(SURVEY_SERVICES),
    /** The year the survey was carried out, four digits, 2006-2010. */
    år: z
      .string()
      .regex(/^\d{4}$/, 'et årstall med fire sifre, f.eks. 2008')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(SURVEY_YEARS.first, `et år fra ${SURVEY_YEARS.first}`)
          .max(SURVEY_YEARS.last, `et år til og med ${SURVEY_YEARS.last}`),
      ),
    /**
     * The score: the mean answer on the survey's scale, with a decimal comma or point, e.g.
     * 4,8. bedrekommune.no reports one decimal. An empty cell is an error, never 0 (numberCell).
     */
    skår: numberCell('et tall med desimalkomma, f.eks. 4,8'),
    /** The answer scale, lowest-highest, e.g. 1-6 for bedrekommune.no. */
    skala: surveyScale,
    /** «ja» for invented demo figures; «nei» (or empty) for real results. */
    eksempeldata: z.enum(['ja', 'nei', '']).transform((v) => v === 'ja'),
  })
  .superRefine((row, ctx) => {
    // A reversed scale is reported on its own column; the score cannot be judged against it.
    const scaleValid = row.skala.fra < row.skala.til;
    if (scaleValid && (row.skår < row.skala.fra || row.skår > row.skala.til)) {
      ctx.addIssue({
        code: 'custom',
        path: ['skår'],
        message: `skåren må ligge på skalaen ${row.skala.fra}-${row.skala.til}`,
      });
    }
    if (row.undersøkelse === 'brukerundersokelse' && row.tjeneste === 'hele-kommunen') {
      ctx.addIssue({
        code: 'custom',
        path: ['tjeneste'],
        message: 'en brukerundersøkelse gjelder én tjeneste, ikke hele kommunen',
      });
    }
  });

/** A survey row as the check and the pages see it (scale read, year and score numbers). */
export type SurveyRow = z.infer<typeof surveyRowSchema>;

/** "1–6". */
export function formatScale(scale: { fra: number; til: number }): string {
  return `${scale.fra}–${scale.til}`;
}
