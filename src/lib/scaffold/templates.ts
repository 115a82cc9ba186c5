/**
 * The text of a new content file for `npm run ny`: front matter that is valid as written (so
 * `npm run sjekk` passes at once), with a Norwegian comment above every field saying what to
 * write and which values are allowed, and a body with headings and short instructions.
 *
 * Allowed values in the comments come from src/lib/schemas/vocabulary.ts, so they follow the
 * schema when a value is added. Every new file is a draft (`utkast: true`): nothing is
 * published until the editor deletes that line.
 */
import {
  FOCUS_AREAS,
  FOCUS_LABELS,
  GATHERING_TYPE_LABELS,
  GATHERING_TYPES,
  GOAL_INDICATORS,
  POOL_LABELS,
  POOLS,
  PROJECT_STATUSES,
  SECTOR_LABELS,
  SECTORS,
  STATUS_LABELS,
  TOOL_CATEGORIES,
  TOOL_CATEGORY_LABELS,
} from '../schemas/vocabulary';
import { PLACEHOLDER_IMAGE } from './placeholder';
import { cleanTitle, municipalityFor, type ScaffoldType } from './scaffold';
import { comment, joinOr, listValues, wrap, yamlString } from './yaml';

/** What a template needs to know about the content folder and the day. */
export interface ScaffoldContext {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** The content folder as the editor knows it, for the comments; default `src/content`. */
  contentDir?: string;
  /** Ids in use per collection, sorted; the first municipality fills `kommuner`. */
  ids: {
    kommuner: readonly string[];
    nettverk: readonly string[];
    prosjekter: readonly string[];
    verktoy: readonly string[];
  };
  /** The newsletter's number (see nextNumber); required for a newsletter. */
  nummer?: number;
}

/** Types whose schema requires at least one municipality id. */
export const NEEDS_MUNICIPALITY: readonly ScaffoldType[] = ['prosjekt', 'historie'];

/** Sector of a new project or story, until the editor chooses. */
export const DEFAULT_SECTOR = 'oppvekst' satisfies (typeof SECTORS)[number];

/**
 * Placeholder texts that are valid but must be replaced. Exported so that a check can one day
 * warn when one of them reaches a published page.
 */
export const PLACEHOLDERS = {
  alt: 'Beskriv hva bildet viser',
  sted: 'Skriv stedet her',
  sammendrag: {
    nyhetsbrev:
      'Skriv én til tre setninger om hva dette nummeret handler om. Teksten vises i lister og søkeresultater.',
    prosjekt: 'Skriv én til tre setninger om hva prosjektet gjør og hvorfor. Teksten vises i lister og søkeresultater.',
    historie:
      'Skriv én til tre setninger som gjør leseren nysgjerrig på historien. Teksten vises i lister og søkeresultater.',
    verktoy:
      'Skriv én til tre setninger om hva verktøyet eller metoden er og hva den brukes til. Teksten vises i lister.',
    samling: 'Skriv én eller to setninger om hva samlingen handler om og hvem den er for. Teksten vises i lister.',
  } satisfies Record<ScaffoldType, string>,
} as const;

