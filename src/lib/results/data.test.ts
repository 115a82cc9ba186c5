import { describe, expect, it } from 'vitest';
import { sickLeaveRow } from '../../../tests/helpers/sick-leave';
import { indexSickLeave, lastQuarterOf, sumRange } from './data';
import { toQuarter, yearRange } from './period';

/** A quarter of Verdal, 10 of 100 work-days lost unless told. */
const row = (år: number, kvartal: number, lost = 10, agreed = 100) => sickLeaveRow('verdal', år, kvartal, lost, agreed);

describe('indexSickLeave', () => {
  it('refuses two rows for the same municipality, quarter and sector', () => {
    expect(() => indexSickLeave([row(2008, 1), row(2008, 1)])).toThrow(/verdal 2008 kvartal 1/);
  });

  it('finds the span, the last quarter and the gaps of a range', () => {
    const index = indexSickLeave([row(2008, 1), row(2008, 2), row(2008, 4, 30, 200), row(2007, 3)]);
    expect(index.span).toEqual({ from: toQuarter(2007, 3), to: toQuarter(2008, 4) });
    expect(lastQuarterOf(index, 'verdal', 'alle')).toBe(toQuarter(2008, 4));
    expect(lastQuarterOf(index, 'verdal', 'oppvekst')).toBeNull();
    const sum = sumRange(index, 'verdal', 'alle', yearRange(2008));
    expect(sum).toEqual({ lost: 50, agreed: 400, quarters: 3, missing: [toQuarter(2008, 3)] });
  });

  it('gives an empty index no span', () => {
    expect(indexSickLeave([]).span).toBeNull();
  });
});
