/**
 * Results: /resultater/ and the goal status shown on project pages. Sentences that carry figures
 * are functions of figures already formatted by src/lib (numbers are never formatted here).
 */
import type { GoalStatus } from '../lib/results/goals';
import type { CentreKind, SignalCode } from '../lib/results/spc/signals';
import type { Goal } from '../lib/schemas';

/** The status of a project goal, the same words on /resultater/ and on the project's page. */
export const GOAL_STATUS_LABELS = {
  reached: 'Nådd',
  'not-reached': 'Ikke nådd',
  'no-data': 'Mangler tall',
} as const satisfies Record<GoalStatus, string>;

export const resultsPage = {
  title: 'Resultater',
  description:
    'Sykefraværet i Kvalitetskommuneprogrammet: programkommunene mot de andre kommunene, etter pulje, sektor og fylke, måloppnåelse og statistisk prosesskontroll.',
  lead: 'Programmets mål var målbar forbedring. Her er sykefraværet beregnet fra tapte og avtalte dagsverk, vektet etter avtalte dagsverk, og vurdert med statistisk prosesskontroll: er en endring et signal, eller vanlig variasjon?',
  methodLink: 'Slik beregner vi',
  exampleData:
    'Sykefraværstallene i kompetansebanken er genererte eksempeltall, ikke programmets faktiske statistikk. Metodene er de samme som for ekte tall. De publiserte tallene fra programmet står på',
  comparison: {
    heading: 'Programkommunene mot de andre kommunene',
    chartTitle: 'Sykefravær per kvartal: programkommunene og de andre kommunene',
    programme: 'Programkommunene',
    reference: 'Andre kommuner',
    notEnough: 'Det er ikke nok tall til å sammenligne programkommunene med de andre kommunene.',
    /** «+0,3 prosentpoeng»: a change, signed. */
    points: (signed: string) => `${signed} prosentpoeng`,
    better: 'bedre',
    worse: 'dårligere',
    summary: (f: {
      before: string;
      after: string;
      programmeChange: string;
      programmeBefore: string;
      programmeAfter: string;
      referenceChange: string;
      referenceBefore: string;
      referenceAfter: string;
      difference: string;
      direction: string;
    }) =>
      `Fra ${f.before} til ${f.after} endret sykefraværet i programkommunene seg med ${f.programmeChange} (fra ${f.programmeBefore} til ${f.programmeAfter}), mot ${f.referenceChange} i de andre kommunene (fra ${f.referenceBefore} til ${f.referenceAfter}). Programkommunene utviklet seg dermed ${f.difference} prosentpoeng ${f.direction} enn de andre.`,
    note: (included: string) =>
      `Programkommunene: ${included} kommuner med tall for begge periodene. Andre kommuner: referanseserien for kommunene utenfor programmet.`,
  },
  programme: {
    heading: 'Hele programmet over tid',
    subject: 'Sykefraværet i programkommunene',
    chartTitle: (chartName: string) => `Sykefravær per kvartal i programkommunene (${chartName})`,
    chartNames: { p: 'p-diagram', 'p-prime': 'Laney p′-diagram', run: 'seriediagram' },
    note: 'Sykefravær har en fast årstidsvariasjon (høyest i 1. kvartal, lavest i 3. kvartal). Med så mange avtalte dagsverk varierer tallene mer enn et vanlig p-diagram forventer; derfor brukes Laneys p′-diagram, som tar hensyn til dette. Se også tallene per år nedenfor.',
  },
  byPool: {
    heading: 'Etter pulje',
    caption: 'Sykefravær per år etter pulje (vektet). * = ikke alle kvartaler for alle kommunene.',
    group: 'Pulje',
  },
  bySector: {
    heading: 'Etter sektor',
    caption: 'Sykefravær per år etter sektor (vektet).',
    group: 'Sektor',
  },
  byCounty: {
    heading: 'Etter fylke',
    caption: 'Sykefravær per år etter fylke (fylkesinndeling før 2020, vektet).',
    group: 'Fylke',
  },
  goals: {
    heading: 'Måloppnåelse',
    summary: (f: { total: string; reached: string; notReached: string; noData: string }) =>
      `${f.total} prosjektmål har et tallfestet mål for sykefraværet; ${f.reached} av dem er nådd og ${f.notReached} ikke nådd ifølge de siste fire kvartalene med tall, og ${f.noData} kan ikke vurderes fordi tallene mangler.`,
    truncated: (shown: string) =>
      `Tabellen viser de ${shown} første målene etter prosjekttittel; hvert prosjekts side viser status for sine egne mål.`,
    table: 'Prosjekter med tallfestede mål for sykefraværet',
    columns: {
      project: 'Prosjekt',
      target: 'Mål',
      figure: 'Siste fire kvartaler',
      period: 'Periode',
      status: 'Status',
    },
    /** «under 8,0 %»: the goal's direction before its target. */
    direction: { ned: 'under', opp: 'over' },
    missing: '–',
  },
  surveys: {
    heading: 'Bruker- og medarbeiderundersøkelser',
    intro: (scale: string | null) =>
      `Skår per undersøkelse og tjeneste${scale === null ? '' : ` på skalaen ${scale}`}. Snittet er det vanlige gjennomsnittet av kommunenes skår det siste året (hver kommune teller likt; står det færre kommuner i parentes, manglet resten tall det året). «Signaler» teller kommunene der XmR-diagrammet viser et signal opp eller ned; diagrammene står på kommunesidene.`,
    exampleData: 'Tallene er eksempeldata.',
    table: 'Bruker- og medarbeiderundersøkelser per tjeneste',
    columns: { survey: 'Undersøkelse', municipalities: 'Kommuner', mean: 'Snitt siste år', signals: 'Signaler' },
    rowLabel: (survey: string, service: string, scale: string | null) =>
      `${survey}, ${service}${scale === null ? '' : ` (skala ${scale})`}`,
    mean: (score: string, year: string, count: string | null) =>
      `${score} (${year}${count === null ? '' : `, ${count} kommuner`})`,
    signals: {
      up: (n: string) => `${n} opp`,
      down: (n: string) => `${n} ned`,
      undirected: (n: string) => `${n} uten retning`,
    },
    noSignals: 'Ingen',
    /** A municipality's survey chart. */
    chartTitle: (survey: string, service: string, municipality: string, scale: string) =>
      `${survey}, ${service}: skår per år i ${municipality} (skala ${scale})`,
    municipalities: 'Kommuner med tall:',
  },
  map: { heading: 'Kart', title: 'Kommunene etter pulje' },
  multiples: {
    heading: 'Kommunene',
    /** The common scale of the sparklines, lowest–highest; null when no municipality has a figure. */
    intro: (scale: { min: string; max: string } | null) =>
      `Sykefravær per år 2006–2009 for hver kommune${scale === null ? '' : `, på samme skala (${scale.min}–${scale.max})`}. Endringen er fra året før kommunen ble med til siste hele år med tall, med tallene slik de vises (én desimal).`,
    label: (name: string, years: string) => `Sykefravær per år i ${name}: ${years}`,
    year: (year: string, value: string) => `${year} ${value}`,
    missing: 'mangler',
  },
} as const;