/** The complete text of a new file of the given type. */
export function scaffold(type: ScaffoldType, title: string, ctx: ScaffoldContext): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ctx.today)) {
    throw new Error(`forventet dagens dato som ÅÅÅÅ-MM-DD, fikk «${ctx.today}»`);
  }
  if (NEEDS_MUNICIPALITY.includes(type) && ctx.ids.kommuner.length === 0) {
    throw new Error(`${type} trenger minst én kommune i innholdsmappen`);
  }
  const t = cleanTitle(title);
  const { fields, body } = TEMPLATES[type](t, ctx);
  const text = body.map((b) => (/^[#-]/.test(b) ? b : wrap(b, '', 100).join('\n')));
  return `---\n${intro()}\n${fields.join('\n')}\n---\n\n${text.join('\n\n')}\n`;
}

type Template = (title: string, ctx: ScaffoldContext) => { fields: string[]; body: string[] };

/** A field with its comment above it, and optionally an example at the end of the comment. */
const field = (explanation: string, yaml: string, indent = '', example: readonly string[] = []) =>
  `${comment(explanation, indent, example)}\n${yaml}`;

const dir = (ctx: ScaffoldContext) => ctx.contentDir ?? 'src/content';

function intro() {
  return [
    comment(
      'Slik fyller du ut: linjer som begynner med # er forklaringer og vises ikke på nettstedet; du kan la dem stå eller slette dem. ' +
        'Bytt ut verdiene etter kolon. Kontroller filen med «npm run sjekk» og se siden med «npm run dev».',
    ),
    '#',
    field(
      'UTKAST: filen er et utkast og publiseres ikke; den vises bare i «npm run dev». ' +
        'Når teksten er ferdig, sletter du linjen «utkast: true» under (og denne forklaringen). ' +
        'Da kommer siden med på nettstedet neste gang det publiseres.',
      'utkast: true',
    ),
  ].join('\n');
}

function titleField(what: string, title: string) {
  return field(`${what} (minst 3 tegn).`, `tittel: ${yamlString(title)}`);
}

/** Newsletters and stories dated in the future wait for that day (see src/queries/content.ts). */
const SCHEDULED =
  ' Er datoen fram i tid, kommer siden med på nettstedet først når det publiseres på eller etter den dagen.';

function dateField(name: string, what: string, ctx: ScaffoldContext, scheduled = false) {
  return field(
    `${what}, på formen ÅÅÅÅ-MM-DD (år-måned-dag), f.eks. 2009-06-05. Satt til dagens dato.` +
      (scheduled ? SCHEDULED : ''),
    `${name}: ${ctx.today}`,
  );
}

function summaryField(type: ScaffoldType, what: string) {
  return field(
    `Sammendrag: ${what} (20-400 tegn). Vises i lister og søkeresultater. ` +
      'Skriv teksten på linjene under «>-», med to mellomrom først på hver linje.',
    `sammendrag: >-\n${wrap(PLACEHOLDERS.sammendrag[type], '  ').join('\n')}`,
  );
}

/** Existing ids for a comment: all of them when they are few, else the first ones. */
function idList(ids: readonly string[], max = 60) {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} og ${ids.length - max} til` : shown;
}

function municipalitiesField(title: string, ctx: ScaffoldContext, who: string) {
  const ids = ctx.ids.kommuner;
  return field(
    `Kommuner ${who}: minst én, én per linje med «  - » foran. Skriv kommunens id, som er filnavnet i ` +
      `${dir(ctx)}/kommuner/ uten .yaml. Kommuner som finnes nå: ${idList(ids)}.`,
    `kommuner:\n  - ${yamlString(municipalityFor(title, ids)!)}`,
  );
}

const nyhetsbrev: Template = (title, ctx) => {
  if (ctx.nummer === undefined) throw new Error('nyhetsbrev trenger nummer (se nextNumber)');
  return {
    fields: [
      field(
        'Nyhetsbrevets nummer. Satt til neste ledige nummer; to nyhetsbrev kan ikke ha samme nummer.',
        `nummer: ${ctx.nummer}`,
      ),
      dateField('dato', 'Datoen nyhetsbrevet sendes ut', ctx, true),
      titleField('Overskriften på nyhetsbrevet', title),
      summaryField('nyhetsbrev', 'én til tre setninger om hva dette nummeret handler om'),
    ],
    body: [
      'Skriv en kort innledning her: hva handler dette nummeret om, og hvem er det til? (Sidetittelen lages av «tittel», så ikke skriv den på nytt her.)',
      '## Første sak',
      'Skriv den første saken her. Bruk en ny overskrift med ## foran for hver sak.',
      '## Andre sak',
      'Skriv neste sak her, eller slett denne overskriften og teksten hvis du ikke trenger den.',
      '## Kalender',
      'List opp samlinger og frister som kommer, én per linje med «- » foran, eller slett denne delen.',
    ],
  };
};

const prosjekt: Template = (title, ctx) => ({
  fields: [
    titleField('Prosjektets navn slik kommunen bruker det', title),
    municipalitiesField(title, ctx, 'som driver prosjektet'),
    field(
      `Sektor: minst én, én per linje med «  - » foran. Tillatte verdier: ${listValues(SECTORS, SECTOR_LABELS)}.`,
      `sektor:\n  - ${DEFAULT_SECTOR}`,
    ),
    field(
      `Fokusområder: minst ett, ett per linje med «  - » foran. Tillatte verdier: ${listValues(FOCUS_AREAS, FOCUS_LABELS)}.`,
      `fokus:\n  - ${yamlString(FOCUS_AREAS[0])}`,
    ),
    [
      field('Prosjektperioden: når prosjektet startet og når det slutter.', 'periode:'),
      field('Første dag, på formen ÅÅÅÅ-MM-DD (år-måned-dag). Satt til dagens dato.', `  start: ${ctx.today}`, '  '),
      field(
        'Valgfritt: siste dag (eller planlagt siste dag), ikke før start. Ta bort «# » foran linjen under for å bruke den.',
        `  # slutt: ${Number(ctx.today.slice(0, 4)) + 1}${ctx.today.slice(4)}`,
        '  ',
      ),
    ].join('\n'),
    field(`Status: ${listValues(PROJECT_STATUSES, STATUS_LABELS)}.`, `status: ${yamlString(PROJECT_STATUSES[0])}`),
    summaryField('prosjekt', 'én til tre setninger om hva prosjektet gjør og hvorfor'),
    field(
      'Mål (valgfritt). Bytt ut [] med en liste, ett mål per «  - tekst:». Et mål kan ha et tall som følges opp på ' +
        `resultatsidene: da trenger det målverdi, indikator (${joinOr(GOAL_INDICATORS)}) og retning (ned eller opp), ` +
        'og gjerne enhet. Slik:',
      'mål: []',
      '',
      [
        'mål:',
        '  - tekst: Sykefraværet i hjemmetjenesten skal ned til 8 %.',
        `    indikator: ${GOAL_INDICATORS[0]}`,
        '    målverdi: 8',
        '    enhet: "%"',
        '    retning: ned',
        '  - tekst: Alle ansatte skal ha en individuell kompetanseplan.',
      ],
    ),
    field(
      'Tiltak prosjektet gjennomfører (valgfritt). Bytt ut [] med en liste, ett tiltak per linje med «  - » foran. Slik:',
      'tiltak: []',
      '',
      ['tiltak:', '  - Kartlegging av kompetanse hos alle ansatte', '  - Månedlige møter i arbeidsmiljøutvalget'],
    ),
    field(
      'Verktøy og metoder prosjektet bruker (valgfritt). Bytt ut [] med en liste av id-er, én per linje med «  - » foran. ' +
        `Id-en er filnavnet i ${dir(ctx)}/verktoy/ uten .md` +
        (ctx.ids.verktoy.length ? `. Verktøy som finnes nå: ${idList(ctx.ids.verktoy)}. Slik:` : '.'),
      'verktøy: []',
      '',
      ctx.ids.verktoy.length ? ['verktøy:', ...ctx.ids.verktoy.slice(0, 2).map((id) => `  - ${yamlString(id)}`)] : [],
    ),
    field(
      'Valgfritt: kontakt for prosjektet, skrevet som rolle og kommune, f.eks. «Prosjektleder, Verdal kommune». ' +
        'Ta bort «# » foran linjen under for å bruke den.',
      '# kontakt: Prosjektleder, Navn kommune',
    ),
    field(
      'Valgfritt bilde: legg bildefilen i mappen prosjekter/bilder/ og ta bort «# » foran de tre linjene under. ' +
        'src er stien til filen; alt beskriver hva bildet viser for dem som ikke ser det (5-200 tegn).',
      '# bilde:\n#   src: ./bilder/filnavn.jpg\n#   alt: Beskriv hva bildet viser',
    ),
  ],
  body: [
    '## Bakgrunn',
    'Hvorfor startet prosjektet? Beskriv utfordringen kommunen ville gjøre noe med, gjerne med tall (for eksempel sykefravær eller resultater fra brukerundersøkelser).',
    '## Gjennomføring',
    'Hva har dere gjort, og hvem har vært med? Fortell hvordan prosjektet er organisert og hvordan politikere, ledere og tillitsvalgte samarbeider (trepartssamarbeidet).',
    '## Erfaringer',
    'Hva har dere lært? Hva fungerte, hva ville dere gjort annerledes, og hvilke resultater ser dere så langt? Skriv gjerne råd til andre kommuner.',
  ],
});

