import { describe, expect, it } from 'vitest';
import { ASSESSED_ON, CRITERIA, checkCriteria, statusCounts, type Criterion } from './accessibility';

// WCAG 2.1 has 30 criteria on level A and 20 on AA (https://www.w3.org/TR/WCAG21/).
describe('accessibility statement data', () => {
  it('lists each of the 50 WCAG 2.1 A and AA criteria once, in numeric order', () => {
    expect(CRITERIA).toHaveLength(50);
    expect(CRITERIA.filter((x) => x.level === 'A')).toHaveLength(30);
    expect(CRITERIA.filter((x) => x.level === 'AA')).toHaveLength(20);
    const key = (id: string) =>
      id
        .split('.')
        .map(Number)
        .reduce((a, n) => a * 100 + n, 0);
    const ids = CRITERIA.map((x) => x.id);
    expect([...ids].sort((a, b) => key(a) - key(b))).toEqual(ids);
    expect(checkCriteria(CRITERIA)).toEqual([]);
  });

  it('finds a duplicate, a bad number and a status without its explanation', () => {
    const bad: Criterion[] = [
      { id: '1.1.1', name: 'x', level: 'A', status: 'avvik' },
      { id: '1.1.1', name: 'x', level: 'A', status: 'ikke-testet' },
      { id: '1.4', name: 'x', level: 'A', status: 'ikke-testet' },
    ];
    expect(checkCriteria(bad)).toEqual([
      '1.1.1: status «Avvik» trenger en forklaring (note)',
      '1.1.1: står to ganger',
      '1.4: ventet et nummer som 1.4.10',
    ]);
  });

  it('counts per status add up to all criteria', () => {
    expect(statusCounts(CRITERIA).reduce((a, s) => a + s.count, 0)).toBe(50);
  });

  it('is dated with a real calendar date', () => {
    expect(new Date(`${ASSESSED_ON}T00:00:00Z`).toISOString().slice(0, 10)).toBe(ASSESSED_ON);
  });
});
