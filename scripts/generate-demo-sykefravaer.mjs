#!/usr/bin/env node
/**
 * Lager oppdiktede (eksempeldata) sykefraværstall for kompetansebanken:
 *
 *   src/content/sykefravaer/kommuner.csv   én rad per kommune × år × kvartal × sektor
 *   src/content/sykefravaer/referanse.csv  samme kolonner for «ovrige-kommuner»
 *
 * Kjør: node scripts/generate-demo-sykefravaer.mjs
 *
 * Tallene er deterministiske: hver kommune har sin egen tilfeldighetsgenerator med frø fra
 * kommune-id-en, så det å legge til en kommune endrer ikke tallene for de andre. Ingen
 * avhengigheter utover Node.
 *
 * Modell (alt i prosentpoeng av avtalte dagsverk):
 *   fravær = kommunens nivå + sektorforskjell + sesong + felles trend + programeffekt + støy
 * - Avtalte dagsverk skalerer med et omtrentlig folketall (årsverk ≈ folketall / 11-15).
 * - Sesong: høyere i 1. kvartal, lavere i 3. kvartal (ferie), og en influensatopp høsten 2009.
 * - Programeffekt: etter at kommunen ble med (pulje), glir fraværet i snitt litt ned over
 *   seks kvartaler. Effekten varierer mellom kommunene, og for noen går fraværet opp.
 *   Noen få kommuner (SUSTAINED) får en rask og varig nedgang som er et signal.
 * - «alle» = pleie og omsorg + oppvekst + øvrige tjenester, så «alle» ≥ summen av de to.
 * - Referansen (kommunene utenfor programmet) har store nevnere, samme sesong og trend,
 *   men ingen programeffekt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash, normal, prng, readPools } from './lib/demo-random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kommunerDir = path.join(root, 'src/content/kommuner');
const outDir = path.join(root, 'src/content/sykefravaer');

const YEARS = [2006, 2007, 2008, 2009];
const QUARTERS = [1, 2, 3, 4];
const HEADER = 'kommune;år;kvartal;sektor;tapte_dagsverk;avtalte_dagsverk';

/** Omtrentlig folketall rundt 2007, bare for å gi kommunene en rimelig størrelse. */
const POPULATION = {
  lillehammer: 25500,
  fredrikstad: 71000,
  kristiansund: 17000,
  mandal: 14500,
  notodden: 12300,
  ullensaker: 27000,
  tana: 3000,
  nesodden: 17000,
  vaksdal: 4100,
  'nord-aurdal': 6400,
  ringerike: 28500,
  notteroy: 20500,
  verdal: 14000,
  levanger: 18400,
  oppdal: 6500,
  orkdal: 11000,
  stjordal: 21000,
  gjovik: 28000,
  'ostre-toten': 14500,
  'nordre-land': 6800,
  loten: 7400,
  'sor-aurdal': 3200,
  drammen: 58000,
  kongsberg: 24000,
  'ovre-eiker': 16500,
  moss: 29000,
  larvik: 42000,
  askoy: 23500,
  haugesund: 32000,
  sandnes: 62000,
  forde: 12000,
  sogndal: 7000,
  alta: 18500,
  hammerfest: 9300,
  tromso: 65000,
  harstad: 23500,
  alstahaug: 7300,
  bodo: 46000,
  molde: 24500,
  steinkjer: 21000,
  arendal: 40000,
  grimstad: 20000,
  skien: 51000,
  porsgrunn: 34500,
  hamar: 28000,
  elverum: 19500,
  kongsvinger: 17400,
  stange: 18700,
};

/**
 * Programeffekt (prosentpoeng ved full virkning) for kommuner der prosjektbeskrivelsene i
 * src/content/prosjekter forteller om nedgang, slik at tall og tekst henger sammen.
 * Andre kommuner får en tilfeldig effekt.
 */
