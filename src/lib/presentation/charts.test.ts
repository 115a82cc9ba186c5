import { describe, expect, it } from 'vitest';
import type { ChartInput } from '../charts/line-chart';
import type { AggregatePoint } from '../results/aggregate';
import { chartLegend, chartTable, chartValue, tickFormat, yearTable } from './charts';

const NB = '\u00A0';

describe('chart values', () => {
  it('writes ticks without decimals when whole and values with one, or the caller’s format', () => {
    expect(tickFormat(undefined)(10)).toBe(`10${NB}%`);
    expect(tickFormat(undefined)(9.5)).toBe(`9,5${NB}%`);
    expect(chartValue(10, undefined)).toBe(`10,0${NB}%`);
    expect(chartValue(null, undefined)).toBe('–');
    expect(chartValue(4.5, (v) => `${v} av 6`)).toBe('4.5 av 6');
  });
});

const input: ChartInput = {
  categories: ['2008 K1', '2008 K2'],
  lines: [
    { label: 'Sykefravær', role: 'main', values: [9.8, null], signals: new Set([0]) },
    { label: 'Andre', role: 'reference', values: [9.1, 9.2] },
  ],
  upper: [11, 11.5],
  lower: [8, null],
};

describe('chartTable', () => {
  it('has a column per line, then the limits, and marks signals', () => {
    const t = chartTable(input, undefined);
    expect(t.columns).toEqual(['Sykefravær', 'Andre', 'Nedre grense', 'Øvre grense']);
    expect(t.rows).toEqual([
      { category: '2008 K1', cells: [`9,8${NB}% (signal)`, `9,1${NB}%`, `8,0${NB}%`, `11,0${NB}%`] },
      { category: '2008 K2', cells: ['–', `9,2${NB}%`, '–', `11,5${NB}%`] },
    ]);
  });

  it('has no limit columns without limits', () => {
    expect(chartTable({ ...input, upper: undefined, lower: undefined }, undefined).columns).toEqual([
      'Sykefravær',
      'Andre',
    ]);
  });
});

describe('chartLegend', () => {
  it('lists the lines, the centre with its value, the limits and a signal key when a point is a signal', () => {
    const legend = chartLegend(
      {
        lines: [
          {
            label: 'Sykefravær',
            role: 'main',
            segments: [],
            points: [{ x: 0, y: 0, value: 9.8, index: 0, signal: true }],
          },
        ],
        centre: { y: 0, label: 'Gjennomsnitt (vektet)', value: 9.84 },
      },
      input,
      undefined,
    );
    expect(legend).toEqual({
      lines: [{ role: 'main', label: 'Sykefravær' }],
      centre: `Gjennomsnitt (vektet) (9,8${NB}%)`,
      limits: 'Kontrollgrenser',
      signal: 'Signal',
    });
    expect(chartLegend({ lines: [], centre: null }, { categories: [], lines: [] }, undefined)).toMatchObject({
      centre: null,
      limits: null,
      signal: null,
    });
  });
});

const point = (år: number, percent: number | null, complete = true): AggregatePoint => ({
  period: String(år),
  år,
  kvartal: null,
  lost: 0,
  agreed: 0,
  percent,
  contributors: 0,
  members: 0,
  observations: 0,
  complete,
});

describe('yearTable', () => {
  it('has a column per year of any group and marks incomplete years', () => {
    const t = yearTable(
      [
        { group: 'a', members: ['x', 'y'], points: [point(2007, 9.5, false)] },
        { group: 'b', members: ['z'], points: [point(2006, null), point(2007, 8)] },
      ],
      (g) => g.toUpperCase(),
    );
    expect(t.years).toEqual(['2006', '2007']);
    expect(t.rows).toEqual([
      {
        label: 'A',
        members: '2',
        cells: [
          { value: '–', incomplete: null },
          { value: `9,5${NB}%`, incomplete: ' *' },
        ],
      },
      {
        label: 'B',
        members: '1',
        cells: [
          { value: '–', incomplete: null },
          { value: `8,0${NB}%`, incomplete: null },
        ],
      },
    ]);
  });
});
