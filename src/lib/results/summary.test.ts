import { describe, expect, it } from 'vitest';
import { runChart } from './spc/run-chart';
import { makeSignal } from './spc/signals';
import { describeSignals, summarizeChange, summarizeSeries } from './summary';

describe('summarizeChange', () => {
  it('writes the one-sentence summary with nb-NO numbers and the rule that fired', () => {
    expect(
      summarizeChange({
        subject: 'Sykefraværet i Verdal',
        from: 9.8,
        to: 8.1,
        signals: [makeSignal('long-run-below', [10, 11, 12, 13, 14, 15, 16, 17])],
      }),
    ).toBe(
      'Sykefraværet i Verdal falt fra 9,8\u00A0% til 8,1\u00A0%; nedgangen er et signal (lang serie under medianen).',
    );
  });

  it('does not count a signal in the other direction as support for the change', () => {
    const up = makeSignal('above-upper-limit', [3]);
    expect(summarizeChange({ subject: 'Sykefraværet i Tana', from: 9.8, to: 9.1, signals: [up] })).toBe(
      'Sykefraværet i Tana falt fra 9,8\u00A0% til 9,1\u00A0%; nedgangen er ikke et signal, men serien viser et signal (punkt over øvre kontrollgrense).',
    );
    expect(summarizeChange({ subject: 'Sykefraværet i Tana', from: 8.1, to: 9.8, signals: [up] })).toBe(
      'Sykefraværet i Tana steg fra 8,1\u00A0% til 9,8\u00A0%; økningen er et signal (punkt over øvre kontrollgrense).',
    );
  });

  it('says when there is no signal, and when the value is unchanged as shown', () => {
    expect(summarizeChange({ subject: 'Sykefraværet i Alta', from: 10.4, to: 10.3, signals: [] })).toBe(
      'Sykefraværet i Alta falt fra 10,4\u00A0% til 10,3\u00A0%; nedgangen er innenfor vanlig variasjon, ikke et signal.',
    );
    expect(summarizeChange({ subject: 'Sykefraværet i Alta', from: 10.04, to: 9.96, signals: [] })).toBe(
      'Sykefraværet i Alta var uendret på 10,0\u00A0%.',
    );
  });

  it('formats other units, e.g. survey scores', () => {
    const score = (v: number) =>
      new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
    expect(
      summarizeChange({
        subject: 'Brukertilfredsheten i Bodø',
        from: 4.2,
        to: 4.6,
        signals: [],
        format: score,
      }),
    ).toBe('Brukertilfredsheten i Bodø steg fra 4,2 til 4,6; økningen er innenfor vanlig variasjon, ikke et signal.');
  });

  it('lists several rules the Norwegian way, each once', () => {
    expect(
      describeSignals([
        makeSignal('long-run-below', [1]),
        makeSignal('few-crossings', []),
        makeSignal('long-run-below', [2]),
      ]),
    ).toBe('lang serie under medianen og for få kryssinger av medianen');
  });
});

describe('summarizeSeries', () => {
  it('summarises a run chart from its first to its last value', () => {
    // Nine quarters around 9.8 % and nine around 8.1 %: runs of 9 > round(log2 18) + 3 = 7,
    // and 1 crossing < qbinom(0.05, 17, 0.5) = 5.
    const values = [9.8, 9.9, 9.7, 9.8, 10.0, 9.6, 9.9, 9.7, 9.8, null, 8.3, 8.0, 8.2, 8.1, 7.9, 8.2, 8.0, 8.1, 8.1];
    const chart = runChart(values)!;
    expect(summarizeSeries('Sykefraværet i Verdal', values, chart)).toBe(
      'Sykefraværet i Verdal falt fra 9,8\u00A0% til 8,1\u00A0%; nedgangen er et signal (lang serie under medianen og for få kryssinger av medianen).',
    );
    expect(summarizeSeries('Sykefraværet i Verdal', [null, null], chart)).toBeNull();
  });
});
