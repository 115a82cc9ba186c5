/**
 * `npm run bench:results`: time and memory of the results computation (src/lib/results) at
 * national scale, on synthetic data: N municipalities × 16 quarters (2006–2009) × the schema's
 * three sector rows (alle, pleie-og-omsorg, oppvekst), plus goal attainment for 10,000
 * projects. Prints medians of 5 runs and the heap growth. Usage:
 *   tsx scripts/bench-results.ts [--municipalities 430] [--projects 10000] [--runs 5]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  aggregateSickLeave,
  compareWithReference,
  REFERENCE_SERIES_ID,
  indexMunicipalities,
  indexSickLeave,
  sickLeaveGoalAttainment,
} from '../src/lib/results';
import type { Municipality, SickLeaveRow } from '../src/lib/schemas';
import { COUNTIES, POOLS } from '../src/lib/schemas/vocabulary';

const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '430' },
    projects: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
  },
});
const M = Number(values.municipalities);
const P = Number(values.projects);
const RUNS = Number(values.runs);

// Deterministic pseudo-random numbers (mulberry32), so every run measures the same data.
let seed = 2007;
const random = () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const ids = Array.from({ length: M }, (_, i) => `kommune-${i + 1}`);
const municipalities = ids.map((id, i) => ({
  id,
  data: {
    navn: id,
    kommunenummer: String(1000 + i),
    fylke: COUNTIES[i % COUNTIES.length]!,
    pulje: POOLS[i % POOLS.length]!,
    nettverk: `nettverk-${Math.floor(i / 5)}`,
    eksempeldata: true,
  } satisfies Municipality,
}));

const rows: SickLeaveRow[] = [];
for (const id of [...ids, REFERENCE_SERIES_ID]) {
  const size = id === REFERENCE_SERIES_ID ? 5_000_000 : 5_000 + Math.floor(random() * 60_000);
  for (let år = 2006; år <= 2009; år++) {
    for (let kvartal = 1; kvartal <= 4; kvartal++) {
      const parts = { 'pleie-og-omsorg': 0.45, oppvekst: 0.4 } as const;
      let lostAll = 0;
      let agreedAll = 0;
      for (const [sektor, share] of Object.entries(parts)) {
        const agreed = Math.round(size * share);
        const lost = Math.round(agreed * (0.07 + random() * 0.06));
        lostAll += lost;
        agreedAll += agreed;
        rows.push({
          kommune: id,
          år,
          kvartal,
          sektor: sektor as SickLeaveRow['sektor'],
          tapte_dagsverk: lost,
          avtalte_dagsverk: agreed,
        });
      }
      const rest = Math.round(size * 0.15);
      rows.push({
        kommune: id,
        år,
        kvartal,
        sektor: 'alle',
        tapte_dagsverk: lostAll + Math.round(rest * 0.08),
        avtalte_dagsverk: agreedAll + rest,
      });
    }
  }
}

const projects = Array.from({ length: P }, (_, i) => ({
  kommuner: [ids[i % M]!, ids[(i * 7) % M]!],
  sektor: [i % 2 ? 'oppvekst' : 'pleie-og-omsorg'] as ('oppvekst' | 'pleie-og-omsorg')[],
  mål: [{ tekst: 'Ned til 8 %', indikator: 'sykefravær' as const, målverdi: 8, enhet: '%', retning: 'ned' as const }],
}));

function run() {
  const index = indexSickLeave(rows);
  const muni = indexMunicipalities(municipalities);
  for (const by of ['kommune', 'pulje', 'nettverk', 'fylke', 'sektor', 'program'] as const) {
    aggregateSickLeave(index, muni, { by, interval: 'quarter' });
    aggregateSickLeave(index, muni, { by, interval: 'year' });
  }
  compareWithReference(index, muni.keys());
  let goals = 0;
  for (const p of projects) goals += sickLeaveGoalAttainment(p, index).length;
  return goals;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const times: number[] = [];
let goals = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  goals = run();
  times.push(performance.now() - t0);
}
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  `Resultatberegning: ${M} kommuner × 16 kvartaler × 3 sektorrader = ${rows.length} rader, ${P} prosjekter (${goals} mål)`,
);
console.log(
  `  median ${median(times).toFixed(0)} ms over ${RUNS} kjøringer (alle: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
);
console.log(
  `  heap: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB mer etter kjøringene, topp RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
