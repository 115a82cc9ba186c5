/** How a project goal's numeric target reads in Norwegian. */
import type { Goal } from '../schemas';
import { NBSP } from '../format/nb';
import { goalTargetText } from '../../i18n/results';

const targetFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** "målverdi: sykefravær ned til 8 %", or undefined for a goal without a numeric target. */
export function describeGoal(goal: Goal): string | undefined {
  if (goal.målverdi === undefined || !goal.indikator || !goal.retning) return undefined;
  const value = targetFormat.format(goal.målverdi);
  const unit = goal.enhet ? (goal.enhet.startsWith('%') ? `${NBSP}${goal.enhet}` : ` ${goal.enhet}`) : '';
  const t = goalTargetText;
  return t.target(t.indicators[goal.indikator], t.direction[goal.retning], `${value}${unit}`);
}