const EFFECT_OVERRIDE = {
  lillehammer: -1.0,
  fredrikstad: -0.8,
  kristiansund: -1.3,
  vaksdal: -1.2,
  ringerike: -0.9,
  'ostre-toten': -1.0,
};

/**
 * Kommuner med en tydelig, varig endring etter at de ble med: fraværet faller raskt (over to
 * kvartaler) med så mye at det skiller seg fra sesongvariasjonen, og blir liggende nede. I
 * seriediagrammet gir det et skift (lang serie under medianen) og for få kryssinger, slik at
 * leseren ser hvordan et signal ser ut. Alle er i pulje 2 (med fra høsten 2007): da ligger
 * omtrent halvparten av de 16 kvartalene før og halvparten etter, og et skift kan vises.
 * Kommuner som ble med tidlig eller sent har for få kvartaler på den ene siden til at et
 * skift kan bli et signal i 2006–2009; de viser vanlig variasjon også når fraværet går ned.
 */
const SUSTAINED = { askoy: -2.6, larvik: -2.4, sandnes: -2.5, drammen: -2.4 };

/** Første kvartal (0 = 1. kvartal 2006) med programeffekt, per pulje. */
const JOIN_INDEX = { innsats: 4, 1: 5, 2: 7, 3: 11, 4: 12 };

/** Avtalte dagsverk per årsverk i hvert kvartal (ferie trekker ned 3. kvartal). */
const DAYS_PER_QUARTER = { 1: 61, 2: 57, 3: 51, 4: 60 };

/** Sesongmønster i prosentpoeng. */
const SEASON = { 1: 0.9, 2: -0.1, 3: -0.8, 4: 0.2 };

/** Felles utvikling for alle kommuner: svak økning, og influensa høsten 2009. */
function commonTrend(year, quarter) {
  const t = (year - 2006) * 4 + (quarter - 1);
  let v = 0.025 * t; // om lag +0,1 prosentpoeng per år
  if (year === 2009 && quarter === 4) v += 0.45;
  return v;
}

/** Id og pulje for alle kommuner, i id-rekkefølge. */
function readMunicipalities() {
  const pools = readPools(kommunerDir);
  if (pools.size === 0) throw new Error(`Fant ingen kommuner i ${path.relative(root, kommunerDir)}.`);
  return [...pools].map(([id, pulje]) => ({ id, pulje }));
}

/**
 * Lager 16 kvartaler × 3 sektorer for én serie.
 * `sectors` beskriver årsverk og fraværsnivå per sektor; `effect(t)` gir programeffekten.
 */
function series(id, rand, sectors, effect, noiseScale = 1) {
  const rows = [];
  YEARS.forEach((year, yi) => {
    for (const quarter of QUARTERS) {
      const t = yi * 4 + (quarter - 1);
      const growth = 1 + (0.012 * t) / 4; // litt flere ansatte hvert år
      const parts = sectors.map((s) => {
        const avtalte = Math.max(
          1,
          Math.round(s.aarsverk * growth * DAYS_PER_QUARTER[quarter] * (1 + 0.01 * normal(rand))),
        );
        const sd = noiseScale * (0.15 + 6 / Math.sqrt(s.aarsverk));
        const pct =
          s.level +
          SEASON[quarter] * s.season +
          commonTrend(year, quarter) +
          effect(t) * s.effectWeight +
          sd * normal(rand);
        const clamped = Math.min(25, Math.max(2, pct));
        const tapte = Math.round((avtalte * clamped) / 100);
        return { avtalte, tapte };
      });
      const [po, opp, rest] = parts;
      rows.push([
        id,
        year,
        quarter,
        'alle',
        po.tapte + opp.tapte + rest.tapte,
        po.avtalte + opp.avtalte + rest.avtalte,
      ]);
      rows.push([id, year, quarter, 'pleie-og-omsorg', po.tapte, po.avtalte]);
      rows.push([id, year, quarter, 'oppvekst', opp.tapte, opp.avtalte]);
    }
  });
  return rows;
}

