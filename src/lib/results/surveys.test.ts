import { describe, expect, it } from 'vitest';
import { XMR_LIMIT_FACTOR } from './spc/xmr';
import {
  formatScore,
  surveyControlChart,
  surveyOverview,
  surveySeries,
  surveySubject,
  type SurveyRowInput,
} from './surveys';

const scale = { fra: 1, til: 6 };
const row = (kommune: string, år: number, skår: number, extra: Partial<SurveyRowInput> = {}): SurveyRowInput => ({
  kommune,
  undersøkelse: 'brukerundersokelse',
  tjeneste: 'sykehjem',
  år,
  skår,
  skala: scale,
  eksempeldata: true,
  ...extra,
});

describe('surveySeries', () => {
  it('groups rows per municipality, survey and service, years in order with gaps as null', () => {
    const series = surveySeries([
      row('moss', 2009, 4.9),
      row('moss', 2006, 4.5),
      row('moss', 2007, 4.6, { undersøkelse: 'medarbeiderundersokelse', tjeneste: 'hele-kommunen' }),
      row('alta', 2008, 4.7, { tjeneste: 'barnehage' }),
      row('moss', 2007, 4.7),
    ]);
    expect(series.map((s) => `${s.kommune} ${s.undersøkelse} ${s.tjeneste}`)).toEqual([
      'alta brukerundersokelse barnehage',
      'moss brukerundersokelse sykehjem',
      'moss medarbeiderundersokelse hele-kommunen',
    ]);
    const moss = series[1]!;
    expect(moss.years).toEqual([2006, 2007, 2008, 2009]);
    expect(moss.values).toEqual([4.5, 4.7, null, 4.9]);
    expect(moss.skala).toEqual(scale);
  });

  it('marks a series as example data when any of its rows is', () => {
    const [s] = surveySeries([row('moss', 2006, 4.5, { eksempeldata: false }), row('moss', 2007, 4.6)]);
    expect(s!.eksempeldata).toBe(true);
    const [real] = surveySeries([row('moss', 2006, 4.5, { eksempeldata: false })]);
    expect(real!.eksempeldata).toBe(false);
  });

  it('throws on a duplicate year and on a change of scale within a series', () => {
    expect(() => surveySeries([row('moss', 2006, 4.5), row('moss', 2006, 4.6)])).toThrow(/Dobbel rad/);
    expect(() => surveySeries([row('moss', 2006, 4.5), row('moss', 2007, 4.6, { skala: { fra: 1, til: 5 } })])).toThrow(
      /Skalaen/,
    );
  });
});

describe('surveySubject and formatScore', () => {
  it('names the service in the sentence, or the whole municipality', () => {
    expect(surveySubject({ undersøkelse: 'brukerundersokelse', tjeneste: 'sykehjem' }, 'Drammen')).toBe(
      'Brukertilfredsheten i sykehjemmene i Drammen',
    );
    expect(surveySubject({ undersøkelse: 'medarbeiderundersokelse', tjeneste: 'hele-kommunen' }, 'Alta')).toBe(
      'Medarbeidertilfredsheten i Alta kommune',
    );
    expect(formatScore(4.8)).toBe('4,80');
    expect(formatScore(4.855)).toBe('4,86');
  });
});

