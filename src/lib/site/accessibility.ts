/**
 * The accessibility statement's data, in the structure of Digdir's model statement
 * (uustatus.no): when the site was last assessed and how, the status of every WCAG 2.1
 * success criterion on level A and AA, known deviations, how to report a problem and the
 * authority that handles complaints. The page /tilgjengelighet/ only shows this.
 *
 * A criterion is «samsvar» only where a test in this repository checks it on every build;
 * the rest is «ikke testet» until someone assesses it by hand, or «ikke aktuelt» with a reason.
 */

export type CriterionStatus = 'samsvar' | 'avvik' | 'ikke-testet' | 'ikke-aktuelt';

export const STATUS_LABELS: Record<CriterionStatus, string> = {
  samsvar: 'Samsvar',
  avvik: 'Avvik',
  'ikke-testet': 'Ikke testet',
  'ikke-aktuelt': 'Ikke aktuelt',
};

export interface Criterion {
  /** Number, e.g. "1.1.1". */
  id: string;
  /** Norwegian name as Digdir writes it. */
  name: string;
  level: 'A' | 'AA';
  status: CriterionStatus;
  /** How it is tested (samsvar), what is wrong (avvik) or why it does not apply (ikke-aktuelt). */
  note?: string;
}

/** Date of the last assessment, YYYY-MM-DD. */
export const ASSESSED_ON = '2026-12-03';

export const ASSESSMENT_METHOD =
  'Egenvurdering. Hver endring bygges og testes automatisk før den publiseres: axe-core i nettleseren Chromium på alle sidetyper (reglene for WCAG 2.0 og 2.1, nivå A og AA), html-validate på alle sider, tastaturtest av hopp-lenken og hovedmenyen, og kontroll av alle interne lenker. Nettstedet er ikke gjennomgått manuelt av en ekstern part.';

const AXE = 'Testes automatisk med axe-core på alle sidetyper.';
const NO_MEDIA = 'Nettstedet har ikke lyd eller video.';

const c = (id: string, name: string, level: 'A' | 'AA', status: CriterionStatus, note?: string): Criterion => ({
  id,
  name,
  level,
  status,
  ...(note ? { note } : {}),
});

