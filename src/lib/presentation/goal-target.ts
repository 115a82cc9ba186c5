/** How a project goal's numeric target reads in Norwegian. */
import type { Goal } from '../schemas';
import { NBSP } from '../format/nb';

const targetFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

const INDICATOR_LABELS: Record<NonNullable<Goal['indikator']>, string> = {
  sykefravær: 'sykefravær',
  brukertilfredshet: 'brukertilfredshet',
  medarbeidertilfredshet: 'medarbeidertilfredshet',
  annet: '',
};

/** "målverdi: sykefravær ned til 8 %", or undefined for a goal without a numeric target. */
export function describeGoal(goal: Goal): string | undefined {
  if (goal.målverdi === undefined || !goal.indikator || !goal.retning) return undefined;
  const value = targetFormat.format(goal.målverdi);
  const unit = goal.enhet ? (goal.enhet.startsWith('%') ? `${NBSP}${goal.enhet}` : ` ${goal.enhet}`) : '';
  const direction = goal.retning === 'ned' ? 'ned til' : 'opp til';
  const indicator = INDICATOR_LABELS[goal.indikator];
  return `målverdi: ${indicator ? `${indicator} ` : ''}${direction} ${value}${unit}`;
}