/**
 * The sick-leave sentences and chart texts that src/lib/results/views.ts and src/queries/results.ts
 * put together: the subject and baseline of a page's change, the chart's series and centre line,
 * the chart's name in a sentence and the Anhøj rules in words.
 */
export const sickLeaveText = {
  /** «Sykefraværet i Verdal»: the subject of a municipality's or network's sentences. */
  subjectOf: (name: string) => `Sykefraværet i ${name}`,
  programmeSubject: 'Sykefraværet i programkommunene',
  /** What the baseline year of a change is. */
  baseline: {
    municipality: 'året før kommunen ble med',
    network: 'året før nettverkets pulje ble med',
    programme: 'før den første puljen ble med',
  },
  chart: {
    /** «2008 K3»: a quarter on a chart's axis (a year is its number). */
    quarter: (year: string, quarter: string) => `${year} K${quarter}`,
    series: 'Sykefravær',
    mean: 'Gjennomsnitt (vektet)',
    median: 'Median',
    /** The chart's name in a sentence. */
    names: { p: 'p-diagrammet', 'p-prime': 'p′-diagrammet', run: 'seriediagrammet' },
    /** A chart without a story or figures. */
    noFigures: (subject: string) => `${subject}: ingen tall.`,
  },
  runRules: {
    tooFewPoints: 'Serien har for få punkter utenfor medianen til at reglene kan brukes.',
    shift: 'lang serie (et skift)',
    fewCrossings: 'for få kryssinger',
    counts: (f: { longestRun: string; longestRunLimit: string; crossings: string; crossingsLimit: string }) =>
      `Lengste serie på samme side av medianen: ${f.longestRun} punkter (signal ved mer enn ${f.longestRunLimit}). ` +
      `Kryssinger av medianen: ${f.crossings} (signal ved færre enn ${f.crossingsLimit}).`,
    /** The rules that fired, already in words: «Regelen som slo ut: lang serie (et skift) og for få kryssinger.» */
    fired: (rules: readonly string[]) => `Regelen som slo ut: ${rules.join(' og ')}.`,
    none: 'Ingen av reglene slo ut: vanlig variasjon.',
  },
  /** The change a page states (src/lib/results/story.ts); years, figures and points come formatted. */
  story: {
    noData: (subject: string) => `${subject}: det finnes ingen sykefraværstall.`,
    incompleteBaseline: (subject: string, baselineYear: string) =>
      `${subject}: det mangler kvartaler i utgangsåret ${baselineYear}, så endringen kan ikke beregnes.`,
    noFollowUp: (subject: string, baselineYear: string) =>
      `${subject}: det finnes ennå ikke et helt år med tall etter utgangsåret ${baselineYear}, så endringen kan ikke beregnes.`,
    /** The short form when no change is computed. */
    noChange: 'Ingen endring beregnet',
    unchanged: (f: {
      subject: string;
      to: string;
      baselineYear: string;
      baselineMeaning: string;
      latestYear: string;
    }) =>
      `${f.subject} var uendret, ${f.to} både i ${f.baselineYear} (${f.baselineMeaning}) og i ${f.latestYear} (siste hele år med tall), regnet for hele året.`,
    changed: (f: {
      subject: string;
      down: boolean;
      /** The change without its sign: «0,9 prosentpoeng». */
      points: string;
      from: string;
      to: string;
      baselineYear: string;
      baselineMeaning: string;
      latestYear: string;
    }) =>
      `${f.subject} ${f.down ? 'falt' : 'steg'} med ${f.points}, fra ${f.from} i ${f.baselineYear} (${f.baselineMeaning}) ` +
      `til ${f.to} i ${f.latestYear} (siste hele år med tall), regnet for hele året.`,
    /** Short forms for lists: «uendret fra 2006 til 2009», «−0,9 prosentpoeng fra 2006 til 2009». */
    shortUnchanged: (from: string, to: string) => `uendret fra ${from} til ${to}`,
    shortChanged: (points: string, from: string, to: string) => `${points} fra ${from} til ${to}`,
  },
  /** What a chart's signals say about a change; `chart` is the chart's name, `signals` the signals in words. */
  verdict: {
    noun: { down: 'nedgangen', up: 'økningen' },
    /** Without a change (no direction); `Chart` is the name with a capital letter. */
    signal: (Chart: string, signals: string) => `${Chart} viser et signal (${signals}).`,
    noSignal: (Chart: string) => `${Chart} viser ingen signal, bare vanlig variasjon.`,
    supported: (chart: string, noun: string, signals: string) => `I ${chart} er ${noun} et signal (${signals}).`,
    opposed: (chart: string, noun: string, signals: string) =>
      `I ${chart} er ${noun} ikke et signal, men serien viser et signal (${signals}).`,
    ordinary: (chart: string, noun: string) => `I ${chart} er ${noun} innenfor vanlig variasjon, ikke et signal.`,
  },
  /** One sentence on a series from its first to its last value (src/lib/results/summary.ts). */
  summary: {
    unchanged: (subject: string, to: string) => `${subject} var uendret på ${to}.`,
    unchangedWithSignal: (subject: string, to: string, signals: string) =>
      `${subject} var uendret på ${to}, men serien viser et signal (${signals}).`,
    /** «Sykefraværet i Verdal falt fra 9,8 % til 8,1 %». */
    head: (subject: string, down: boolean, from: string, to: string) =>
      `${subject} ${down ? 'falt' : 'steg'} fra ${from} til ${to}`,
    supported: (head: string, noun: string, signals: string) => `${head}; ${noun} er et signal (${signals}).`,
    opposed: (head: string, noun: string, signals: string) =>
      `${head}; ${noun} er ikke et signal, men serien viser et signal (${signals}).`,
    ordinary: (head: string, noun: string) => `${head}; ${noun} er innenfor vanlig variasjon, ikke et signal.`,
  },
} as const;