describe('surveyControlChart', () => {
  it('draws the XmR chart: mean as centre line, limits mean ± 2.66 MR̄, and says no rule fired', () => {
    // Scores 4.0, 4.4, 4.2, 4.6, 4.3 (the hand-worked example of xmr.test.ts): mean 4.3, MR̄ 0.325,
    // limits 3.4355 and 5.1645.
    const [s] = surveySeries([4.0, 4.4, 4.2, 4.6, 4.3].map((v, i) => row('moss', 2006 + i, v)));
    const view = surveyControlChart(s!, 'Moss');
    expect(view.chart.categories).toEqual(['2006', '2007', '2008', '2009', '2010']);
    expect(view.chart.lines[0]!.values).toEqual([4.0, 4.4, 4.2, 4.6, 4.3]);
    expect(view.chart.centre?.value).toBeCloseTo(4.3, 12);
    expect(view.chart.upper!.every((u) => Math.abs(u! - (4.3 + XMR_LIMIT_FACTOR * 0.325)) < 1e-12)).toBe(true);
    expect(view.chart.lower!.every((l) => Math.abs(l! - (4.3 - XMR_LIMIT_FACTOR * 0.325)) < 1e-12)).toBe(true);
    expect(view.summary).toBe(
      'Brukertilfredsheten i sykehjemmene i Moss (skala 1–6) steg fra 4,00 til 4,30; økningen er innenfor vanlig variasjon, ikke et signal.',
    );
    expect(view.rules).toMatch(/^Ingen av reglene slo ut/);
    expect(view.limits).toBe(
      'Midtlinjen er gjennomsnittet, 4,30; de naturlige prosessgrensene er 3,44 og 5,16 (gjennomsnitt ± 2,66 × gjennomsnittlig sprang fra år til år). Med 5 målinger er grensene usikre.',
    );
    expect(view.count).toBe(5);
  });

  it('names the rule that fired with its years and marks the point', () => {
    // Four steady years and a jump: moving ranges 0.1, 0.1, 0.1 and 1.4, MR̄ 0.425, so the
    // moving-range limit is 3.267 · 0.425 = 1.388 < 1.4.
    const values = [4.0, 4.1, 4.0, 4.1, 5.5];
    const jump = surveySeries(values.map((v, i) => row('moss', 2006 + i, v, { skala: { fra: 1, til: 10 } })));
    const view = surveyControlChart(jump[0]!, 'Moss');
    expect(view.xmr.signals.map((s) => s.code)).toContain('moving-range-above-limit');
    expect(view.rules).toContain('glidende variasjonsbredde over øvre grense (2010)');
    expect(view.rules).toMatch(/^Signal: /);
    expect(view.chart.lines[0]!.signals?.has(4)).toBe(true);
    expect(view.summary).toMatch(/økningen er et signal/);
  });

  it('keeps a gap as a gap: no value, no limits, no moving range across it', () => {
    const [s] = surveySeries([
      row('moss', 2006, 4.5),
      row('moss', 2007, 4.7),
      row('moss', 2009, 4.6),
      row('moss', 2010, 4.8),
    ]);
    const view = surveyControlChart(s!, 'Moss');
    expect(view.chart.lines[0]!.values).toEqual([4.5, 4.7, null, 4.6, 4.8]);
    expect(view.chart.upper![2]).toBeNull();
    expect(view.chart.lower![2]).toBeNull();
    // Moving ranges 0.2 and 0.2 only (not 4.7 -> 4.6 across 2008): MR̄ 0.2.
    expect(view.xmr.averageMovingRange).toBeCloseTo(0.2, 12);
  });

  it('says so when there are no two consecutive years, and draws no limits', () => {
    const [s] = surveySeries([row('moss', 2006, 4.5), row('moss', 2008, 4.7), row('moss', 2010, 4.9)]);
    const view = surveyControlChart(s!, 'Moss');
    expect(view.chart.upper).toBeUndefined();
    expect(view.rules).toMatch(/ingen kontrollgrenser/);
    // Not "within ordinary variation": nothing was tested.
    expect(view.summary).toBe(
      'Brukertilfredsheten i sykehjemmene i Moss (skala 1–6) steg fra 4,50 til 4,90; uten to målinger fra år som følger etter hverandre kan diagrammet ikke si om økningen er et signal.',
    );
    const [one] = surveySeries([row('moss', 2008, 4.7)]);
    expect(surveyControlChart(one!, 'Moss').summary).toMatch(/var 4,70 i den eneste målingen/);
    expect(view.limits).toBe('Gjennomsnittet er 4,70.');
  });

  it('keeps the drawn limits within the scale', () => {
    const [s] = surveySeries([5.2, 6.0, 5.0, 6.0, 5.1].map((v, i) => row('moss', 2006 + i, v)));
    const view = surveyControlChart(s!, 'Moss');
    expect(view.xmr.upper!).toBeGreaterThan(6);
    expect(Math.max(...view.chart.upper!.map(Number))).toBe(6);
  });
});

describe('surveyOverview', () => {
  it('counts municipalities, takes the plain mean of the latest year and counts charts with signals', () => {
    const steady = [4.0, 4.1, 4.0, 4.1].map((v, i) => row('alta', 2006 + i, v));
    const rows = [
      ...steady,
      row('alta', 2010, 5.5), // a jump up: signals
      row('moss', 2009, 4.4),
      row('moss', 2010, 4.6),
      row('vik', 2008, 4.8), // no score in 2010: not in the latest mean
      row('vik', 2009, 4.9),
      row('moss', 2010, 4.2, { undersøkelse: 'medarbeiderundersokelse', tjeneste: 'hele-kommunen' }),
    ];
    const [sykehjem, helekommunen] = surveyOverview(surveySeries(rows));
    expect(sykehjem).toMatchObject({
      undersøkelse: 'brukerundersokelse',
      tjeneste: 'sykehjem',
      municipalities: 3,
      latestYear: 2010,
      latestCount: 2,
      signals: { up: 1, down: 0, undirected: 0 },
      eksempeldata: true,
    });
    expect(sykehjem!.latestMean).toBeCloseTo((5.5 + 4.6) / 2, 12);
    expect(helekommunen).toMatchObject({ tjeneste: 'hele-kommunen', municipalities: 1, latestMean: 4.2 });
  });

  it('keeps series on different scales apart', () => {
    const rows = [row('alta', 2010, 4.5), row('moss', 2010, 3.5, { skala: { fra: 1, til: 4 } })];
    expect(surveyOverview(surveySeries(rows)).map((r) => `${r.skala.til} ${r.latestMean}`)).toEqual(['4 3.5', '6 4.5']);
  });
});
