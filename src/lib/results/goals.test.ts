import { describe, expect, it } from 'vitest';
import { sickLeaveYear } from '../../../tests/helpers/sick-leave';
import { indexSickLeave } from './data';
import { goalSector, isSickLeaveGoal, sickLeaveGoalAttainment, type ProjectForGoals } from './goals';
import { toQuarter } from './period';
import type { Goal } from '../schemas';

const quarters = sickLeaveYear;

const down = (målverdi: number): Goal => ({
  tekst: `Ned til ${målverdi} %`,
  indikator: 'sykefravær',
  målverdi,
  enhet: '%',
  retning: 'ned',
});

const index = indexSickLeave([
  ...quarters('levanger', 2009, 120, 1000), // 12 % whole municipality
  ...quarters('levanger', 2009, 95, 1000, 'pleie-og-omsorg'), // 9.5 % in care
  ...quarters('verdal', 2009, 70, 1000), // 7 %
  ...quarters('tana', 2008, 50, 500), // data end in 2008: not in the latest four quarters
]);

describe('sickLeaveGoalAttainment', () => {
  it('uses the sector figure when the project has one sector with data', () => {
    const project: ProjectForGoals = {
      kommuner: ['levanger'],
      sektor: ['pleie-og-omsorg'],
      mål: [down(10)],
    };
    expect(goalSector(project, index)).toBe('pleie-og-omsorg');
    const [result] = sickLeaveGoalAttainment(project, index);
    expect(result).toMatchObject({
      status: 'reached',
      sektor: 'pleie-og-omsorg',
      target: 10,
      goalIndex: 0,
    });
    expect(result!.figure).toBeCloseTo(9.5, 12);
    expect(result!.difference).toBeCloseTo(-0.5, 12);
    expect(result!.period).toEqual({ from: toQuarter(2009, 1), to: toQuarter(2009, 4) });
  });

  it('uses the whole municipality for two sectors, or a sector without rows', () => {
    const both: ProjectForGoals = {
      kommuner: ['levanger'],
      sektor: ['pleie-og-omsorg', 'oppvekst'],
      mål: [down(10)],
    };
    const [result] = sickLeaveGoalAttainment(both, index);
    expect(result).toMatchObject({ status: 'not-reached', sektor: 'alle' });
    expect(result!.figure).toBeCloseTo(12, 12);
    const school: ProjectForGoals = {
      kommuner: ['levanger'],
      sektor: ['oppvekst'],
      mål: [down(10)],
    };
    expect(goalSector(school, index)).toBe('alle');
  });

  it('weights the municipalities of a project and lists those without the latest four quarters', () => {
    const project: ProjectForGoals = {
      kommuner: ['levanger', 'verdal', 'tana'],
      sektor: ['oppvekst'],
      mål: [down(9.5)],
    };
    const [result] = sickLeaveGoalAttainment(project, index);
    // (480 + 280) / (4000 + 4000) = 9.5 %
    expect(result!.figure).toBeCloseTo(9.5, 12);
    expect(result).toMatchObject({
      status: 'reached',
      municipalities: ['levanger', 'verdal'],
      missing: ['tana'],
    });
  });

  it('compares at the precision shown and handles "opp"', () => {
    // 10.04 % is shown as "10,0 %": reached for a target of 10 % down.
    const near = indexSickLeave(quarters('x', 2009, 1004, 10_000));
    const project = (goal: Goal): ProjectForGoals => ({
      kommuner: ['x'],
      sektor: ['oppvekst'],
      mål: [goal],
    });
    expect(sickLeaveGoalAttainment(project(down(10)), near)[0]!.status).toBe('reached');
    expect(sickLeaveGoalAttainment(project(down(9.9)), near)[0]!.status).toBe('not-reached');
    const up: Goal = { tekst: 'Opp', indikator: 'sykefravær', målverdi: 10.1, retning: 'opp' };
    expect(sickLeaveGoalAttainment(project(up), near)[0]!.status).toBe('not-reached');
    expect(sickLeaveGoalAttainment(project({ ...up, målverdi: 10 }), near)[0]!.status).toBe('reached');
  });

  it('reports no data, and skips goals that are not numeric sick-leave targets', () => {
    const words: Goal = { tekst: 'Bedre samarbeid' };
    const satisfaction: Goal = {
      tekst: 'Tilfredshet',
      indikator: 'brukertilfredshet',
      målverdi: 5,
      retning: 'opp',
    };
    const project: ProjectForGoals = {
      kommuner: ['ukjent'],
      sektor: ['oppvekst'],
      mål: [words, satisfaction, down(8)],
    };
    expect(isSickLeaveGoal(words)).toBe(false);
    expect(isSickLeaveGoal(satisfaction)).toBe(false);
    const results = sickLeaveGoalAttainment(project, index);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      goalIndex: 2,
      status: 'no-data',
      figure: null,
      period: null,
      missing: ['ukjent'],
    });
  });
});