/**
 * The survey charts' sentences (src/lib/results/surveys.ts); scores, scales and years come
 * formatted, the subject's parts from src/lib/schemas/survey.ts.
 */
export const surveyText = {
  /** «Brukertilfredsheten i sykehjemmene i Drammen». */
  subject: (head: string, service: string, municipality: string) => `${head} i ${service} i ${municipality}`,
  /** «Medarbeidertilfredsheten i Elverum kommune»: a service without its own phrase. */
  subjectOfMunicipality: (head: string, municipality: string) => `${head} i ${municipality} kommune`,
  /** «… (skala 1–6)». */
  withScale: (subject: string, scale: string) => `${subject} (skala ${scale})`,
  /** A series without limits (no two consecutive years): the change, and that it cannot be judged. */
  untested: {
    one: (subject: string, score: string) =>
      `${subject} var ${score} i den eneste målingen; uten to målinger fra år som følger etter hverandre kan diagrammet ikke si om noe er et signal.`,
    unchanged: (subject: string, score: string) =>
      `${subject} var uendret på ${score}; uten to målinger fra år som følger etter hverandre kan diagrammet ikke si om serien viser et signal.`,
    changed: (subject: string, down: boolean, from: string, to: string) =>
      `${subject} ${down ? 'falt' : 'steg'} fra ${from} til ${to}; uten to målinger fra år som følger etter hverandre kan diagrammet ikke si om ${down ? 'nedgangen' : 'økningen'} er et signal.`,
  },
  rules: {
    untested:
      'Diagrammet har ingen kontrollgrenser og ingen regler er prøvd: det trengs minst to målinger fra år som følger etter hverandre.',
    /** One signal with its years: «punkt over øvre kontrollgrense (2009)». */
    signal: (message: string, years: string) => `${message} (${years})`,
    /** The signals that fired, already listed. */
    fired: (signals: string) => `Signal: ${signals}.`,
    none: 'Ingen av reglene slo ut: ingen punkter utenfor grensene, ingen for store sprang fra år til år, ingen lange serier på én side av midtlinjen og ikke for få kryssinger.',
  },
  limits: {
    noFigures: 'Ingen tall.',
    limits: (mean: string, lower: string, upper: string) =>
      `Midtlinjen er gjennomsnittet, ${mean}; de naturlige prosessgrensene er ${lower} og ${upper} (gjennomsnitt ± 2,66 × gjennomsnittlig sprang fra år til år).`,
    /** After the limits when there are few scores. */
    fewPoints: (count: string) => ` Med ${count} målinger er grensene usikre.`,
    meanOnly: (mean: string) => `Gjennomsnittet er ${mean}.`,
  },
  chart: { series: 'Skår', centre: 'Gjennomsnitt' },
} as const;