function municipalityRows({ id, pulje }) {
  const rand = prng(hash(`kompetansebanken-sykefravaer-v1:${id}`));
  const population = POPULATION[id] ?? Math.round(4000 + rand() * 36000);
  const perFte = population < 10000 ? 11 : population < 30000 ? 13 : 15;
  const aarsverk = population / perFte;
  const poShare = 0.34 + rand() * 0.08;
  const oppShare = 0.32 + rand() * 0.08;
  const restShare = 1 - poShare - oppShare;

  // Innsatskommunene ble valgt ut fordi de hadde høyt fravær.
  const base = (pulje === 'innsats' ? 11.2 : 10.5) + 0.6 * normal(rand);
  const sectors = [
    { aarsverk: aarsverk * poShare, level: base + 1.7 + 0.4 * normal(rand), season: 1.1, effectWeight: 1.2 },
    { aarsverk: aarsverk * oppShare, level: base - 1.3 + 0.4 * normal(rand), season: 1.0, effectWeight: 1.0 },
    { aarsverk: aarsverk * restShare, level: base - 2.2 + 0.3 * normal(rand), season: 0.7, effectWeight: 0.4 },
  ];

  // Programeffekt: i snitt nedgang, men spredt – noen kommuner får økning.
  const join = JOIN_INDEX[pulje] ?? 8;
  const drawn = -0.7 + 0.55 * normal(rand);
  const sustained = SUSTAINED[id];
  const size = sustained ?? EFFECT_OVERRIDE[id] ?? drawn;
  const rampQuarters = sustained === undefined ? 6 : 2;
  const effect = (t) => size * Math.min(1, Math.max(0, (t - join + 1) / rampQuarters));
  return series(id, rand, sectors, effect);
}

function referenceRows() {
  const rand = prng(hash('kompetansebanken-sykefravaer-v1:ovrige-kommuner'));
  const aarsverk = 150000;
  const sectors = [
    { aarsverk: aarsverk * 0.38, level: 11.5, season: 1.1, effectWeight: 0 },
    { aarsverk: aarsverk * 0.36, level: 8.6, season: 1.0, effectWeight: 0 },
    { aarsverk: aarsverk * 0.26, level: 7.7, season: 0.7, effectWeight: 0 },
  ];
  return series('ovrige-kommuner', rand, sectors, () => 0, 0.3);
}

function toCsv(rows) {
  return `${HEADER}\n${rows.map((r) => r.join(';')).join('\n')}\n`;
}

/** Vektet fravær (sum tapte / sum avtalte) for «alle» i et år. */
function weighted(rows, year, filter = () => true) {
  let tapte = 0;
  let avtalte = 0;
  for (const r of rows) {
    if (r[1] === year && r[3] === 'alle' && filter(r)) {
      tapte += r[4];
      avtalte += r[5];
    }
  }
  return (100 * tapte) / avtalte;
}

const municipalities = readMunicipalities();
const rows = municipalities.flatMap(municipalityRows);
const reference = referenceRows();

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'kommuner.csv'), toCsv(rows));
fs.writeFileSync(path.join(outDir, 'referanse.csv'), toCsv(reference));

const fmt = (x) => x.toFixed(2).replace('.', ',');
const p06 = weighted(rows, 2006);
const p09 = weighted(rows, 2009);
const r06 = weighted(reference, 2006);
const r09 = weighted(reference, 2009);
console.log(`Skrev ${rows.length} rader for ${municipalities.length} kommuner og ${reference.length} referanserader.`);
console.log(`Programkommunene: ${fmt(p06)} % (2006) -> ${fmt(p09)} % (2009), endring ${fmt(p09 - p06)}`);
console.log(`Øvrige kommuner:  ${fmt(r06)} % (2006) -> ${fmt(r09)} % (2009), endring ${fmt(r09 - r06)}`);
console.log(`Programkommunene utviklet seg ${fmt(r09 - r06 - (p09 - p06))} prosentpoeng bedre.`);
