import { describe, expect, it } from 'vitest';
import { REFERENCE_SERIES_ID, compareWithReference } from '../results/compare';
import { indexSickLeave } from '../results/data';
import type { GoalAttainment, GoalStatus } from '../results/goals';
import { fourQuartersEndingAt, toQuarter, yearRange } from '../results/period';
import type { SurveyOverviewRow } from '../results/surveys';
import type { SickLeaveRow } from '../schemas';
import {
  comparisonNote,
  comparisonSummary,
  goalTable,
  programmeChartTitle,
  serviceInSentence,
  smallMultiples,
  sparklineLabel,
  surveyChartTitle,
  surveyTable,
} from './results-page';

const NB = '\u00A0';
const r = (kommune: string, år: number, kvartal: number, lost: number, agreed: number): SickLeaveRow => ({
  kommune,
  år,
  kvartal,
  sektor: 'alle',
  tapte_dagsverk: lost,
  avtalte_dagsverk: agreed,
});

describe('comparisonSummary', () => {
  it('states both changes, signed, and how much better the programme did', () => {
    const index = indexSickLeave([
      r('deltaker', 2008, 4, 1040, 10_000),
      r('deltaker', 2009, 3, 1030, 10_000),
      r(REFERENCE_SERIES_ID, 2008, 4, 9700, 100_000),
      r(REFERENCE_SERIES_ID, 2009, 3, 9900, 100_000),
    ]);
    const q4 = toQuarter(2008, 4);
    const q3 = toQuarter(2009, 3);
    const c = compareWithReference(index, ['deltaker'], { before: { from: q4, to: q4 }, after: { from: q3, to: q3 } });
    expect(comparisonSummary(c)).toBe(
      `Fra 4. kvartal 2008 til 3. kvartal 2009 endret sykefraværet i programkommunene seg med −0,1 prosentpoeng (fra 10,4${NB}% til 10,3${NB}%), mot +0,2 prosentpoeng i de andre kommunene (fra 9,7${NB}% til 9,9${NB}%). Programkommunene utviklet seg dermed 0,3 prosentpoeng bedre enn de andre.`,
    );
    expect(comparisonNote(c)).toBe(
      'Programkommunene: 1 kommuner med tall for begge periodene. Andre kommuner: referanseserien for kommunene utenfor programmet.',
    );
  });

  it('says so when a side lacks a period', () => {
    const index = indexSickLeave([r('deltaker', 2006, 1, 10, 100)]);
    const c = compareWithReference(index, ['deltaker'], { before: yearRange(2006), after: yearRange(2009) });
    expect(comparisonSummary(c)).toBe(
      'Det er ikke nok tall til å sammenligne programkommunene med de andre kommunene.',
    );
  });
});

describe('programmeChartTitle', () => {
  it('names the chart the data chose', () => {
    expect(programmeChartTitle('p-prime')).toBe('Sykefravær per kvartal i programkommunene (Laney p′-diagram)');
    expect(programmeChartTitle('p')).toBe('Sykefravær per kvartal i programkommunene (p-diagram)');
  });
});

const attainment = (status: GoalStatus, figure: number | null, retning: 'ned' | 'opp' = 'ned'): GoalAttainment => ({
  goal: { tekst: 'Mål', indikator: 'sykefravær', målverdi: 8, retning, enhet: '%' } as GoalAttainment['goal'],
  goalIndex: 0,
  status,
  sektor: 'alle',
  period: figure === null ? null : fourQuartersEndingAt(toQuarter(2009, 3)),
  figure,
  target: 8,
  difference: figure === null ? null : figure - 8,
  municipalities: [],
  missing: [],
});

describe('goalTable', () => {
  const goals = [
    { project: { id: 'a', title: 'A' }, attainment: attainment('reached', 7.5) },
    { project: { id: 'b', title: 'B' }, attainment: attainment('not-reached', 9.25, 'opp') },
    { project: { id: 'c', title: 'C' }, attainment: attainment('no-data', null) },
  ];

  it('counts the statuses in one sentence and formats every row', () => {
    const table = goalTable(goals, 50);
    expect(table.summary).toBe(
      '3 prosjektmål har et tallfestet mål for sykefraværet; 1 av dem er nådd og 1 ikke nådd ifølge de siste fire kvartalene med tall, og 1 kan ikke vurderes fordi tallene mangler.',
    );
    expect(table.rows).toEqual([
      {
        projectId: 'a',
        title: 'A',
        target: `under 8,0${NB}%`,
        figure: `7,5${NB}%`,
        period: '4. kvartal 2008 – 3. kvartal 2009',
        status: 'Nådd',
      },
      {
        projectId: 'b',
        title: 'B',
        target: `over 8,0${NB}%`,
        figure: `9,3${NB}%`,
        period: '4. kvartal 2008 – 3. kvartal 2009',
        status: 'Ikke nådd',
      },
      { projectId: 'c', title: 'C', target: `under 8,0${NB}%`, figure: '–', period: '–', status: 'Mangler tall' },
    ]);
  });

  it('shows the first rows only and says so, counting every goal', () => {
    const table = goalTable(goals, 2);
    expect(table.rows.map((row) => row.projectId)).toEqual(['a', 'b']);
    expect(table.summary).toMatch(/^3 prosjektmål .* Tabellen viser de 2 første målene etter prosjekttittel;/);
  });
});