/** The 50 success criteria of WCAG 2.1 on level A and AA, in numeric order. */
export const CRITERIA: Criterion[] = [
  c('1.1.1', 'Ikke-tekstlig innhold', 'A', 'samsvar', 'Bygget stopper når et bilde mangler alternativ tekst. ' + AXE),
  c('1.2.1', 'Bare lyd og bare video (forhåndsinnspilt)', 'A', 'ikke-aktuelt', NO_MEDIA),
  c('1.2.2', 'Teksting (forhåndsinnspilt)', 'A', 'ikke-aktuelt', NO_MEDIA),
  c('1.2.3', 'Synstolking eller mediealternativ (forhåndsinnspilt)', 'A', 'ikke-aktuelt', NO_MEDIA),
  c('1.2.4', 'Teksting (direkte)', 'AA', 'ikke-aktuelt', NO_MEDIA),
  c('1.2.5', 'Synstolking (forhåndsinnspilt)', 'AA', 'ikke-aktuelt', NO_MEDIA),
  c('1.3.1', 'Informasjon og relasjoner', 'A', 'ikke-testet', 'Delvis dekket av axe-core; ikke vurdert manuelt.'),
  c('1.3.2', 'Meningsbærende rekkefølge', 'A', 'ikke-testet'),
  c('1.3.3', 'Sensoriske egenskaper', 'A', 'ikke-testet'),
  c('1.3.4', 'Visningsretning', 'AA', 'ikke-testet'),
  c('1.3.5', 'Identifiser formål med inndata', 'AA', 'ikke-testet'),
  c('1.4.1', 'Bruk av farge', 'A', 'ikke-testet'),
  c('1.4.2', 'Styring av lyd', 'A', 'ikke-aktuelt', NO_MEDIA),
  c('1.4.3', 'Kontrast (minimum)', 'AA', 'samsvar', AXE),
  c('1.4.4', 'Endring av tekststørrelse', 'AA', 'ikke-testet'),
  c('1.4.5', 'Bilder av tekst', 'AA', 'ikke-testet'),
  c(
    '1.4.10',
    'Dynamisk tilpasning (Reflow)',
    'AA',
    'ikke-testet',
    'Sidene testes med axe-core ved 375 piksler bredde, men ikke ved 320 piksler og 400 prosent forstørrelse.',
  ),
  c('1.4.11', 'Kontrast for ikke-tekstlig innhold', 'AA', 'ikke-testet'),
  c('1.4.12', 'Tekstavstand', 'AA', 'ikke-testet'),
  c('1.4.13', 'Pekerfølsomt innhold eller innhold ved tastaturfokus', 'AA', 'ikke-testet'),
  c('2.1.1', 'Tastatur', 'A', 'ikke-testet', 'Hopp-lenken og hovedmenyen testes med tastatur; resten er ikke vurdert.'),
  c('2.1.2', 'Ingen tastaturfelle', 'A', 'ikke-testet'),
  c(
    '2.1.4',
    'Hurtigtaster som består av ett tegn',
    'A',
    'ikke-aktuelt',
    'Nettstedet har ingen hurtigtaster som består av ett tegn.',
  ),
  c('2.2.1', 'Justerbar hastighet', 'A', 'ikke-aktuelt', 'Nettstedet har ingen tidsbegrensninger.'),
  c(
    '2.2.2',
    'Pause, stopp, skjul',
    'A',
    'ikke-aktuelt',
    'Nettstedet har ikke innhold som beveger seg, blinker eller oppdateres av seg selv.',
  ),
  c('2.3.1', 'Terskelverdi på maksimalt tre glimt', 'A', 'ikke-aktuelt', 'Nettstedet har ikke innhold som blinker.'),
  c(
    '2.4.1',
    'Hoppe over blokker',
    'A',
    'samsvar',
    'Tastaturtest: første Tab går til «Hopp til hovedinnhold», som flytter fokus til hovedinnholdet.',
  ),
  c('2.4.2', 'Sidetitler', 'A', 'samsvar', AXE),
  c('2.4.3', 'Fokusrekkefølge', 'A', 'ikke-testet'),
  c('2.4.4', 'Formål med lenke (i kontekst)', 'A', 'ikke-testet'),
  c(
    '2.4.5',
    'Flere måter',
    'AA',
    'ikke-testet',
    'Nettstedet har søk, meny, oversiktssider og nettstedskart (sitemap.xml), men er ikke vurdert manuelt.',
  ),
  c('2.4.6', 'Overskrifter og ledetekster', 'AA', 'ikke-testet'),
  c(
    '2.4.7',
    'Synlig fokus',
    'AA',
    'samsvar',
    'Tastaturtest: hopp-lenken og lenkene i hovedmenyen har synlig fokusmarkering.',
  ),
  c('2.5.1', 'Pekerbevegelser', 'A', 'ikke-testet'),
  c('2.5.2', 'Pekeravbrytelse', 'A', 'ikke-testet'),
  c('2.5.3', 'Ledetekst i navn', 'A', 'ikke-testet'),
  c('2.5.4', 'Bevegelsesaktivering', 'A', 'ikke-aktuelt', 'Ingen funksjoner styres ved å bevege eller riste enheten.'),
  c('3.1.1', 'Språk på siden', 'A', 'samsvar', AXE),
  c(
    '3.1.2',
    'Språk på deler av innhold',
    'AA',
    'ikke-testet',
    'Innhold på nynorsk merkes med lang="nn"; annet er ikke vurdert.',
  ),
  c('3.2.1', 'Fokus', 'A', 'ikke-testet'),
  c('3.2.2', 'Inndata', 'A', 'ikke-testet'),
  c('3.2.3', 'Konsekvent navigering', 'AA', 'ikke-testet'),
  c('3.2.4', 'Konsekvent identifikasjon', 'AA', 'ikke-testet'),
  c(
    '3.3.1',
    'Identifikasjon av feil',
    'A',
    'ikke-aktuelt',
    'Nettstedet har ingen skjemaer som kan fylles ut feil; søkefeltet godtar all tekst.',
  ),
  c('3.3.2', 'Ledetekster eller instruksjoner', 'A', 'ikke-testet'),
  c('3.3.3', 'Forslag ved feil', 'AA', 'ikke-aktuelt', 'Nettstedet har ingen skjemaer som kan fylles ut feil.'),
  c(
    '3.3.4',
    'Forhindring av feil (juridiske feil, økonomiske feil, datafeil)',
    'AA',
    'ikke-aktuelt',
    'Nettstedet har ingen transaksjoner.',
  ),
  c('4.1.1', 'Parsing', 'A', 'samsvar', 'Alle sider kontrolleres med html-validate. Kriteriet er tatt ut av WCAG 2.2.'),
  c('4.1.2', 'Navn, rolle, verdi', 'A', 'ikke-testet', 'Delvis dekket av axe-core; ikke vurdert manuelt.'),
  c('4.1.3', 'Statusbeskjeder', 'AA', 'ikke-testet'),
];

/** Known deviations that are not tied to one criterion above. */
export const KNOWN_ISSUES = [
  'Automatiske tester finner ikke alle feil. Nettstedet er ennå ikke gjennomgått manuelt med skjermleser av en ekstern part.',
  'Noen vedlegg er regneark eller tekstfiler; de er ikke kontrollert for tilgjengelighet som egne dokumenter.',
];

/** The authority that handles complaints about accessibility. */
export const COMPLAINTS = {
  name: 'Tilsynet for universell utforming av ikt (Uu-tilsynet)',
  part: 'Digitaliseringsdirektoratet',
  url: 'https://www.uutilsynet.no/',
};

/** Counts per status, in the order of STATUS_LABELS. */
export function statusCounts(criteria: Criterion[]): { status: CriterionStatus; label: string; count: number }[] {
  return (Object.keys(STATUS_LABELS) as CriterionStatus[]).map((status) => ({
    status,
    label: STATUS_LABELS[status],
    count: criteria.filter((x) => x.status === status).length,
  }));
}

/** Problems in the list: duplicates, a bad number, or a status that needs a note and has none. */
export function checkCriteria(criteria: Criterion[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const x of criteria) {
    if (!/^[1-4]\.\d\.\d{1,2}$/.test(x.id)) problems.push(`${x.id}: ventet et nummer som 1.4.10`);
    if (seen.has(x.id)) problems.push(`${x.id}: står to ganger`);
    seen.add(x.id);
    if ((x.status === 'avvik' || x.status === 'ikke-aktuelt' || x.status === 'samsvar') && !x.note) {
      problems.push(`${x.id}: status «${STATUS_LABELS[x.status]}» trenger en forklaring (note)`);
    }
  }
  return problems;
}
