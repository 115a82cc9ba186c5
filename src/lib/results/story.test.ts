import { describe, expect, it } from 'vitest';
import type { AggregatePoint } from './aggregate';
import { makeSignal } from './spc/signals';
import { changeStory, signalVerdict } from './story';

/** A yearly point with `percent` from lost/agreed. */
const year = (år: number, percent: number | null, complete = true): AggregatePoint => ({
  period: String(år),
  år,
  kvartal: null,
  lost: percent === null ? 0 : percent * 100,
  agreed: percent === null ? 0 : 10000,
  percent,
  contributors: percent === null ? 0 : 1,
  members: 1,
  observations: complete ? 4 : 3,
  complete,
});

const verdal = { subject: 'Sykefraværet i Verdal', baselineYear: 2006, baselineMeaning: 'året før kommunen ble med' };

describe('changeStory', () => {
  it('compares the baseline year with the last whole year and names both', () => {
    const s = changeStory({
      ...verdal,
      points: [year(2006, 10.04), year(2007, 10.6), year(2008, 9.5), year(2009, 9.14)],
    });
    expect(s).toMatchObject({ status: 'ok', latestYear: 2009, from: 10, to: 9.1, change: -0.9, direction: 'down' });
    expect(s.sentence).toBe(
      'Sykefraværet i Verdal falt med 0,9 prosentpoeng, fra 10,0\u00A0% i 2006 (året før kommunen ble med) til 9,1\u00A0% i 2009 (siste hele år med tall), regnet for hele året.',
    );
    expect(s.short).toBe('−0,9 prosentpoeng fra 2006 til 2009');
  });

  it('takes the change between the printed figures, not the raw ones', () => {
    // Raw: 10.04 → 9.16 is −0.88, printed 10,0 % → 9,2 %: the sentence says −0,8.
    const s = changeStory({ ...verdal, points: [year(2006, 10.04), year(2009, 9.16)] });
    expect(s.change).toBe(-0.8);
    expect(s.sentence).toContain('falt med 0,8 prosentpoeng, fra 10,0\u00A0% i 2006');
  });

  it('says «uendret» when the printed figures are equal, never «+0,1 prosentpoeng fra 11,1 % til 11,1 %»', () => {
    const s = changeStory({ ...verdal, points: [year(2006, 11.06), year(2009, 11.14)] });
    expect(s.direction).toBe('unchanged');
    expect(s.change).toBe(0);
    expect(s.sentence).toBe(
      'Sykefraværet i Verdal var uendret, 11,1\u00A0% både i 2006 (året før kommunen ble med) og i 2009 (siste hele år med tall), regnet for hele året.',
    );
    expect(s.short).toBe('uendret fra 2006 til 2009');
    expect(s.sentence).not.toMatch(/prosentpoeng/);
  });

  it('reports a rise', () => {
    const s = changeStory({ ...verdal, points: [year(2006, 8), year(2009, 8.55)] });
    expect(s.sentence).toMatch(/^Sykefraværet i Verdal steg med 0,6 prosentpoeng, fra 8,0\u00A0%/);
    expect(s.short).toBe('+0,6 prosentpoeng fra 2006 til 2009');
  });

  it('skips an incomplete last year and says which year it compares', () => {
    const s = changeStory({ ...verdal, points: [year(2006, 10), year(2008, 9.5), year(2009, 9, false)] });
    expect(s.latestYear).toBe(2008);
    expect(s.sentence).toContain('9,5\u00A0% i 2008 (siste hele år med tall)');
  });

  it('says why no change is stated', () => {
    expect(changeStory({ ...verdal, points: [] }).status).toBe('no-data');
    expect(changeStory({ ...verdal, points: [year(2006, null), year(2007, null)] }).status).toBe('no-data');
    const noBase = changeStory({ ...verdal, points: [year(2006, 10, false), year(2009, 9)] });
    expect(noBase.status).toBe('incomplete-baseline');
    expect(noBase.sentence).toContain('det mangler kvartaler i utgangsåret 2006');
    const noFollow = changeStory({ ...verdal, points: [year(2006, 10), year(2007, 9, false)] });
    expect(noFollow.status).toBe('no-follow-up');
    expect(noFollow.change).toBeNull();
  });
});

describe('signalVerdict', () => {
  const down = changeStory({ ...verdal, points: [year(2006, 10), year(2009, 9)] });
  const flat = changeStory({ ...verdal, points: [year(2006, 10), year(2009, 10)] });
  it('calls a fall with a long run below the median a signal', () => {
    expect(signalVerdict(down, 'seriediagrammet', [makeSignal('long-run-below', [1, 2], 'median')])).toBe(
      'I seriediagrammet er nedgangen et signal (lang serie under medianen).',
    );
  });
  it('does not count a signal pointing the other way as support', () => {
    expect(signalVerdict(down, 'p′-diagrammet', [makeSignal('above-upper-limit', [3], 'centre-line')])).toBe(
      'I p′-diagrammet er nedgangen ikke et signal, men serien viser et signal (punkt over øvre kontrollgrense).',
    );
  });
  it('says ordinary variation without signals, and names signals of an unchanged series', () => {
    expect(signalVerdict(down, 'seriediagrammet', [])).toBe(
      'I seriediagrammet er nedgangen innenfor vanlig variasjon, ikke et signal.',
    );
    expect(signalVerdict(flat, 'seriediagrammet', [])).toBe(
      'Seriediagrammet viser ingen signal, bare vanlig variasjon.',
    );
    expect(signalVerdict(flat, 'seriediagrammet', [makeSignal('few-crossings', [], 'median')])).toBe(
      'Seriediagrammet viser et signal (for få kryssinger av medianen).',
    );
  });
});
