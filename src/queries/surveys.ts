/**
 * Survey results for the pages (brukerundersøkelser and medarbeiderundersøkelser), computed
 * once per build from the undersokelser collection; the methods are in
 * src/lib/results/surveys.ts. A sibling of src/queries/results.ts, which does the same for sick leave.
 */
import { getCollection } from 'astro:content';
import { surveyOverview, surveySeries, type SurveySeries } from '../lib/results/surveys';

async function load() {
  const rows = (await getCollection('undersokelser')).map((r) => r.data);
  const series = surveySeries(rows);
  const byMunicipality = new Map<string, SurveySeries[]>();
  for (const s of series) byMunicipality.set(s.kommune, [...(byMunicipality.get(s.kommune) ?? []), s]);
  return {
    /** Every row, for open data. */
    rows,
    /** Every series, by municipality, survey and service. */
    series,
    /** A municipality's series (empty when it has no survey data). */
    seriesOf: (kommune: string) => byMunicipality.get(kommune) ?? [],
    /** One line per survey, service and scale, for /resultater/. */
    overview: surveyOverview(series),
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Survey results shared by every page of one build. */
export function getSurveyResults() {
  cached ??= load();
  return cached;
}