const historie: Template = (title, ctx) => ({
  fields: [
    titleField('Overskriften på historien', title),
    dateField('dato', 'Datoen historien publiseres', ctx, true),
    municipalitiesField(title, ctx, 'historien handler om'),
    field(
      'Valgfritt: prosjektet historien kommer fra. Skriv prosjektets id, som er filnavnet i ' +
        `${dir(ctx)}/prosjekter/ uten .md, og ta bort «# » foran linjen under.`,
      `# prosjekt: ${ctx.ids.prosjekter[0] ?? 'prosjektets-id'}`,
    ),
    field(`Sektor: én av ${listValues(SECTORS, SECTOR_LABELS)}.`, `sektor: ${DEFAULT_SECTOR}`),
    summaryField('historie', 'én til tre setninger som gjør leseren nysgjerrig'),
    [
      field(
        'Bildet til historien (må være med). Legg bildet ditt i mappen historier/bilder/ og skriv filnavnet i src. ' +
          'Bildet under er en grå plassholder som må byttes ut.',
        'bilde:',
      ),
      field(
        'Stien til bildefilen, f.eks. ./bilder/kaffe-og-samtale.jpg (.jpg, .png eller .webp). BYTT UT plassholderen.',
        `  src: ./${PLACEHOLDER_IMAGE}`,
        '  ',
      ),
      field(
        'Alt-tekst: beskriv hva bildet viser for dem som ikke ser det, 5-200 tegn, f.eks. «To ansatte drikker kaffe ved et kjøkkenbord». ' +
          'Bytt ut teksten under.',
        `  alt: ${yamlString(PLACEHOLDERS.alt)}`,
        '  ',
      ),
      field(
        'Valgfritt: hvem som har tatt eller laget bildet. Ta bort «# » foran linjen under for å bruke den. ' +
          'Har teksten et kolon, må den stå i anførselstegn, som her.',
        '  # kreditering: "Foto: Navn Navnesen"',
        '  ',
      ),
    ].join('\n'),
  ],
  body: [
    'Begynn gjerne med et sitat eller et øyeblikk som setter leseren rett inn i historien.',
    'Fortell så hva som var utfordringen, hva de gjorde, og hvem som var med. Bruk gjerne sitater fra ansatte, brukere eller ledere.',
    'Avslutt med hva som ble annerledes, og hva andre kan lære av det. Skriv bare om personer som har sagt ja til å være med.',
  ],
});

