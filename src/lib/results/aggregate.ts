/**
 * Weighted sick-leave series per municipality, pool, network, county, sector or the whole
 * programme, per quarter or per year.
 *
 * How gaps and partial coverage are handled:
 * - Every series has one point per period of the common axis (by default the first to the
 *   last quarter found in the index). A period in which no member has data is a gap:
 *   `percent` is null. Gaps are never filled in or interpolated.
 * - A group's point sums only the members that have data for that period. `contributors`
 *   says how many municipalities that was and `members` how many the group has, so a page
 *   can mark or leave out points with partial coverage (`complete` is false). The point's
 *   figure is then the weighted figure of the contributing municipalities only.
 * - A yearly point sums every municipality-quarter present in the year; `observations`
 *   counts them, and the point is `complete` only when every member has all its quarters
 *   (a year with a missing quarter is skewed by the season, so pages should say so).
 *
 * The work is linear in the rows: each row of the chosen sector is visited once.
 */
import { POOLS, SECTORS } from '../schemas/vocabulary';
import type { MunicipalityIndex, MunicipalityInfo, SectorKey, SickLeaveIndex } from './data';
import { type Quarter, type QuarterRange, quarterKey, quarterOf, toQuarter, yearOf } from './period';
import { percentOf } from './weighted';

/** What to group by. "program" is one group of all programme municipalities. */
export type Grouping = 'kommune' | 'pulje' | 'nettverk' | 'fylke' | 'sektor' | 'program';

/** One point per quarter or one per calendar year. */
export type Interval = 'quarter' | 'year';

export interface AggregateOptions {
  by: Grouping;
  /** Default "quarter". */
  interval?: Interval;
  /** Sector of the rows to sum; default "alle". Ignored when grouping by sector. */
  sektor?: SectorKey;
  /** Quarters to cover; default the span of the index. */
  range?: QuarterRange;
}

/** One period of a group's series. */
export interface AggregatePoint {
  /** "2008-K3" or "2008". */
  period: string;
  år: number;
  /** Quarter 1-4, or null for a yearly point. */
  kvartal: number | null;
  /** Summed lost work-days of the contributing municipalities. */
  lost: number;
  /** Summed agreed work-days of the contributing municipalities. */
  agreed: number;
  /** 100 · lost / agreed; null is a gap (no member has data). */
  percent: number | null;
  /** Municipalities with at least one quarter of data in the period. */
  contributors: number;
  /** Municipalities in the group. */
  members: number;
  /** Municipality-quarters summed (equals `contributors` for quarterly points). */
  observations: number;
  /** Every member has every quarter of the period. */
  complete: boolean;
}

/** The series of one group. */
export interface GroupSeries {
  /** Group key: a municipality id, pool, network id, county, sector or "program". */
  group: string;
  /** Ids of the group's municipalities. */
  members: readonly string[];
  points: AggregatePoint[];
}

export interface AggregateResult {
  by: Grouping;
  interval: Interval;
  /** Sector summed; null when grouping by sector. */
  sektor: SectorKey | null;
  /** Quarters covered; null when the index is empty. */
  range: QuarterRange | null;
  series: GroupSeries[];
  /**
   * Municipality ids with rows but not in the municipality index (for example a reference
   * series); left out of every grouping except "kommune".
   */
  unmatched: string[];
}

const SECTOR_KEYS: readonly SectorKey[] = ['alle', ...SECTORS];

/** The group keys of one municipality (none when it has no network, for "nettverk"). */
function groupOf(by: Exclude<Grouping, 'kommune' | 'sektor'>, m: MunicipalityInfo): string | undefined {
  switch (by) {
    case 'pulje':
      return m.pulje;
    case 'nettverk':
      return m.nettverk;
    case 'fylke':
      return m.fylke;
    case 'program':
      return 'program';
  }
}

interface Bucket {
  lost: number;
  agreed: number;
  observations: number;
  contributors: Set<string>;
}

/**
 * Aggregates the sick-leave rows into one weighted series per group.
 * @param index rows indexed with `indexSickLeave`
 * @param municipalities the programme municipalities (for pool, network, county and members)
 */
