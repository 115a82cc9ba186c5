import { describe, expect, it } from 'vitest';
import { describeGoal } from './goal-target';

describe('describeGoal', () => {
  it('describes a numeric target in Norwegian', () => {
    expect(describeGoal({ tekst: 'x', indikator: 'sykefravær', målverdi: 7.5, enhet: '%', retning: 'ned' })).toBe(
      'målverdi: sykefravær ned til 7,5\u00A0%',
    );
    expect(
      describeGoal({ tekst: 'x', indikator: 'brukertilfredshet', målverdi: 5, enhet: 'av 6', retning: 'opp' }),
    ).toBe('målverdi: brukertilfredshet opp til 5 av 6');
    expect(describeGoal({ tekst: 'x', indikator: 'annet', målverdi: 80, enhet: '% med fagbrev', retning: 'opp' })).toBe(
      'målverdi: opp til 80\u00A0% med fagbrev',
    );
  });

  it('gives nothing for a goal in words only', () => {
    expect(describeGoal({ tekst: 'Bedre samarbeid' })).toBeUndefined();
  });
});