const verktoy: Template = (title) => ({
  fields: [
    titleField('Navnet på verktøyet eller metoden', title),
    field(
      `Hva slags verktøy det er: ${listValues(TOOL_CATEGORIES, TOOL_CATEGORY_LABELS)}.`,
      `kategori: ${yamlString(TOOL_CATEGORIES[0])}`,
    ),
    summaryField('verktoy', 'én til tre setninger om hva verktøyet eller metoden er og hva den brukes til'),
    field(
      'Fokusområdene verktøyet hjelper med (valgfritt). Bytt ut [] med en liste, ett per linje med «  - » foran. ' +
        `Tillatte verdier: ${listValues(FOCUS_AREAS, FOCUS_LABELS)}. Slik:`,
      'tema: []',
      '',
      ['tema:', `  - ${FOCUS_AREAS[0]}`, `  - ${FOCUS_AREAS[1]}`],
    ),
    field(
      'Filer å laste ned (valgfritt). Legg filen i mappen public/vedlegg/ og bytt ut [] med en liste med tittel ' +
        '(lenketeksten) og fil (/vedlegg/ og filnavnet). Slik:',
      'vedlegg: []',
      '',
      ['vedlegg:', '  - tittel: Mal for prosjektplan (regneark)', '    fil: /vedlegg/prosjektplan-mal.xlsx'],
    ),
    field(
      'Valgfritt: nettsted med mer om verktøyet, en full adresse som begynner med https://. ' +
        'Ta bort «# » foran linjen under for å bruke den.',
      '# lenke: https://www.eksempel.no/',
    ),
    field(
      'Valgfritt: hvor beskrivelsen kommer fra, f.eks. et notat eller en rapport. Ta bort «# » foran linjen under.',
      '# kilde: Navn på kilden',
    ),
  ],
  body: [
    '## Hva er det?',
    'Forklar kort hva verktøyet eller metoden er, og hvilket problem det hjelper med.',
    '## Slik bruker dere det',
    'Beskriv trinnene, gjerne som en nummerert liste (1., 2., 3.). Si hvem som bør være med og hvor lang tid det tar.',
    '## Erfaringer',
    'Fortell hvordan kommuner i programmet har brukt verktøyet, og gi gjerne noen råd.',
  ],
});