/**
 * The SPC rules' signals in words (src/lib/results/spc/signals.ts), each a function of the
 * centre line's name: «for få kryssinger av medianen», «lang serie over midtlinjen».
 */
export const signalText = {
  centre: { median: 'medianen', 'centre-line': 'midtlinjen' },
  messages: {
    'long-run-above': (line: string) => `lang serie over ${line}`,
    'long-run-below': (line: string) => `lang serie under ${line}`,
    'few-crossings': (line: string) => `for få kryssinger av ${line}`,
    'above-upper-limit': () => 'punkt over øvre kontrollgrense',
    'below-lower-limit': () => 'punkt under nedre kontrollgrense',
    'moving-range-above-limit': () => 'glidende variasjonsbredde over øvre grense',
  },
} as const satisfies {
  centre: Record<CentreKind, string>;
  messages: Record<SignalCode, (line: string) => string>;
};

/** A project goal's numeric target (src/lib/presentation/goal-target.ts): «målverdi: sykefravær ned til 8 %». */
export const goalTargetText = {
  indicators: {
    sykefravær: 'sykefravær',
    brukertilfredshet: 'brukertilfredshet',
    medarbeidertilfredshet: 'medarbeidertilfredshet',
    annet: '',
  } satisfies Record<NonNullable<Goal['indikator']>, string>,
  direction: { ned: 'ned til', opp: 'opp til' } satisfies Record<NonNullable<Goal['retning']>, string>,
  /** The value comes formatted with its unit; an empty indicator («annet») is left out. */
  target: (indicator: string, direction: string, value: string) =>
    `målverdi: ${indicator ? `${indicator} ` : ''}${direction} ${value}`,
} as const;
