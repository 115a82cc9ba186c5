import { describe, expect, it } from 'vitest';
import type { AggregatePoint } from './aggregate';
import { runChart } from './spc/run-chart';
import { changeStory } from './story';
import { describeRunRules, sickLeaveControlChart, sickLeaveRunChart } from './views';

const quarter = (i: number, percent: number): AggregatePoint => ({
  period: `q${i}`,
  år: 2006 + Math.floor(i / 4),
  kvartal: (i % 4) + 1,
  lost: Math.round(percent * 1000),
  agreed: 100000,
  percent: Math.round(percent * 1000) / 1000,
  contributors: 1,
  members: 1,
  observations: 1,
  complete: true,
});
const year = (år: number, percent: number): AggregatePoint => ({
  ...quarter(0, percent),
  period: String(år),
  år,
  kvartal: null,
});

// Eight quarters high, then eight clearly lower: a sustained shift.
const shifted = [11, 11.4, 10.8, 11.2, 11.1, 10.9, 11.3, 11, 9, 9.3, 8.8, 9.1, 9.2, 8.9, 9.4, 9].map((v, i) =>
  quarter(i, v),
);
// Alternating around one level: ordinary variation.
const steady = [10, 10.4, 9.8, 10.3, 9.9, 10.2, 9.7, 10.4, 9.9, 10.1, 9.8, 10.3, 9.9, 10.2, 9.8, 10.1].map((v, i) =>
  quarter(i, v),
);

describe('describeRunRules', () => {
  it('names the rule that fired with the counts and the limits', () => {
    expect(describeRunRules(runChart(shifted.map((p) => p.percent))!)).toBe(
      'Lengste serie på samme side av medianen: 8 punkter (signal ved mer enn 7). Kryssinger av medianen: 1 (signal ved færre enn 4). Regelen som slo ut: lang serie (et skift) og for få kryssinger.',
    );
  });
  it('says when no rule fired', () => {
    expect(describeRunRules(runChart(steady.map((p) => p.percent))!)).toMatch(
      /Ingen av reglene slo ut: vanlig variasjon\.$/,
    );
  });
});

describe('chart summaries tell the page’s one change', () => {
  const story = changeStory({
    subject: 'Sykefraværet i Verdal',
    points: [year(2006, 11.12), year(2009, 9.08)],
    baselineYear: 2006,
    baselineMeaning: 'året før kommunen ble med',
  });
  it('states the story’s figures, not the first and last quarter, and the chart’s verdict', () => {
    const run = sickLeaveRunChart('Sykefraværet i Verdal', shifted, story)!;
    expect(run.summary).toBe(
      `${story.sentence} I seriediagrammet er nedgangen et signal (lang serie under medianen og for få kryssinger av medianen).`,
    );
    expect(run.summary).toContain('fra 11,1\u00A0% i 2006');
  });
  it('gives only the verdict when the page states the sentence above the charts', () => {
    const spc = sickLeaveControlChart('Sykefraværet i Verdal', steady, story, false)!;
    expect(spc.summary).toMatch(/^I (p|p′)-diagrammet er nedgangen /);
    expect(spc.summary).not.toContain('%');
  });
});