const samling: Template = (title, ctx) => ({
  fields: [
    titleField('Navnet på samlingen', title),
    field(
      `Hva slags samling: ${listValues(GATHERING_TYPES, GATHERING_TYPE_LABELS)}.`,
      `type: ${yamlString(GATHERING_TYPES[0])}`,
    ),
    dateField('dato', 'Første dag', ctx),
    field(
      'Valgfritt: siste dag for samlinger over flere dager, på formen ÅÅÅÅ-MM-DD, ikke før dato. ' +
        'Ta bort «# » foran linjen under for å bruke den.',
      `# sluttdato: ${ctx.today}`,
    ),
    field('Stedet samlingen holdes, f.eks. «Gardermoen» (minst 2 tegn).', `sted: ${yamlString(PLACEHOLDERS.sted)}`),
    field(
      `Puljen samlingen er for: ${listValues(POOLS, POOL_LABELS)}. ` +
        'En samling gjelder en pulje eller et nettverk (eller begge): fyll ut pulje, nettverk eller begge.',
      `pulje: ${yamlString(POOLS[0])}`,
    ),
    field(
      `Valgfritt: nettverket samlingen er for. Skriv nettverkets id, som er filnavnet i ${dir(ctx)}/nettverk/ uten .yaml` +
        (ctx.ids.nettverk.length ? ` (${idList(ctx.ids.nettverk)})` : '') +
        ', og ta bort «# » foran linjen under.',
      `# nettverk: ${ctx.ids.nettverk[0] ?? 'nettverkets-id'}`,
    ),
    summaryField('samling', 'én eller to setninger om hva samlingen handler om og hvem den er for'),
  ],
  body: [
    'Skriv en kort innledning: hvem samlingen er for, og hva deltakerne skal få ut av den.',
    '## Program',
    '### Dag 1',
    '- Skriv ett programpunkt per linje med «- » foran\n- Velkommen\n- Gruppearbeid',
    '### Dag 2',
    '- Slett «Dag 2» hvis samlingen bare varer én dag',
  ],
});

const TEMPLATES: Record<ScaffoldType, Template> = { nyhetsbrev, prosjekt, historie, verktoy, samling };