export function aggregateSickLeave(
  index: SickLeaveIndex,
  municipalities: MunicipalityIndex,
  options: AggregateOptions,
): AggregateResult {
  const { by } = options;
  const interval = options.interval ?? 'quarter';
  const sektor = by === 'sektor' ? null : (options.sektor ?? 'alle');
  const range = options.range ?? index.span;

  // Members of each group come from the municipality index; grouping by municipality also
  // gives every other series in the rows (e.g. the reference) its own group.
  const members = new Map<string, string[]>();
  const add = (group: string, id: string) => {
    const list = members.get(group);
    if (list) list.push(id);
    else members.set(group, [id]);
  };
  const unmatched = [...index.series.keys()].filter((id) => !municipalities.has(id)).sort();
  if (by === 'kommune') {
    for (const id of municipalities.keys()) add(id, id);
    for (const id of unmatched) add(id, id);
  } else if (by === 'sektor') {
    for (const s of SECTOR_KEYS) for (const id of municipalities.keys()) add(s, id);
  } else {
    for (const [id, m] of municipalities) {
      const group = groupOf(by, m);
      if (group !== undefined) add(group, id);
    }
  }

  if (!range) {
    return { by, interval, sektor, range: null, series: [], unmatched };
  }

  // The axis: one slot per quarter or per year touched by the range.
  const slotOf =
    interval === 'quarter' ? (q: Quarter) => q - range.from : (q: Quarter) => yearOf(q) - yearOf(range.from);
  const slots = slotOf(range.to) + 1;
  const buckets = new Map<string, Bucket[]>();
  for (const group of members.keys()) {
    buckets.set(
      group,
      Array.from({ length: slots }, () => ({
        lost: 0,
        agreed: 0,
        observations: 0,
        contributors: new Set<string>(),
      })),
    );
  }

  const groupOfRow = (kommune: string, rowSector: SectorKey): string | undefined => {
    if (by === 'kommune') return kommune;
    const m = municipalities.get(kommune);
    if (!m) return undefined;
    return by === 'sektor' ? rowSector : groupOf(by, m);
  };

  const sectors = sektor === null ? SECTOR_KEYS : [sektor];
  for (const s of sectors) {
    for (const row of index.bySector.get(s) ?? []) {
      const q = toQuarter(row.år, row.kvartal);
      if (q < range.from || q > range.to) continue;
      const group = groupOfRow(row.kommune, s);
      if (group === undefined) continue;
      const bucket = buckets.get(group)?.[slotOf(q)];
      if (!bucket) continue;
      bucket.lost += row.tapte_dagsverk;
      bucket.agreed += row.avtalte_dagsverk;
      bucket.observations++;
      bucket.contributors.add(row.kommune);
    }
  }

  const series: GroupSeries[] = [];
  for (const [group, ids] of members) {
    const list = buckets.get(group)!;
    const points = list.map((b, slot): AggregatePoint => {
      let år: number;
      let kvartal: number | null;
      let quartersInSlot: number;
      if (interval === 'quarter') {
        const q = range.from + slot;
        år = yearOf(q);
        kvartal = quarterOf(q);
        quartersInSlot = 1;
      } else {
        år = yearOf(range.from) + slot;
        kvartal = null;
        const from = Math.max(range.from, toQuarter(år, 1));
        const to = Math.min(range.to, toQuarter(år, 4));
        quartersInSlot = to - from + 1;
      }
      return {
        period: kvartal === null ? String(år) : quarterKey(toQuarter(år, kvartal)),
        år,
        kvartal,
        lost: b.lost,
        agreed: b.agreed,
        percent: percentOf(b),
        contributors: b.contributors.size,
        members: ids.length,
        observations: b.observations,
        complete: ids.length > 0 && b.observations === ids.length * quartersInSlot,
      };
    });
    series.push({ group, members: ids, points });
  }
  series.sort(groupOrder(by));
  return { by, interval, sektor, range, series, unmatched };
}

/** Pools and sectors in programme order, everything else alphabetically (nb). */
function groupOrder(by: Grouping): (a: GroupSeries, b: GroupSeries) => number {
  const order: readonly string[] | null = by === 'pulje' ? POOLS : by === 'sektor' ? SECTOR_KEYS : null;
  if (order) return (a, b) => order.indexOf(a.group) - order.indexOf(b.group);
  const collator = new Intl.Collator('nb');
  return (a, b) => collator.compare(a.group, b.group);
}
