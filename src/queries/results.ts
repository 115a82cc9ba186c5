/**
 * Sick-leave results for the pages, computed once per build from the sykefravaer collection
 * (see src/lib/results for the methods). Pages ask for a municipality's, network's or the
 * programme's figures and get ready chart views and tables.
 */
import { getCollection } from 'astro:content';
import { getContent } from './content';
import { changeStory } from '../lib/results/story';
import { sickLeaveControlChart, sickLeaveRunChart } from '../lib/results/views';
import { sickLeaveText as words } from '../i18n/results';
import type { Pool } from '../lib/schemas/vocabulary';
import {
  aggregateSickLeave,
  BASELINE_YEAR_BY_POOL,
  DEFAULT_BEFORE_YEAR,
  compareWithReference,
  indexMunicipalities,
  indexSickLeave,
  REFERENCE_SERIES_ID,
  sickLeaveGoalAttainment,
  type AggregateResult,
  type Grouping,
  type Interval,
  type ProjectForGoals,
} from '../lib/results';

async function load() {
  const [rows, content] = await Promise.all([getCollection('sykefravaer'), getContent()]);
  const index = indexSickLeave(rows.map((r) => r.data));
  const municipalities = indexMunicipalities(content.municipalities);
  const cache = new Map<string, AggregateResult>();
  /** One aggregation per grouping, interval and sector, shared by every page. */
  const aggregate = (by: Grouping, interval: Interval = 'quarter') => {
    const key = `${by}|${interval}`;
    let result = cache.get(key);
    if (!result) {
      result = aggregateSickLeave(index, municipalities, { by, interval });
      cache.set(key, result);
    }
    return result;
  };
  const seriesOf = (by: Grouping, group: string, interval: Interval = 'quarter') =>
    aggregate(by, interval).series.find((s) => s.group === group)?.points ?? [];
  /** The one change a page states (see src/lib/results/story.ts). */
  const storyOf = (by: Grouping, group: string, subject: string, baselineYear: number, baselineMeaning: string) =>
    changeStory({ subject, points: seriesOf(by, group, 'year'), baselineYear, baselineMeaning });
  return {
    index,
    hasData: index.span !== null,
    aggregate,
    seriesOf,
    /** The reference series (municipalities outside the programme), quarterly or yearly. */
    reference: (interval: Interval = 'quarter') => seriesOf('kommune', REFERENCE_SERIES_ID, interval),
    comparison: compareWithReference(index, municipalities.keys()),
    /** A municipality's change from the year before its pool joined to its last whole year. */
    municipalityStory: (id: string, name: string, pool: Pool) =>
      storyOf('kommune', id, words.subjectOf(name), BASELINE_YEAR_BY_POOL[pool], words.baseline.municipality),
    /** A network's change from the year before its pool joined to its last whole year. */
    networkStory: (id: string, name: string, pool: Pool) =>
      storyOf('nettverk', id, words.subjectOf(name), BASELINE_YEAR_BY_POOL[pool], words.baseline.network),
    /**
     * Two municipalities to read the charts by on the method page: the first (in content order)
     * whose quarterly run chart shows a signal, and the first whose does not.
     */
    readingExamples: () => {
      const example = (id: string, name: string, pool: Pool) => {
        const subject = words.subjectOf(name);
        const story = changeStory({
          subject,
          points: seriesOf('kommune', id, 'year'),
          baselineYear: BASELINE_YEAR_BY_POOL[pool],
          baselineMeaning: words.baseline.municipality,
        });
        const quarters = seriesOf('kommune', id);
        const run = sickLeaveRunChart(subject, quarters, story, false);
        const control = sickLeaveControlChart(subject, quarters, story, false);
        return (
          run && {
            name,
            story: story.sentence,
            fell: story.direction === 'down',
            rules: run.rules,
            run,
            controlVerdict: control?.summary ?? '',
          }
        );
      };
      const all = content.municipalities.map((m) => example(m.id, m.data.navn, m.data.pulje));
      return {
        signal: all.find((e) => e && e.run.signals.length > 0) ?? null,
        ordinary: all.find((e) => e && e.run.signals.length === 0 && e.fell) ?? null,
      };
    },
    /** The programme's change from 2006, before any pool joined, to its last whole year. */
    programmeStory: () =>
      storyOf('program', 'program', words.programmeSubject, DEFAULT_BEFORE_YEAR, words.baseline.programme),
    goalsOf: (project: ProjectForGoals) => sickLeaveGoalAttainment(project, index),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Results shared by every page of one build. */
export function getResults() {
  cached ??= load();
  return cached;
}