const overviewRow = (over: Partial<SurveyOverviewRow> = {}): SurveyOverviewRow => ({
  undersøkelse: 'brukerundersokelse',
  tjeneste: 'barnehage',
  skala: { fra: 1, til: 6 },
  municipalities: 4,
  latestYear: 2010,
  latestMean: 4.825,
  latestCount: 4,
  signals: { up: 0, down: 0, undirected: 0 },
  eksempeldata: false,
  ...over,
});

describe('surveyTable', () => {
  it('names the one scale in the introduction and not in the rows', () => {
    const view = surveyTable([
      overviewRow(),
      overviewRow({ tjeneste: 'sfo', latestCount: 2, signals: { up: 1, down: 2, undirected: 0 } }),
    ]);
    expect(view.intro).toMatch(/^Skår per undersøkelse og tjeneste på skalaen 1–6\. Snittet/);
    expect(view.exampleData).toBe(false);
    expect(view.rows[0]!.label).toMatch(/^Brukerundersøkelse, barnehage$/);
    expect(view.rows[1]!.label).toBe('Brukerundersøkelse, SFO');
    expect(view.rows[1]!.mean).toMatch(/^\d,\d+ \(2010, 2 kommuner\)$/);
    expect(view.rows[1]!.signals).toBe('1 opp, 2 ned');
    expect(view.rows[0]!.signals).toBe('Ingen');
  });

  it('names each row’s scale when the scales differ, and marks example data', () => {
    const view = surveyTable([overviewRow(), overviewRow({ skala: { fra: 1, til: 5 }, eksempeldata: true })]);
    expect(view.intro).toMatch(/^Skår per undersøkelse og tjeneste\. Snittet/);
    expect(view.rows.map((row) => row.label)).toEqual([
      'Brukerundersøkelse, barnehage (skala 1–6)',
      'Brukerundersøkelse, barnehage (skala 1–5)',
    ]);
    expect(view.exampleData).toBe(true);
  });
});

describe('serviceInSentence', () => {
  it('writes a service in lower case inside a sentence but keeps an acronym', () => {
    expect(serviceInSentence('Hjemmetjenesten')).toBe('hjemmetjenesten');
    expect(serviceInSentence('SFO')).toBe('SFO');
  });
});

describe('small multiples', () => {
  const points = [
    { år: 2006, percent: 9.8 },
    { år: 2007, percent: null },
  ];

  it('labels a sparkline with every year, missing ones too', () => {
    expect(sparklineLabel('Verdal', points)).toBe(`Sykefravær per år i Verdal: 2006 9,8${NB}%, 2007 mangler`);
  });

  it('puts every sparkline on the common scale and states it', () => {
    const p = (år: number, percent: number | null) => ({
      ...points[0]!,
      år,
      percent,
      period: String(år),
      kvartal: null,
      lost: 0,
      agreed: 0,
      contributors: 0,
      members: 0,
      observations: 0,
      complete: true,
    });
    const yearly = [
      { group: 'a', members: [], points: [p(2006, 9.8), p(2007, 7.25)] },
      { group: 'b', members: [], points: [p(2006, 11.04)] },
    ];
    const view = smallMultiples(yearly, [{ id: 'a', name: 'A', points: yearly[0]!.points, story: 'falt' }]);
    expect(view.intro).toMatch(
      new RegExp(`^Sykefravær per år 2006–2009 for hver kommune, på samme skala \\(7,3${NB}%–11,0${NB}%\\)\\.`),
    );
    expect([view.min, view.max]).toEqual([7.25, 11.04]);
    expect(view.items[0]).toMatchObject({ id: 'a', values: [9.8, 7.25], story: 'falt' });
    expect(smallMultiples([], []).intro).toMatch(/^Sykefravær per år 2006–2009 for hver kommune\. Endringen/);
  });
});

describe('surveyChartTitle', () => {
  it('names survey, service, municipality and scale', () => {
    expect(
      surveyChartTitle({ undersøkelse: 'brukerundersokelse', tjeneste: 'sfo', skala: { fra: 1, til: 6 } }, 'Løten'),
    ).toBe('Brukerundersøkelse, SFO: skår per år i Løten (skala 1–6)');
  });
});
